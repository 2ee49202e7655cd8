/**
 * One paragraph of growing length (issue 32: no input is quadratic): a real
 * report's text with its line breaks taken out, repeated to 128 KB … 2 MB and
 * put under its title, goes through each per-document step of the build in
 * process: conversion, the report's rendering with every registry link,
 * indexing, its stored HTML and the fidelity check. Each size is timed once;
 * the column "per MB" shows the slope (flat when the steps are linear).
 * `npm run bench -- --one-line` runs only this part.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { renderReport } from '../../src/annotation/report-pipeline.ts';
import { convertSource } from '../../src/conversion/convert-source.ts';
import { jsxAsHtml } from '../../src/core/hast.ts';
import { loadContent } from '../../src/data/content.ts';
import { indexParagraphs } from '../../src/index/paragraphs.ts';
import { reportOptions } from '../../src/pipeline/check-content.ts';
import { checkFidelity } from '../../src/verify/fidelity.ts';
import { sec } from './format.ts';

export const ONE_LINE_SIZES = [128 * 1024, 256 * 1024, 512 * 1024, 1024 * 1024, 2048 * 1024];

export interface OneLineRun {
  bytes: number;
  links: number;
  convertMs: number;
  annotateMs: number;
  /** Indexing, the stored HTML and the fidelity check. */
  laterMs: number;
}

/** The text of `source` with its lines run together, repeated to at least `bytes` bytes of UTF-8. */
export function oneLineText(root: string, source: string, bytes: number): string {
  const line = readFileSync(join(root, 'content', 'sources', source), 'utf8').replace(/\s+/g, '');
  const copies = Math.ceil(bytes / Buffer.byteLength(line));
  return Array.from({ length: copies }, () => line)
    .join('')
    .slice(0, Math.ceil((bytes * line.length) / Buffer.byteLength(line)));
}

export function timeOneLine(root: string, sizes = ONE_LINE_SIZES): OneLineRun[] {
  const content = loadContent(join(root, 'content'), root);
  const meta = content.documents.documents.find((d) => d.title && d.kind === '政府工作报告')!;
  const options = reportOptions(content, '/');
  return sizes.map((bytes) => {
    const source = new TextEncoder().encode(`${meta.title ?? ''}\n\n${oneLineText(root, meta.source, bytes)}\n`);
    let at = performance.now();
    const lap = () => {
      const ms = performance.now() - at;
      at = performance.now();
      return ms;
    };
    const { mdx } = convertSource(source, meta, meta.source);
    const convertMs = lap();
    const { tree, mentions } = renderReport(mdx, meta.slug, options);
    const annotateMs = lap();
    indexParagraphs(tree, meta);
    checkFidelity(source, `<main data-fidelity-root>${toHtml(jsxAsHtml(tree))}</main>`, meta.source);
    const laterMs = lap();
    return { bytes: source.length, links: mentions.filter((m) => m.marked).length, convertMs, annotateMs, laterMs };
  });
}

export const ONE_LINE_NOTES =
  'Each step grows in proportion to the text (annotate per MB stays flat); before issue 32 the annotation rebuilt the paragraph for every link and took 2.7 / 5.3 / 11.7 / 203 s at 128 KB / 512 KB / 1 MB / 2 MB on the same loaded machine.';

export function oneLineTable(runs: OneLineRun[]): string {
  const perMb = (ms: number, bytes: number) => sec((ms * 1024 * 1024) / bytes);
  return [
    '| one-line source | links | convert | annotate | index, HTML, fidelity | annotate per MB |',
    '| --- | --- | --- | --- | --- | --- |',
    ...runs.map(
      (r) =>
        `| ${Math.round(r.bytes / 1024)} KB | ${r.links} | ${sec(r.convertMs)} | ${sec(r.annotateMs)} | ${sec(r.laterMs)} | ${perMb(r.annotateMs, r.bytes)} |`,
    ),
  ].join('\n');
}
