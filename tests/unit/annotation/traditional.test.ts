/**
 * Traditional and Simplified are one language to a reader: a Traditional copy
 * of each report (made here with OpenCC, as mirror sites make them; never
 * stored in content/) gets the glossary and entity links of its Simplified
 * original, found on the Simplified reading and wrapped around the Traditional
 * characters as written. Invisible format characters never break a name.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { mdxToHast } from '../../../src/annotation/report-pipeline.ts';
import { rehypeAnnotate } from '../../../src/annotation/rehype-annotate.ts';
import { rehypeBlockIds } from '../../../src/annotation/rehype-block-ids.ts';
import { reportOptions } from '../../../src/pipeline/check-content.ts';
import { convertSource } from '../../../src/conversion/convert-source.ts';
import { decodeSource } from '../../../src/conversion/decode.ts';
import { detectScript } from '../../../src/core/script.ts';
import type { DocumentMeta } from '../../../src/data/documents-schema.ts';
import { loadProjectContent } from '../../helpers/content.ts';
import { annotateHtml } from './annotate-html.ts';
import { patternsFrom } from '../../../src/annotation/term-patterns.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const content = loadProjectContent();
const docs = content.documents.documents;
const { patterns, places } = reportOptions(content, '/');

function linked(meta: DocumentMeta, bytes: Uint8Array): { term: number; entity: number; texts: string[] } {
  const { mdx } = convertSource(bytes, meta, meta.source);
  const { file } = mdxToHast(mdx, [rehypeBlockIds, [rehypeAnnotate, { patterns, base: '/', places, documentSlug: meta.slug }]]);
  const marked = (file.data.mentions ?? []).filter((m) => m.marked);
  return {
    term: marked.filter((m) => m.kind === 'term').length,
    entity: marked.filter((m) => m.kind === 'entity').length,
    texts: marked.map((m) => m.id),
  };
}

describe('a Traditional copy of each report', () => {
  it.each(docs.map((d) => [d.slug, d] as const))('%s keeps at least 95% of its glossary and entity links', (_, meta) => {
    const text = decodeSource(readFileSync(`content/sources/${meta.source}`), meta.source).text;
    const traditional = toTraditional(text);
    expect(detectScript(traditional)).toBe('zh-Hant');
    expect(detectScript(text)).toBe('zh-CN');
    const original = linked(meta, readFileSync(`content/sources/${meta.source}`));
    const copy = linked({ ...meta, title: meta.title && toTraditional(meta.title) }, Buffer.from(traditional));
    expect(original.term + original.entity).toBeGreaterThan(10);
    expect(copy.term).toBeGreaterThanOrEqual(Math.ceil(original.term * 0.95));
    expect(copy.entity).toBeGreaterThanOrEqual(Math.ceil(original.entity * 0.95));
  });

  it('wraps the link around the Traditional characters as written', () => {
    const p = patternsFrom(
      [{ id: 'fang-guan-fu', term: '放管服', variants: [] }],
      [{ id: 'huaishaoheng', name: '怀邵衡铁路', aliases: [], guards: [] }],
    );
    const { html, mentions } = annotateHtml('<p id="p1">建成懷邵衡鐵路，深化「放管服」改革，推進經濟發展。</p>', p);
    expect(html).toContain('>懷邵衡鐵路</a>');
    expect(html).toContain('>放管服</a>');
    expect(mentions.map((m) => m.id)).toEqual(['huaishaoheng', 'fang-guan-fu']);
  });
});

describe('format characters', () => {
  it('a name split by a zero-width space is still linked, and the character stays on the page', () => {
    const p = patternsFrom([], [{ id: 'huaishaoheng', name: '怀邵衡铁路', aliases: [], guards: [] }]);
    const { html, mentions } = annotateHtml('<p id="p1">建成怀邵\u200b衡铁路衡阳段。</p>', p);
    expect(html).toContain('>怀邵\u200b衡铁路</a>');
    expect(mentions).toHaveLength(1);
  });
});
