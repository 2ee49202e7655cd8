/**
 * `npm run review` as a maintainer uses it, on a copy of content/ in which some
 * recorded figures and the registry's stoplist are hidden, so the proposers
 * make proposals again: accept one with the keyboard, reject one with a reason,
 * finish and accept one through the edit form, reload and come back to the
 * same place; every file written still loads through the build's own loaders
 * and checks, with its comments and other lines as they were. The server
 * answers only its own address and takes decisions only from its own page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument } from 'yaml';
import { loadContent } from '../../src/data/content.ts';
import { checkQuotes } from '../../src/index/check-quotes.ts';
import { documentParagraphs } from '../../src/candidates/target-paragraphs.ts';
import { PAGE_SIZE } from '../../src/review/paging.ts';
import { checkFigures } from '../../src/tracker/check-figures.ts';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hy-review-browser-'));
const content = join(scratch, 'content');
const PLAN = 'targets/plan-2016-2020.yaml';
const read = (file: string) => readFileSync(join(content, file), 'utf8');
let originals: Record<string, string> = {};
let browser: Browser;
let server: ChildProcess;
let url: string;

/** Hides the observations of the plan's first two targets that record some (and share none by an anchor), and the registry's stoplist. */
function hideReviewedWork(): void {
  const doc = parseDocument(read(PLAN));
  const hidden = isSeq(doc.contents)
    ? doc.contents.items.filter((t) => {
        const list = isMap(t) ? t.get('observations', true) : undefined;
        return isSeq(list) && list.items.length > 0 && !list.anchor;
      })
    : [];
  for (const t of hidden.slice(0, 2)) if (isMap(t)) t.delete('observations');
  writeFileSync(join(content, PLAN), doc.toString({ lineWidth: 0, indentSeq: false, flowCollectionPadding: false }));
  // One entry that names nothing in the texts stays, so the file keeps a comment and a line to keep.
  writeFileSync(
    join(content, 'entities/stoplist.yaml'),
    '# 候选名称工具提出、但不是实体名称/别名的字符串\n- candidate: 审阅测试词\n  reason: 测试用。\n',
  );
}

beforeAll(async () => {
  cpSync(join(process.cwd(), 'content'), content, { recursive: true });
  hideReviewedWork();
  originals = Object.fromEntries([PLAN, 'entities/stoplist.yaml', 'glossary/terms.yaml'].map((f) => [f, read(f)]));
  // Its own process, as `npm run review` runs it: its synchronous checks must not stall the browser's driver here.
  server = spawn(process.execPath, [join(process.cwd(), 'scripts', 'review.ts'), '--content', content], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /Review page at (\S+)/u.exec(out);
      if (found) resolve(found[1]!);
    });
    server.once('exit', (code) => reject(new Error(`npm run review exited (${code}) before serving`)));
  });
  browser = await launchBrowser();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
});

const current = (page: Page) => page.locator('.item.current');
const currentTitle = (page: Page) => current(page).locator('h2').innerText();
const status = (page: Page) => page.locator('#status');

/** The lines a file gained; every line it had is still there, in order. */
function gained(before: string, after: string): string[] {
  const old = before.split('\n');
  let i = 0;
  const lines = after.split('\n').filter((line) => (line === old[i] ? (i++, false) : true));
  expect(i, 'every earlier line kept, in order').toBe(old.length);
  return lines;
}

