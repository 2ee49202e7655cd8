/**
 * The page-weight section: for each page type, HTML raw and gzipped, CSS and
 * JS gzipped, and requests and bytes on a cold load; for each report, its
 * gzipped HTML against its gzipped source text. Page types are found by path
 * in dist/, so a type that is not built yet shows as "not built".
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { decodeSource } from '../../src/conversion/decode.ts';
import { documentsSchema } from '../../src/data/documents-schema.ts';
import { loadYaml } from '../../src/data/load-yaml.ts';
import { type Transfer, coldPage, isPagefind, totalBytes } from './cold-load.ts';
import { gz, kb, table } from './format.ts';

export interface PageToMeasure {
  type: string;
  /** URL path below the base, e.g. "reports/city-report-2019/"; undefined when the type is not built. */
  path?: string;
  /** How many pages of this type exist; the largest is measured. */
  of?: number;
  /** For a report page: its source text, for the HTML/source ratio. */
  sourceText?: string;
}

export interface PageWeight {
  type: string;
  path: string;
  html: number;
  htmlGz: number;
  cssGz: number;
  jsGz: number;
  requests: number;
  transferred: number;
  /** Gzipped HTML / gzipped source text, for report pages. */
  sourceRatio?: number;
  transfers: Transfer[];
  inlineStyles: string[];
}

const htmlFile = (dist: string, path: string) => join(dist, path, 'index.html');

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Entry pages one folder down (`<folder>/<id>/index.html`), largest first: the worst case of that template. */
function entries(dist: string, folder: string): string[] {
  const dir = join(dist, folder);
  return readdirSafe(dir)
    .filter((name) => isFile(htmlFile(dir, name)))
    .map((name) => ({ path: `${folder}/${name}/`, size: statSync(htmlFile(dir, name)).size }))
    .sort((a, b) => b.size - a.size)
    .map((e) => e.path);
}

/** The folder's names, none when the folder is not built. */
function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function single(dist: string, type: string, path: string): PageToMeasure {
  return isFile(htmlFile(dist, path)) ? { type, path } : { type };
}

function largest(dist: string, type: string, folder: string): PageToMeasure {
  const found = entries(dist, folder);
  return found[0] ? { type, path: found[0], of: found.length } : { type };
}

/** Every report page, then one page of each other type. */
export function pagesToMeasure(projectDir: string): PageToMeasure[] {
  const dist = join(projectDir, 'dist');
  const content = join(projectDir, 'content');
  const { data: docs } = loadYaml(join(content, 'documents.yaml'), documentsSchema, 'content/documents.yaml', dirname(content));
  const reports = docs.map((d): PageToMeasure => {
    const file = join(content, 'sources', d.source);
    const path = `reports/${d.slug}/`;
    return { type: 'report', ...(isFile(htmlFile(dist, path)) ? { path } : {}), sourceText: decodeSource(readFileSync(file), file).text };
  });
  return [
    single(dist, 'home', ''),
    ...reports,
    largest(dist, 'glossary entry', 'glossary'),
    largest(dist, 'entity', 'entities'),
    largest(dist, 'target', 'targets'),
    single(dist, 'tracker', 'targets/'),
    single(dist, 'projects', 'projects/'),
    single(dist, 'open data', 'data/'),
    single(dist, 'search', 'search/'),
  ];
}

/** Stylesheets, scripts and inline blocks that the HTML itself names. */
function referencedAssets(html: string): { css: string[]; js: string[]; inlineJs: string[]; inlineStyles: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = (name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
  const links = tags('link');
  const css = links.filter((t) => /rel="stylesheet"/.test(t)).flatMap((t) => attr(t, 'href') ?? []);
  const preloads = links.filter((t) => /rel="modulepreload"/.test(t)).flatMap((t) => attr(t, 'href') ?? []);
  const js = [...tags('script').flatMap((t) => attr(t, 'src') ?? []), ...preloads];
  // Inline scripts that run; JSON data blocks are not code.
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/type="application\/(?:ld\+)?json"/.test(attrs!))
    .map(([, , body]) => body!);
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => body!);
  return { css, js, inlineJs, inlineStyles };
}

async function measure(browser: Browser, dist: string, siteUrl: string, page: PageToMeasure, path: string): Promise<PageWeight> {
  const html = readFileSync(htmlFile(dist, path), 'utf8');
  const pageUrl = new URL(path, siteUrl).toString();
  const assets = referencedAssets(html);
  const cold = await coldPage(browser);
  await cold.page.goto(pageUrl, { waitUntil: 'networkidle' });
  await cold.close();
  const transfers = cold.transfers;
  // What the HTML names plus what the load fetched (dynamic imports), Pagefind left out: it loads only when search is used.
  const files = (listed: string[], type: string) =>
    [
      ...new Set([
        ...listed.map((href) => new URL(href, pageUrl).toString()),
        ...transfers.filter((t) => t.type === type).map((t) => t.url),
      ]),
    ]
      .filter((u) => !isPagefind(u))
      .map((u) => join(dist, decodeURIComponent(new URL(u).pathname).slice(new URL(siteUrl).pathname.length)));
  const gzFiles = (list: string[]) => list.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  const gzInline = (bodies: string[]) => bodies.reduce((sum, body) => sum + gz(body), 0);
  return {
    type: page.type,
    path,
    html: Buffer.byteLength(html),
    htmlGz: gz(html),
    cssGz: gzFiles(files(assets.css, 'stylesheet')) + gzInline(assets.inlineStyles),
    jsGz: gzFiles(files(assets.js, 'script')) + gzInline(assets.inlineJs),
    requests: transfers.length,
    transferred: totalBytes(transfers),
    ...(page.sourceText ? { sourceRatio: gz(html) / gz(page.sourceText) } : {}),
    transfers,
    inlineStyles: assets.inlineStyles,
  };
}

export async function measurePages(
  browser: Browser,
  dist: string,
  siteUrl: string,
  pages: PageToMeasure[],
): Promise<(PageWeight | undefined)[]> {
  const weights: (PageWeight | undefined)[] = [];
  for (const page of pages) weights.push(page.path === undefined ? undefined : await measure(browser, dist, siteUrl, page, page.path));
  return weights;
}

export function weightTable(pages: PageToMeasure[], weights: (PageWeight | undefined)[]): string {
  const rows = pages.map((page, i) => {
    const w = weights[i];
    if (!w) return [page.type, 'not built'];
    const where = `${w.path || '/'}${page.of ? ` (largest of ${page.of})` : ''}`;
    return [
      page.type,
      where,
      kb(w.html),
      kb(w.htmlGz),
      kb(w.cssGz),
      kb(w.jsGz),
      String(w.requests),
      kb(w.transferred),
      w.sourceRatio === undefined ? '' : w.sourceRatio.toFixed(2),
    ];
  });
  return table(['page type', 'page', 'HTML', 'HTML gz', 'CSS gz', 'JS gz', 'requests', 'transferred', 'HTML gz / source gz'], rows);
}

export const WEIGHT_NOTES = [
  '- gz: gzip -9. CSS and JS: the files the HTML names or the load fetched, plus inline `<style>`/`<script>` blocks (each compressed on its own); Pagefind (`pagefind/*`) is left out, it loads only when search is used.',
  '- requests / transferred: a cold load (fresh browser context, cache disabled, until the network is quiet for 500 ms) from a local server that gzips text as a static host would; bytes are what went over the wire as Chromium reports them (encoded body and headers). Headless Chromium fetches favicon.svg after the load on some visits and not on others, so counts can differ by one request between page types.',
  '- HTML gz / source gz: the gzipped report page against its gzipped source text.',
].join('\n');
