/**
 * Real builds on inputs of our own: MDX-looking text renders literally, a sixth
 * document in the same family needs no code change, and a failed build names
 * the file and leaves the previous dist/ alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageText } from '../../src/checks/fidelity.ts';
import { tempProject } from '../../scripts/temp-project.ts';

const ESCAPING = readFileSync('tests/fixtures/convert/escaping/input.txt', 'utf8');
const record = (slug: string, source: string, title: string) => `- slug: ${slug}
  source: ${source}
  title: ${title}
  display_title: ${title}
  kind: 政府工作报告
  issuer: 测试
  level: 县
  date: { year: 2024, approximate: true, basis: 测试数据。 }
  reviews: { from: 2018, to: 2018 }
  plans: { from: 2019, to: 2019 }
  description: 编码测试。
`;

describe('real builds', () => {
  it('renders MDX/JSX-looking source text literally, reads GB18030 and BOM/CRLF sources, and adding documents needs no code change', { timeout: 180_000 }, () => {
    const project = tempProject(true);
    project.write('content/sources/900_escaping.txt', ESCAPING);
    project.write('content/sources/901_gb18030.txt', readFileSync('tests/fixtures/encodings/gb18030.txt'));
    project.write('content/sources/902_bom_crlf.txt', readFileSync('tests/fixtures/encodings/utf8-bom-crlf.txt'));
    project.write(
      'content/documents.yaml',
      `${project.read('content/documents.yaml')}- slug: escaping-test
  source: 900_escaping.txt
  title: 测试文件标题
  display_title: 转义测试
  kind: 报告解读
  issuer: 测试
  level: 县
  date: { year: 2024, approximate: true, basis: 测试数据。 }
  reviews: { from: 2023, to: 2023 }
  plans: { from: 2024, to: 2024 }
  description: 含有像MDX语法的文字。
${record('gb18030-test', '901_gb18030.txt', '国标编码测试报告')}${record('bom-crlf-test', '902_bom_crlf.txt', '带签名的编码测试报告')}`,
    );
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    expect(output).toMatch(/escaping-test: \d+ source chars, \d+ on the page, .*unexplained: 0/);
    const html = project.read('dist/reports/escaping-test/index.html');
    const text = pageText(html);
    for (const literal of ['{花括号}', '{{双重}}', '<div>标签</div>', '<b>粗</b>', 'a<b比较', 'import x from "y"', 'export const a = 1', '#不是标题', '_下划线_', '*星号*', '[链接](http://x)', '`反引号`', '<!--不是注释-->', '&amp;实体', '-不是列表项。', '>不是引用。']) {
      expect(text, literal).toContain(literal);
    }
    expect(html).not.toMatch(/<div>标签|<b>粗|<!--不是/);
    expect(project.read('dist/index.html')).toContain('reports/escaping-test/');
    for (const slug of ['gb18030-test', 'bom-crlf-test']) {
      expect(output).toMatch(new RegExp(`${slug}: \\d+ source chars, .*unexplained: 0`));
      const page = pageText(project.read(`dist/reports/${slug}/index.html`));
      expect(page).toContain('地区生产总值增长8.5%，建成怀邵衡铁路衡阳段。');
      expect(page).toContain('深化“放管服”改革。');
    }
  });

  it('stops with the file and line on bad input and keeps the previous dist/', { timeout: 180_000 }, () => {
    const project = tempProject(true);
    expect(project.build().status).toBe(0);
    const before = project.read('dist/index.html');
    project.write('content/sources/901_empty.txt', '');
    project.write('content/documents.yaml', `${project.read('content/documents.yaml')}- slug: empty\n  source: 901_empty.txt\n`);
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('Build stopped: content/documents.yaml:');
    expect(output).toContain('entry 6 (slug "empty")');
    expect(project.read('dist/index.html')).toBe(before);
    expect(existsSync(join(project.dir, '.build', 'dist'))).toBe(false);
  });
});
