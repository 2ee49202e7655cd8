/**
 * A PDF with a table, added as the README's "Adding a document" says (the file
 * in content/sources/, its checksum, a record; no code change), to a copy of
 * the project with one other document. The PDF is printed here by Chromium:
 * a ruled table with a caption, a header row and merged cells between two
 * paragraphs. The build passes (fidelity counts every character of the text
 * it read), and the built page holds the table as a table: caption, header
 * cells, spans, a row id and ¶ per row, in a box a keyboard can reach that
 * scrolls sideways on a phone where the table is wider, while the page does not.
 */
import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/static-server.ts';
import { type TempProject, smallProject } from '../../scripts/temp-project.ts';
import { launchBrowser, phoneContext } from '../helpers/browser.ts';
import { breaksInsideWords } from '../helpers/layout.ts';
import { printHtml } from '../helpers/import-corpus.ts';

const SLUG = 'test-pdf-table-2021';
const SOURCE = '920_test_projects.pdf';
const TITLE = '测试县2021年重点项目安排';
const HEADER = ['类别', '项目名称', '建设地点', '总投资', '建设年限'];
const ROWS = [
  ['交通', '城市快速路二期', '蒸湘区', '45亿元', '2021-2023'],
  ['城市南外环', '雁峰区', '28亿元', '2021-2024'],
  ['环保', '污水处理厂扩建', '石鼓区', '12亿元', '2021-2022'],
];
const BODY = `<h1>${TITLE}</h1>
<p>今年全县安排重点项目三个，总投资八十五亿元，各项目建设安排如下表所示。</p>
<table><caption>表1 2021年重点项目安排</caption>
<thead><tr>${HEADER.map((c) => `<th>${c}</th>`).join('')}</tr></thead>
<tbody><tr><td rowspan="2">${ROWS[0]![0]}</td>${ROWS[0]!
  .slice(1)
  .map((c) => `<td>${c}</td>`)
  .join('')}</tr><tr>${ROWS[1]!.map((c) => `<td>${c}</td>`).join('')}</tr>
<tr>${ROWS[2]!.map((c) => `<td>${c}</td>`).join('')}</tr>
<tr><td colspan="3">合计</td><td colspan="2">85亿元</td></tr></tbody></table>
<p>以上项目由县发展和改革局统筹调度，确保年内全部开工建设。</p>`;
const CSS = `h1 { font-size: 16pt; text-align: center; } caption { font-weight: bold; }
table { border-collapse: collapse; margin: 0.5em 0; } th, td { border: 0.75pt solid #000; padding: 0.2em 0.5em; text-align: left; }`;

let project: TempProject;
let built: { status: number; output: string };
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  const pdf = await printHtml(browser, BODY, { css: CSS });
  project = smallProject();
  project.write(`content/sources/${SOURCE}`, pdf);
  appendFileSync(join(project.dir, 'content/sources/SHA256SUMS'), `${createHash('sha256').update(pdf).digest('hex')}  ${SOURCE}\n`);
  appendFileSync(
    join(project.dir, 'content/documents.yaml'),
    `- slug: ${SLUG}
  source: ${SOURCE}
  title: ${TITLE}
  display_title: ${TITLE}
  kind: 政府工作报告
  issuer: 测试县人民政府
  level: 县
  place: {outside: 测试县}
  date: { exact: 2021-02-01 }
  reviews: { from: 2020, to: 2020 }
  plans: { from: 2021, to: 2021 }
  description: 生成的测试文件：一张画有表格线的重点项目表。
`,
  );
  built = project.build();
  ({ server, url } = await serveDist(join(project.dir, 'dist')));
}, 420_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('a PDF source with a table', () => {
  it('builds, its table read from the PDF and every character of the text it read on the page', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toMatch(
      new RegExp(`${SLUG}: \\d+ characters of the text imported from its PDF, \\d+ on the page, .*unexplained: 0`),
    );
  });

  it('shows a table with its caption, header cells, merged cells and a row id and ¶ each, in a scroll box a keyboard reaches', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL(`reports/${SLUG}/`, url).toString());
    const table = page.locator('.report-body table');
    await expect(table.count()).resolves.toBe(1);
    expect(await table.locator('caption').innerText()).toBe('表1 2021年重点项目安排');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(HEADER);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.id,
        cells: [...tr.querySelectorAll('td')].map((td) => ({
          // The cell's own text, without its ¶ (page furniture).
          text: [...td.childNodes]
            .filter((n) => !(n instanceof Element && n.matches('[data-chrome]')))
            .map((n) => n.textContent)
            .join('')
            .trim(),
          rows: td.rowSpan,
          cols: td.colSpan,
        })),
        pilcrow: tr.querySelector('td:last-child a.para-link') !== null,
      })),
    );
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([...ROWS, ['合计', '85亿元']]);
    expect(rows[0]!.cells[0]).toMatchObject({ rows: 2, cols: 1 });
    expect(rows[3]!.cells.map((c) => c.cols)).toEqual([3, 2]);
    for (const r of rows) {
      expect(r.id).toMatch(/-p\d+$/);
      expect(r.pilcrow).toBe(true);
    }
    const box = table.locator('xpath=..');
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(await box.getAttribute('role')).toBe('region');
    await page.close();
  });

  it('on a phone the page does not scroll sideways: what of the table is wider scrolls in its own box', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(new URL(`reports/${SLUG}/`, url).toString());
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    const box = page.locator('.report-body .table-scroll');
    expect(await box.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
    expect(await box.evaluate((el) => el.scrollWidth >= el.querySelector('table')!.getBoundingClientRect().width - 1)).toBe(true);
    await context.close();
  });

  it('on a phone a cell breaks between words, never inside one (“城市快速路二⏎期”)', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(new URL(`reports/${SLUG}/`, url).toString());
    expect(await breaksInsideWords(page, '.report-body :is(td, th, caption)')).toEqual([]);
    await context.close();
  });

  it('a document without headings shows no contents box, and its text is where the contents would have been', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(new URL(`reports/${SLUG}/`, url).toString());
    expect(await page.locator('.report-body :is(h2, h3, h4, h5, h6)').count()).toBe(0);
    expect(await page.locator('.toc').count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    const [article, layout] = await Promise.all([page.locator('.report').boundingBox(), page.locator('.report-layout').boundingBox()]);
    // Centred in the layout, not in the 17rem column the sidebar takes.
    expect(Math.abs(article!.x + article!.width / 2 - (layout!.x + layout!.width / 2))).toBeLessThan(2);
    await context.close();
  });
});
