/**
 * A page flattened onto one line is read as its pieces (fixture `flattened-page`), and the build and `inspect` say so
 * with the line, since its line breaks were guessed from spaces; a text with ordinary lines gets no such warning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertSource } from '../../src/conversion/convert-source.ts';
import { inspectSource } from '../../src/conversion/inspect.ts';
import { documentSchema } from '../../src/data/documents-schema.ts';
import { documentRecord } from '../helpers/document-record.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'convert', name, 'input.txt'));
const meta = (title: string) =>
  documentSchema.parse(documentRecord({ title, display_title: '转换规则示例', description: '转换规则的示例文本。' }));

describe('a page flattened onto one line', () => {
  it('is read as its pieces, and the build and inspect name its line', () => {
    const converted = convertSource(fixture('flattened-page'), meta('示例县政府工作报告'), 'input.txt');
    const paragraphs = converted.tree.body.filter((n) => n.type === 'paragraph');
    expect(paragraphs.map((p) => (p.type === 'paragraph' ? p.text : ''))).toContain('各位代表：');
    const warning = converted.warnings.find((w) => w.message.includes('holds a whole page'));
    expect(warning?.line).toBe(3);
    expect(inspectSource(fixture('flattened-page'), 'input.txt', '示例县政府工作报告').suspicious.map((s) => s.line)).toContain(3);
  });

  it('is not taken for a text whose words a tool spaced, a paragraph to a line', () => {
    // As a PDF extraction spaces words (`规模工业 增加 值增长`): the short paragraphs hold such spaces as often as the long one.
    const spaced = (text: string) => text.replace(/(\p{Script=Han}{5})(?=\p{Script=Han})/gu, '$1 ');
    const short = spaced('全县新增市场主体一千余户，园区道路和标准厂房配套逐步完善，招商签约项目按期落地，群众办事更加便利。');
    const long = spaced(
      '今年要继续抓好产业项目建设，加快园区标准厂房和道路配套，推进农村供水和电网改造，'.repeat(6) + '让群众生活更加便利。',
    );
    const text = ['示例县政府工作报告', '', '各位代表：', short, short, long, short].join('\n');
    const converted = convertSource(new TextEncoder().encode(text), meta('示例县政府工作报告'), 'input.txt');
    const paragraphs = converted.tree.body.filter((n) => n.type === 'paragraph').map((p) => (p.type === 'paragraph' ? p.text : ''));
    expect(paragraphs).toContain(long.replace(/ /gu, ''));
    expect(converted.warnings.filter((w) => w.message.includes('holds a whole page'))).toEqual([]);
  });

  it('warns about no line of a text set line by line', () => {
    const converted = convertSource(fixture('two-line-title'), meta('示例市政府工作报告'), 'input.txt');
    expect(converted.warnings.filter((w) => w.message.includes('holds a whole page'))).toEqual([]);
  });
});