describe('the review page', () => {
  it('accepts, rejects and edits by keyboard, resumes after a reload, and writes YAML that builds', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await expect.poll(() => current(page).count(), { timeout: 60_000 }).toBe(1);
    expect(await page.locator('#help').innerText()).toMatch(/j.*k.*a.*r.*e/su);
    expect(await axeViolations(page)).toEqual([]);

    // Accept the first proposal, a figure for a target, with the keyboard; the page says what the tracker will show.
    expect(await current(page).locator('.kind').innerText()).toBe('数据');
    expect(await current(page).locator('mark').count()).toBeGreaterThan(0);
    expect(await current(page).locator('.outcome').innerText()).toMatch(/构建将显示：目标“.+”.*现为.+收录后为/u);
    // A proposal the build would refuse (its quote already means another thing elsewhere) stays unwritten with the reason; take the next.
    let figure = '';
    for (let tries = 0; tries < 5 && !figure; tries++) {
      const title = await currentTitle(page);
      await page.keyboard.press('a');
      // Each answer in the status line starts with its proposal's title.
      await expect.poll(() => status(page).innerText(), { timeout: 60_000 }).toContain(title.replace(/^数据\s*/u, ''));
      const answer = await status(page).innerText();
      // A figure for a target of another file (the 2012 goals) is accepted there and the page moves on by itself.
      if (/已接受，写入 content\/targets\/plan-2016-2020\.yaml/u.test(answer)) figure = title;
      else if (!/已接受/u.test(answer)) {
        expect(read(PLAN)).toBe(originals[PLAN]);
        await page.keyboard.press('Escape');
        await page.keyboard.press('j');
      }
    }
    expect(await status(page).innerText()).toMatch(/已接受，写入 content\/targets\/plan-2016-2020\.yaml/u);
    const observation = gained(originals[PLAN]!, read(PLAN));
    expect(observation.some((l) => /^ {2}- \{value: .+, year: \d{4}, doc: .+, quote: .+\}$/u.test(l))).toBe(true);
    expect(await currentTitle(page)).not.toBe(figure);

    // Reject a registry name with a reason (its kind's page by mouse, the rest by keyboard).
    await page
      .locator('#kinds')
      .getByRole('link', { name: /^名称 \d+$/u })
      .click();
    await expect.poll(() => current(page).count(), { timeout: 60_000 }).toBe(1);
    const name = (await current(page).locator('h2').innerText()).replace(/^名称/u, '').trim();
    await page.keyboard.press('r');
    await expect(page.locator('.item.current input[name=reason]').evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('泛称，不是具体名称。');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).innerText(), { timeout: 60_000 }).toMatch(/已拒绝，写入 content\/entities\/stoplist\.yaml/u);
    expect(gained(originals['entities/stoplist.yaml']!, read('entities/stoplist.yaml'))).toEqual(
      expect.arrayContaining([`- candidate: ${name}`, '  reason: 泛称，不是具体名称。']),
    );

    // A glossary term cannot be accepted as proposed (its definition is a person's): refused with the build's reason, then edited.
    await page
      .locator('#kinds')
      .getByRole('link', { name: /^术语 \d+$/u })
      .click();
    await expect.poll(() => current(page).count(), { timeout: 60_000 }).toBe(1);
    const term = (await current(page).locator('h2').innerText()).replace(/^术语/u, '').trim();
    await current(page).focus();
    await page.keyboard.press('a');
    const error = current(page).locator('.error');
    await expect
      .poll(() => error.innerText(), { timeout: 60_000 })
      .toMatch(/未写入：The build would stop: content\/glossary\/terms\.yaml:\d+: .*"category"/u);
    expect(read('glossary/terms.yaml')).toBe(originals['glossary/terms.yaml']);
    await current(page).getByLabel('类别').selectOption('政策口号');
    await current(page)
      .getByLabel(/释义（不超过80字/u)
      .fill('审阅页测试写下的释义。');
    await current(page).getByLabel('英文释义').fill('A gloss written by the review test');
    await current(page).getByLabel(/依据/u).fill('');
    await current(page).getByLabel('英文释义').press('Enter');
    await expect.poll(() => status(page).innerText(), { timeout: 60_000 }).toMatch(/已接受，写入 content\/glossary\/terms\.yaml/u);
    const termLines = gained(originals['glossary/terms.yaml']!, read('glossary/terms.yaml'));
    expect(termLines).toEqual(expect.arrayContaining([`  term: ${term}`, '  category: 政策口号', '  basis: public record']));
    const resumeAt = await currentTitle(page);

    // Reload: the decided proposals are gone, this session's decisions are listed, and the page is where it was.
    await page.reload();
    await expect.poll(() => current(page).count(), { timeout: 60_000 }).toBe(1);
    expect(await currentTitle(page)).toBe(resumeAt);
    await expect.poll(() => status(page).innerText()).toMatch(/从上次的位置继续/u);
    expect(await page.locator('#decided li').count()).toBe(3);
    expect(await page.locator('.item h2', { hasText: figure.replace(/^数据/u, '') }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    // What was written builds: the build's loaders, quote and figure checks pass on it.
    const loaded = loadContent(content, scratch);
    const { paragraphs } = documentParagraphs(content, scratch);
    expect(() => checkFigures(loaded.targets, loaded.entities.entities)).not.toThrow();
    expect(() => checkQuotes({ paragraphs }, loaded.glossary, loaded.targets)).not.toThrow();
    expect(loaded.glossary.terms.find((t) => t.term === term)?.definition).toBe('审阅页测试写下的释义。');
    expect(loaded.entities.stoplist.map((s) => s.candidate)).toContain(name);
  }, 600_000);

  it('pages through a kind by links, without JavaScript too, and j past a page’s last proposal opens the next', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const still = await plain.newPage();
    await still.goto(`${url}?kind=target`);
    const pages = still.locator('#pages');
    const total = Number(/共 (\d+) 页/u.exec(await pages.innerText())![1]);
    expect(total).toBeGreaterThan(1);
    expect(await still.locator('#kinds [aria-current=page]').innerText()).toMatch(/^目标\s+\d+$/u);
    await pages.getByRole('link', { name: '下一页' }).focus();
    await still.keyboard.press('Enter');
    await still.waitForURL(/[?&]page=2\b/u);
    expect(await still.locator('#pages').innerText()).toContain(`第 2 页，共 ${total} 页`);
    expect(await still.locator('#pages [aria-current=page]').innerText()).toBe('2');
    await plain.close();

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}?kind=target`);
    await expect.poll(() => current(page).count(), { timeout: 60_000 }).toBe(1);
    const first = await page.locator('.item h2').allInnerTexts();
    expect(first).toHaveLength(PAGE_SIZE);
    expect(first.every((t) => t.startsWith('目标'))).toBe(true);
    for (let i = 1; i < PAGE_SIZE; i++) await page.keyboard.press('j');
    expect(await currentTitle(page)).toBe(first.at(-1));
    await page.keyboard.press('j');
    await page.waitForURL(/[?&]page=2\b/u);
    await expect.poll(() => current(page).count(), { timeout: 60_000 }).toBe(1);
    const second = await page.locator('.item h2').allInnerTexts();
    expect(await currentTitle(page)).toBe(second[0]);
    expect(second.filter((t) => first.includes(t))).toEqual([]);
    await context.close();
  }, 300_000);

  it('answers only at its own address, and takes decisions only as JSON from its own page', async () => {
    const { port } = new URL(url);
    const ask = (method: string, path: string, headers: Record<string, string>, body = '') =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end(body);
      });
    const own = `127.0.0.1:${port}`;
    const decision = JSON.stringify({ id: 'x', action: 'reject', reason: '测试' });
    expect(await ask('GET', '/', { host: own })).toBe(200);
    expect(await ask('GET', '/', { host: `evil.example:${port}` })).toBe(421);
    expect(
      await ask('POST', '/api/decide', { host: own, origin: 'http://evil.example', 'content-type': 'application/json' }, decision),
    ).toBe(403);
    expect(await ask('POST', '/api/decide', { host: own, 'content-type': 'application/json' }, decision)).toBe(403);
    expect(await ask('POST', '/api/decide', { host: own, origin: `http://${own}`, 'content-type': 'text/plain' }, decision)).toBe(415);
    expect(await ask('POST', '/api/decide', { host: own, origin: `http://${own}`, 'content-type': 'application/json' }, decision)).toBe(
      422,
    );
    expect(await ask('DELETE', '/', { host: own })).toBe(405);
    expect(new URL(url).hostname).toBe('127.0.0.1');
  });
});
