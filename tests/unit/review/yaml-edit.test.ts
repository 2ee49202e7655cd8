/**
 * The review page writes data files on their YAML Document: an accepted or
 * rejected proposal adds its lines and changes nothing else (comments, order,
 * layout), and a file that would not build is refused with the build's reason
 * and left as it was.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentParagraphs } from '../../../src/candidates/target-paragraphs.ts';
import { loadContent } from '../../../src/data/content.ts';
import { ReviewRefusal } from '../../../src/review/item.ts';
import { writeChecked } from '../../../src/review/write-checked.ts';
import { editYamlText, entryById, entryNode, insertEntry, listOf, topList } from '../../../src/review/yaml-edit.ts';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'hy-review-unit-'));
const content = join(scratch, 'content');
cpSync(join(root, 'content'), content, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const { paragraphs } = documentParagraphs(content, scratch);

/** The lines of `after` that `before` lacks, and whether every line of `before` is still there in order. */
function added(before: string, after: string): { lines: string[]; kept: boolean } {
  const old = before.split('\n');
  const lines: string[] = [];
  let i = 0;
  for (const line of after.split('\n')) {
    if (line === old[i]) i++;
    else lines.push(line);
  }
  return { lines, kept: i === old.length };
}

const read = (file: string) => readFileSync(join(content, file), 'utf8');

describe('YAML edits keep what they do not change', () => {
  it('writes the files a review edits back byte for byte when nothing is edited', () => {
    const files = ['documents.yaml', 'glossary/terms.yaml', 'glossary/stoplist.yaml', 'entities/stoplist.yaml']
      .concat(readdirSync(join(content, 'targets')).map((f) => `targets/${f}`))
      .concat(['entities/companies.yaml', 'entities/indicators.yaml', 'entities/transport.yaml']);
    for (const file of files) {
      const text = read(file);
      expect(
        editYamlText(text, file, () => undefined),
        file,
      ).toBe(text);
    }
  }, 180_000);

  it('adds an observation under its target as one inline line, comments and order kept', () => {
    const file = 'targets/plan-2016-2020.yaml';
    const before = read(file);
    const after = editYamlText(before, file, (doc) => {
      listOf(doc, entryById(doc, file, 'gdp-per-capita'), 'observations', file).items.push(
        entryNode(doc, { value: 1, year: 2018, doc: 'city-report-2019', place: 'hengyang-city', metric: 'level', quote: '某句' }, true),
      );
    });
    // Only the target's `observations: []` changes, into a block list holding the new line.
    const plan = '  plan: {doc: five-year-plan-2016-2020, quote: 人均GDP超过8500美元}\n';
    expect(after).toBe(
      before.replace(
        `${plan}  observations: []\n`,
        `${plan}  observations:\n  - {value: 1, year: 2018, doc: city-report-2019, place: hengyang-city, metric: level, quote: 某句}\n`,
      ),
    );
    expect(after).not.toBe(before);
    expect(after.startsWith('# 衡阳市“十三五”规划纲要')).toBe(true);
  });

  it('puts a new term after the last of its category, before the next heading comment', () => {
    const file = 'glossary/terms.yaml';
    const before = read(file);
    const after = editYamlText(before, file, (doc) => {
      const entry = entryNode(doc, { id: 'x-y', term: '某词', variants: [], category: '政策口号', basis: 'public record' });
      insertEntry(topList(doc, file), entry, (e) => e.get('category') === '政策口号');
    });
    const { lines, kept } = added(before, after);
    expect(kept).toBe(true);
    expect(lines).toEqual(['- id: x-y', '  term: 某词', '  variants: []', '  category: 政策口号', '  basis: public record']);
    const at = after.indexOf('- id: x-y');
    const nextHeading = after.indexOf('# ─', at);
    const lastSlogan = before.lastIndexOf('category: 政策口号');
    expect(after.indexOf(before.slice(lastSlogan, lastSlogan + 20))).toBeLessThan(at);
    expect(after.slice(at, nextHeading)).not.toContain('category: 改革举措');
  });

  it('refuses to add to a list that another target shares through an anchor', () => {
    const file = 'targets/plan-2016-2020.yaml';
    const text = read(file);
    const anchored = /- id: ([a-z0-9-]+)\n(?: {2}.*\n)*? {2}observations: &id003/u.exec(text)![1]!;
    expect(() =>
      editYamlText(text, file, (doc) => {
        listOf(doc, entryById(doc, file, anchored), 'observations', file);
      }),
    ).toThrow(/shared with another entry through the anchor &id003/u);
  });
});

