/** Bad metadata or a missing text stops the conversion with a message naming the file and line. */
import { describe, expect, it } from 'vitest';
import { convertAll } from '../../src/conversion/convert-all.ts';
import { tempProject } from '../../scripts/temp-project.ts';

const GOOD = `- slug: test-report
  source: a.txt
  title: 测试报告
  display_title: 测试报告
  kind: 政府工作报告
  issuer: 衡阳市人民政府
  level: 市
  date: { exact: 2019-01-08 }
  reviews: { from: 2018, to: 2018 }
  plans: { from: 2019, to: 2019 }
  description: 测试用。
`;

function convertWith(documents: string | undefined, sources: Record<string, string>): string {
  const project = tempProject();
  if (documents !== undefined) project.write('content/documents.yaml', documents);
  for (const [name, text] of Object.entries(sources)) project.write(`content/sources/${name}`, text);
  try {
    convertAll({ contentDir: `${project.dir}/content`, outDir: `${project.dir}/.generated/reports`, root: project.dir });
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('metadata and source errors', () => {
  it('accepts a well-formed record', () => {
    expect(convertWith(GOOD, { 'a.txt': '测试报告\n\n一、总则\n\n正文。\n' })).toBe('no error');
  });

  it('malformed YAML', () => {
    expect(convertWith(GOOD.replace('level: 市', 'level: [市'), { 'a.txt': '测试报告\n' })).toMatchSnapshot();
  });

  it('a missing field and a wrong value, naming entry and field', () => {
    expect(convertWith(GOOD.replace('  kind: 政府工作报告\n', '').replace('level: 市', 'level: 省'), { 'a.txt': '测试报告\n' })).toMatchSnapshot();
  });

  it('duplicate slugs', () => {
    expect(convertWith(GOOD + GOOD.replace('source: a.txt', 'source: b.txt'), { 'a.txt': '测试报告\n', 'b.txt': '测试报告\n' })).toMatchSnapshot();
  });

  it('a text without metadata', () => {
    expect(convertWith(GOOD, { 'a.txt': '测试报告\n', 'orphan.txt': '孤立文本\n' })).toMatchSnapshot();
  });

  it('metadata without a text', () => {
    expect(convertWith(GOOD, {})).toMatchSnapshot();
  });

  it('an empty source file', () => {
    expect(convertWith(GOOD, { 'a.txt': '\n\n' })).toMatchSnapshot();
  });

  it('a title that is not the document’s own', () => {
    expect(convertWith(GOOD, { 'a.txt': '另一个标题\n\n正文。\n' })).toMatchSnapshot();
  });

  it('a missing documents.yaml', () => {
    expect(convertWith(undefined, { 'a.txt': '测试报告\n' })).toMatchSnapshot();
  });
});
