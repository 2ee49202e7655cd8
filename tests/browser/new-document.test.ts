/**
 * A sixth document, added to a temporary copy of the project the way the
 * README's "Adding a document" says (a text in content/sources/, its checksum,
 * a record in documents.yaml; no code change), reaches every part of the site:
 * the home page, its report page (passing fidelity), search with the level
 * filter, the entity and glossary timelines, and, with a target quoted from it,
 * the target's badge and page. The text is generated here: a
 * county report wrapped PDF-style, as a maintainer receives one, and a
 * Traditional copy of it (as mirror sites publish them, with a zero-width space
 * inside a name) whose record gives the title in Simplified. Beside them, a
 * report of another city (a place outside the registry) that writes a GDP
 * figure: Hengyang's GDP target and indicator pages stay exactly as they were.
 */
import { createHash } from 'node:crypto';
import * as OpenCC from 'opencc-js';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TempProject, tempProject } from '../../scripts/temp-project.ts';
import { serveDist } from '../../scripts/static-server.ts';
import { pageText } from '../../src/verify/fidelity.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { extract } from '../helpers/typeset.ts';

const SLUG = 'test-county-report-2021';
const SOURCE = '910_test_county.txt';
const paragraphs = [
  '测试县人民政府工作报告',
  '各位代表：',
  '现在，我代表县人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '一、2020年工作回顾',
  '过去一年，全县地区生产总值增长4.1%，一般公共预算收入增长3.2%，城乡居民人均可支配收入分别增长5.1%和7.9%，经济运行稳中向好。',
  '交通建设全面提速。怀邵衡铁路测试县站建成运营，新改建农村公路120公里，县城至高铁站快速通道全线贯通，群众出行更加便捷。',
  '营商环境持续优化。深化“放管服”改革，一件事一次办事项达到200项，新增市场主体5600户，企业开办时间压缩至1个工作日以内。',
  '二、2021年工作安排',
  '今年经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长5%，城乡居民人均可支配收入增长与经济增长基本同步。',
];

const HANT = 'test-county-report-2021-hant';
const HANT_SOURCE = '911_test_county_hant.txt';
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const OTHER = 'other-city-report-2020';
const OTHER_SOURCE = '912_other_city.txt';
const otherCity = [
  '岳阳市2020年政府工作报告',
  '各位代表：',
  '现在，我代表市人民政府，向大会报告工作，请予审议。',
  '一、2019年工作回顾',
  '过去一年，全市经济稳中有进，地区生产总值增长7.8%。',
  '二、2020年工作安排',
  '预计2020年GDP达到4020亿元，地区生产总值增长7.5%左右。',
];

function record(
  slug: string,
  source: string,
  display: string,
  title = '测试县人民政府工作报告',
  issuer = '测试县人民政府',
  level = '县',
): string {
  return `- slug: ${slug}
  source: ${source}
  title: ${title}
  display_title: ${display}
  kind: 政府工作报告
  issuer: ${issuer}
  level: ${level}
  place: {outside: ${issuer.replace('人民政府', '')}}
  date: { exact: 2021-01-10 }
  reviews: { from: 2020, to: 2020 }
  plans: { from: 2021, to: 2021 }
  description: 生成的测试文件：回顾2020年工作，部署2021年工作。
`;
}

function addSource(project: TempProject, name: string, text: string): void {
  project.write(`content/sources/${name}`, text);
  appendFileSync(join(project.dir, 'content/sources/SHA256SUMS'), `${createHash('sha256').update(text).digest('hex')}  ${name}\n`);
}