describe('a file whose entries are laid out differently', () => {
  const file = 'tests/fixtures/review/mixed-indent.yaml';
  const before = readFileSync(join(root, file), 'utf8');
  const ding = { id: 'ding-shan', name: '丁山', kind: '园区', aliases: ['丁'], place: 'hengyang-city', description: '四。' };

  it('keeps every entry it does not edit, and the edited one in its own indentation', () => {
    const after = editYamlText(before, file, (doc) => {
      listOf(doc, entryById(doc, file, 'yi-yuan'), 'aliases', file).items.push(doc.createNode('乙新'));
    });
    expect(after).toBe(before.replace('        - 乙区\n', '        - 乙区\n        - 乙新\n'));
  });

  it('writes a new entry as the entry before it is written', () => {
    const afterFour = editYamlText(before, file, (doc) => {
      insertEntry(topList(doc, file), entryNode(doc, ding), (e) => e.get('id') === 'yi-yuan');
    });
    const four = '-   id: ding-shan\n    name: 丁山\n    kind: 园区\n    aliases: [丁]\n    place: hengyang-city\n    description: 四。\n';
    expect(afterFour).toBe(before.replace('    description: 二。\n', `    description: 二。\n${four}`));

    const afterFlow = editYamlText(before, file, (doc) => {
      insertEntry(topList(doc, file), entryNode(doc, { id: 'ding-shan', name: '丁山' }, true));
      listOf(doc, entryById(doc, file, 'bing-qiao'), 'aliases', file).items.push(doc.createNode('丙'));
    });
    expect(afterFlow).toBe(before.replace('aliases: [], place', 'aliases: [丙], place') + '- {id: ding-shan, name: 丁山}\n');
  });
});

describe('writeChecked', () => {
  it('writes an edit that builds, and the content loads with it', () => {
    const file = 'entities/stoplist.yaml';
    const before = read(file);
    writeChecked(content, paragraphs, [
      { file, apply: (doc) => topList(doc, file).items.push(entryNode(doc, { candidate: '某某园', reason: '泛称。' })) },
    ]);
    const after = read(file);
    expect(added(before, after)).toEqual({ lines: ['- candidate: 某某园', '  reason: 泛称。'], kept: true });
    expect(loadContent(content, scratch).entities.stoplist.at(-1)).toEqual({ candidate: '某某园', reason: '泛称。' });
  }, 180_000);

  it('refuses a file the build would stop on, with the build’s sentence, and leaves it as it was', () => {
    const file = 'targets/plan-2016-2020.yaml';
    const before = read(file);
    const observation = (quote: string, value: number) => ({
      file,
      apply: (doc: Parameters<typeof listOf>[0]) => {
        listOf(doc, entryById(doc, file, 'gdp-per-capita'), 'observations', file).items.push(
          entryNode(doc, { value, year: 2018, doc: 'city-report-2019', place: 'hengyang-city', metric: 'level', quote }, true),
        );
      },
    });
    // A quote the document does not hold.
    expect(() => writeChecked(content, paragraphs, [observation('人均GDP达到1美元', 1)])).toThrow(
      /The build would stop: content\/targets\/plan-2016-2020\.yaml:\d+: target "gdp-per-capita", field "observations\.0\.quote": quote .* is not in any paragraph/u,
    );
    // A value its quote does not write.
    expect(() => writeChecked(content, paragraphs, [observation('地区生产总值增长8.5%(预计数，下同)', 9.5)])).toThrow(
      /field "observations\.0\.value": 9\.5 is not written in/u,
    );
    // A field the schema does not allow.
    expect(() =>
      writeChecked(content, paragraphs, [{ file, apply: (doc) => entryById(doc, file, 'gdp-per-capita').set('colour', 'red') }]),
    ).toThrow(ReviewRefusal);
    expect(read(file)).toBe(before);
    expect(readdirSync(join(content, 'targets')).filter((f) => f.includes('.tmp'))).toEqual([]);
  }, 180_000);
});