let project: TempProject;
let built: { status: number; output: string };
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  project = tempProject(true);
  const text = extract(paragraphs, {
    width: 30,
    blankLines: true,
    pageLines: 40,
    digitSpaces: true,
    halfWidth: false,
    indent: 'fullwidth',
  });
  addSource(project, SOURCE, text);
  addSource(project, HANT_SOURCE, toTraditional(paragraphs.join('\n\n')).replace('懷邵衡鐵路', '懷邵\u200b衡鐵路'));
  addSource(project, OTHER_SOURCE, otherCity.join('\n\n'));
  appendFileSync(
    join(project.dir, 'content/documents.yaml'),
    record(SLUG, SOURCE, '测试县2021年政府工作报告') +
      record(HANT, HANT_SOURCE, '测试县2021年政府工作报告（繁体转载）') +
      record(OTHER, OTHER_SOURCE, '岳阳市2020年政府工作报告', otherCity[0], '岳阳市人民政府', '市'),
  );
  // A target quoted from the new report, as "Adding a target" says: the report gets its badge.
  project.write(
    'content/targets/annual-2021-test.yaml',
    `- id: t2021-test-county-gdp-growth
  area: 经济
  name: 地区生产总值增长率
  unit: '%'
  metric: growth
  comparator: ≈
  value: 7
  year: 2021
  place: {outside: 测试县}
  plan: {doc: ${SLUG}, quote: 地区生产总值增长7%左右}
  observations: []
`,
  );
  // Indexed in shards of 500 records (about five), as a site of many documents is, so search is checked across them.
  built = project.build({ HY_SEARCH_SHARD_RECORDS: '500' });
  ({ server, url } = await serveDist(join(project.dir, 'dist')));
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function search(page: Page, query: string, level?: string): Promise<string[]> {
  await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, url).toString());
  await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
  if (level) {
    const before = await page.locator('#search-status').textContent();
    await page.check(`input[name="level"][value="${level}"]`);
    await page.waitForFunction((b) => document.querySelector('#search-status')?.textContent !== b, before);
    await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
  }
  return page.locator('#search-results li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('a sixth document added as the README says', () => {
  it('builds, passes fidelity and is listed on the home page', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toMatch(new RegExp(`${SLUG}: \\d+ source chars, \\d+ on the page, .*unexplained: 0`));
    expect(built.output).toContain(`content/sources/${SOURCE}`);
    expect(project.read('dist/index.html')).toContain(`reports/${SLUG}/`);
    const text = pageText(project.read(`dist/reports/${SLUG}/index.html`));
    for (const p of paragraphs.slice(1)) expect(text.replace(/\s/g, '')).toContain(p.replace(/\s/g, ''));
  });

  it('carries the badge of the target it sets, and the target has its page', () => {
    const html = project.read(`dist/reports/${SLUG}/index.html`);
    const badge = /<a[^>]*class="target-badge[^"]*"[^>]*href="\/targets\/t2021-test-county-gdp-growth\/"/.exec(html);
    expect(badge).not.toBeNull();
    // Right after its clause, or after the punctuation that closes it (the marker never starts a line).
    const before = pageText(html.slice(0, badge!.index)).replace(/[\s\u2060]/g, '');
    expect(before).toMatch(/地区生产总值增长7%左右[，。；、]?$/);
    expect(project.read('dist/targets/t2021-test-county-gdp-growth/index.html')).toContain(`reports/${SLUG}/`);
  });

  it('links its names and appears in the entity and glossary timelines', () => {
    const html = project.read(`dist/reports/${SLUG}/index.html`);
    expect(html).toMatch(/<a[^>]*data-entity="huai-shao-heng-railway"[^>]*>怀邵衡铁路<\/a>/);
    expect(html).toMatch(/<a[^>]*data-term="fang-guan-fu"[^>]*>放管服<\/a>/);
    expect(project.read('dist/entities/huai-shao-heng-railway/index.html')).toContain(`reports/${SLUG}/`);
    expect(project.read('dist/glossary/fang-guan-fu/index.html')).toContain(`reports/${SLUG}/`);
  });

  it('is found by search, under the county-level filter, and by a Traditional query', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    const own = (urls: string[]) => urls.filter((u) => u.includes(`/reports/${SLUG}/`) || u.includes(`/reports/${HANT}/`));
    expect(own(await search(page, '县城至高铁站快速通道')).length).toBeGreaterThan(0);
    const county = await search(page, '营商环境', '县');
    expect(county.length).toBeGreaterThan(0);
    expect(own(county)).toEqual(county);
    expect(own(await search(page, '縣城至高鐵站快速通道')).length).toBeGreaterThan(0);
    await page.close();
  });

  it('is found with the other documents when the index is in shards', { timeout: 120_000 }, async () => {
    const { shards } = JSON.parse(project.read('dist/pagefind/dictionary.json')) as { shards?: string[] };
    expect(shards?.length).toBeGreaterThanOrEqual(3);
    const page = await browser.newPage();
    const reports = new Set((await search(page, '怀邵衡铁路')).map((u) => /\/reports\/([^/]+)\//.exec(u)?.[1]).filter(Boolean));
    // The plan has more records than a shard holds, so it is a shard of its own, apart from the new document's.
    for (const slug of ['five-year-plan-2016-2020', 'city-report-2019', SLUG]) expect(reports).toContain(slug);
    await page.close();
  });
});

describe('a report of a city outside the registry', () => {
  /** What a reader sees of a page: its main content. */
  const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0];
  it('is published, and touches no Hengyang target or indicator page', () => {
    const html = project.read(`dist/reports/${OTHER}/index.html`);
    expect(pageText(html).replace(/\s/g, '')).toContain('预计2020年GDP达到4020亿元');
    expect(html, "another city's GDP is not Hengyang's indicator").not.toContain('data-entity="gdp"');
    for (const page of ['entities/gdp', 'targets/gdp-total-2020', 'targets/gdp-annual-growth']) {
      const own = main(readFileSync(join('dist', page, 'index.html'), 'utf8'));
      expect(own).toBeDefined();
      expect(main(project.read(`dist/${page}/index.html`)), page).toBe(own);
    }
  });
});

describe('a Traditional copy with a zero-width space in a name', () => {
  it('keeps its text, says lang="zh-Hant", passes fidelity and gets the same links', () => {
    expect(built.output).toMatch(new RegExp(`${HANT}: \\d+ source chars, \\d+ on the page, .*unexplained: 0`));
    const html = project.read(`dist/reports/${HANT}/index.html`);
    expect(html).toMatch(/class="report-body" lang="zh-Hant"/);
    expect(html.replace(/<wbr>/g, '')).toMatch(/<h1 id="title" lang="zh-Hant">測試縣人民政府工作報告<\/h1>/);
    expect(html).toMatch(/<a[^>]*data-entity="huai-shao-heng-railway"[^>]*>懷邵\u200b衡鐵路<\/a>/);
    expect(html).toMatch(/<a[^>]*data-term="fang-guan-fu"[^>]*>放管服<\/a>/);
    expect(project.read('dist/entities/huai-shao-heng-railway/index.html')).toContain(`reports/${HANT}/`);
  });

  it('is found by a Simplified query, and the result marks its own characters on arrival', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    const urls = await search(page, '怀邵衡铁路测试县站');
    expect(urls.some((u) => u.includes(`/reports/${HANT}/`))).toBe(true);
    await page.locator(`#search-results li > a[href*="/reports/${HANT}/"]`).first().click();
    await page.waitForSelector('mark.search-hit');
    const marked = await page.locator('mark.search-hit').allTextContents();
    expect(marked.join('')).toContain('懷邵\u200b衡鐵路');
    await page.close();
  });
});
