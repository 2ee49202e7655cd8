/**
 * The fault corpus, build side (tests/fixtures/faults/README.md): real builds
 * of one temp project, killed at their swap, killed parent-only, interrupted,
 * run twice at once, on a full disk and on a YAML bomb. After each, dist must
 * be the whole previous site, no process of the build may be left, and the
 * output must be one sentence without a stack trace. The builds run one after
 * another and share the project, so each later build also shows that the next
 * start tidies what the killed one left, and the last build, after them all,
 * publishes a site byte-identical to the first.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TempProject, cleanEnv, smallProject } from '../../scripts/temp-project.ts';
import { parse, stringify } from 'yaml';
import { oneLineText } from '../../scripts/bench/one-line.ts';
import { sha256 } from '../../src/conversion/checksums.ts';
import { corpusCases, layCase } from '../helpers/bad-input.ts';
import { digest } from '../helpers/site-files.ts';

const faultsDir = join(import.meta.dirname, '..', 'fixtures', 'faults');
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

let project: TempProject;
/** The published site after the first build: every later fault must leave exactly this. */
let before: { files: string[]; home: string; digest: Record<string, string> };

const siteFiles = () => readdirSync(join(project.dir, 'dist'), { recursive: true }).map(String).sort();
const home = () => project.read('dist/index.html');

function expectPreviousSite(output: string): void {
  expect(lstatSync(join(project.dir, 'dist')).isSymbolicLink(), output).toBe(true);
  expect(siteFiles(), output).toEqual(before.files);
  expect(home()).toBe(before.home);
}

/** Every live process whose process group is `pgid`. */
function processesInGroup(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((pid) => {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
          .replace(/^.*\) /s, '')
          .split(' ');
        return Number(fields[2]) === pgid && fields[0] !== 'Z';
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Live children of `pid` whose command line contains `word`. */
function childrenOf(pid: number, word: string): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((child) => {
      try {
        const fields = readFileSync(`/proc/${child}/stat`, 'utf8')
          .replace(/^.*\) /s, '')
          .split(' ');
        return Number(fields[1]) === pid && fields[0] !== 'Z' && readFileSync(`/proc/${child}/cmdline`, 'utf8').includes(word);
      } catch {
        return false;
      }
    })
    .map(Number);
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** A build in its own process group, as a shell or CI runner starts one. */
function startBuild(env: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, [join(project.dir, 'scripts', 'build.ts')], {
    cwd: project.dir,
    detached: true,
    env: { ...cleanEnv(), ...env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let text = '';
  child.stdout.on('data', (c: Buffer) => (text += c.toString()));
  child.stderr.on('data', (c: Buffer) => (text += c.toString()));
  started.push(child.pid!);
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/**
 * Waits for `check`; a build that ends first, or a timeout, fails with the build's last output, so a
 * failure says where the build was rather than only that it never got there.
 */
async function until(what: string, check: () => boolean, build?: Running, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let ended = false;
  void build?.exited.then(() => (ended = true));
  while (!check()) {
    if (ended || Date.now() > end) {
      const tail = build ? `\n--- the build's last output:\n${build.output().slice(-3000)}` : '';
      throw new Error(`${ended ? 'the build ended' : 'timed out'} before ${what}${tail}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

// One document is enough to show what a fault leaves, and builds in a third of the time of five.
beforeAll(() => {
  project = smallProject();
});
const started: number[] = [];
let parentKilled = 0;
afterAll(() => {
  // A failed assertion must not leave a paused build behind.
  for (const pid of started) if (processesInGroup(pid).length) process.kill(-pid, 'SIGKILL');
  rmSync(project.dir, { recursive: true, force: true });
});

describe('fault corpus: builds', { timeout: 240_000 }, () => {
  it('clears the stale lock of a killed build and publishes a whole site through the dist link', () => {
    const deadPid = Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());
    project.write('.build/lock', JSON.stringify({ pid: deadPid, started: '2026-01-01T00:00:00.000Z' }));
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    expect(output).toContain(`cleared the lock of a build that is no longer running (pid ${deadPid}, started 2026-01-01 00:00:00 UTC)`);
    before = { files: siteFiles(), home: home(), digest: digest(join(project.dir, 'dist')) };
    expect(before.files).toEqual(expect.arrayContaining(['index.html', 'search/index.html', 'glossary/index.html']));
    expect(before.files.filter((f) => /^reports\/[^/]+\/index\.html$/.test(f))).toHaveLength(1);
    expect(before.files.some((f) => f.startsWith('_astro/') && f.endsWith('.css'))).toBe(true);
    expect(before.files).toContain('pagefind/pagefind.js');
  });

  it('killed at its swap, with a second build started meanwhile: the second stops naming the first, dist stays the old site, nothing is left running', async () => {
    const paused = startBuild({ HY_FAULT: 'pause:mid-swap' });
    const pid = paused.child.pid!;
    await until('the build reached its swap', () => paused.output().includes('HY_FAULT: paused at mid-swap'), paused);

    const second = project.build();
    expect(second.status).not.toBe(0);
    expect(second.output.trim()).toMatch(
      new RegExp(
        `^Build stopped: another build is running in this checkout \\(pid ${pid}, started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\); let it finish or stop it, then build again\\.$`,
      ),
    );
    expect(readdirSync(join(project.dir, '.build', 'sites')), "the second build left the first one's new site alone").toHaveLength(2);

    process.kill(-pid, 'SIGKILL');
    await paused.exited;
    expectPreviousSite(paused.output());
    expect(processesInGroup(pid)).toEqual([]);
  });

  it('killed parent-only while Astro writes pages: the Astro child stops too, and dist stays the old site', async () => {
    const build = startBuild();
    const pid = build.child.pid!;
    let astro: number[] = [];
    await until('Astro started', () => (astro = childrenOf(pid, 'astro')).length > 0, build);
    await new Promise((r) => setTimeout(r, 1500));
    process.kill(pid, 'SIGKILL');
    await build.exited;
    await until('the Astro child stopped after its parent', () => astro.every((a) => !alive(a)), undefined, 5_000);
    // Its start tidied what the build killed at its swap left.
    expect(build.output()).toContain('removed the link of a swap that was interrupted');
    expect(build.output()).toContain('removed site folders that were no longer published');
    parentKilled = pid;
    const staging = join(project.dir, '.build', 'staging');
    const count = () => (existsSync(staging) ? readdirSync(staging, { recursive: true }).length : 0);
    const now = count();
    await new Promise((r) => setTimeout(r, 1000));
    expect(count(), 'nothing writes into the staging folder any more').toBe(now);
    expectPreviousSite(build.output());
  });

  it('interrupted (SIGTERM to the build alone, as Ctrl-C or a CI timeout sends): one sentence, staging removed, child stopped', async () => {
    const build = startBuild();
    const pid = build.child.pid!;
    let astro: number[] = [];
    await until('Astro started', () => (astro = childrenOf(pid, 'astro')).length > 0, build);
    process.kill(pid, 'SIGTERM');
    const code = await build.exited;
    expect(build.output(), 'the lock of the build killed outright was stale, and cleared').toContain(
      `cleared the lock of a build that is no longer running (pid ${parentKilled},`,
    );
    expect(code).toBe(143);
    expect(build.output()).toContain('Build stopped: astro: interrupted by SIGTERM; dist/ is unchanged.');
    expect(build.output()).not.toMatch(STACK_LINE);
    await until('the Astro child stopped', () => astro.every((a) => !alive(a)), undefined, 5_000);
    expect(existsSync(join(project.dir, '.build', 'staging'))).toBe(false);
    expect(existsSync(join(project.dir, '.build', 'lock'))).toBe(false);
    expectPreviousSite(build.output());
  });

  it('a full disk during the search-index stage: one sentence naming the stage and the file, staging removed, dist the old site', async () => {
    const build = startBuild({ HY_FAULT: 'enospc:pagefind' });
    const code = await build.exited;
    const output = build.output();
    expect(code, output).toBe(1);
    expect(output).toMatch(
      /^Build stopped: pagefind: the disk is full \(write \.build\/staging\/pagefind\/\S+\); fix that and build again, dist\/ is unchanged\.$/m,
    );
    expect(output).not.toMatch(STACK_LINE);
    expect(existsSync(join(project.dir, '.build', 'staging'))).toBe(false);
    expect(existsSync(join(project.dir, 'dist.next'))).toBe(false);
    expect(readdirSync(join(project.dir, '.build', 'sites'))).toHaveLength(1);
    expectPreviousSite(output);
  });

  it('a YAML "billion laughs" in a registry stops the build at its file and line', () => {
    const bomb = corpusCases(faultsDir).find((c) => c.name === 'yaml-alias-bomb')!;
    if (bomb.expected.outcome !== 'stops') throw new Error('not a stops case');
    const { file, line } = bomb.expected;
    const terms = project.read('content/glossary/terms.yaml');
    layCase(bomb, project.dir);
    const { status, output } = project.build();
    project.write('content/glossary/terms.yaml', terms);
    expect(status).toBe(1);
    expect(output.trim().split('\n').at(-1)).toMatch(
      new RegExp(`^Build stopped: load: ${file}:${line}: is not valid YAML for this site: its aliases`),
    );
    expect(output).not.toMatch(STACK_LINE);
    expectPreviousSite(output);
  });

  it.each(['before-convert', 'before-annotate', 'before-astro'])(
    'killed (process group) at %s: dist stays the old site, nothing is left running',
    async (point) => {
      const build = startBuild({ HY_FAULT: `pause:${point}` });
      const pid = build.child.pid!;
      await until(`the build reached ${point}`, () => build.output().includes(`HY_FAULT: paused at ${point}`), build);
      process.kill(-pid, 'SIGKILL');
      await build.exited;
      expect(processesInGroup(pid)).toEqual([]);
      expectPreviousSite(build.output());
    },
  );

  it('Ctrl-C (SIGINT) during a long annotate stage stops it between documents and names it, not the stage after', async () => {
    // Three more documents of one long line each: the annotate stage takes seconds, each document a fraction of them.
    const listing = project.read('content/documents.yaml');
    const sums = project.read('content/sources/SHA256SUMS');
    const [meta] = parse(listing) as { slug: string; source: string; title: string }[];
    const text = `${meta!.title}\n\n${oneLineText(project.dir, meta!.source, 256 * 1024)}\n`;
    const names = [1, 2, 3].map((k) => `long-${k}.txt`);
    for (const name of names) project.write(`content/sources/${name}`, text);
    project.write('content/sources/SHA256SUMS', `${sums}${names.map((n) => `${sha256(Buffer.from(text))}  ${n}\n`).join('')}`);
    project.write(
      'content/documents.yaml',
      stringify([...(parse(listing) as object[]), ...names.map((source, k) => ({ ...meta, slug: `long-${k + 1}`, source }))]),
    );
    try {
      const build = startBuild();
      await until('the annotate stage started', () => build.output().includes('✓ convert'), build);
      await new Promise((r) => setTimeout(r, 300));
      process.kill(build.child.pid!, 'SIGINT');
      const code = await build.exited;
      expect(code).toBe(130);
      expect(build.output()).not.toContain('✓ annotate');
      expect(build.output()).toContain('Build stopped: annotate: interrupted by SIGINT; dist/ is unchanged.');
      expectPreviousSite(build.output());
    } finally {
      project.write('content/documents.yaml', listing);
      project.write('content/sources/SHA256SUMS', sums);
      for (const name of names) rmSync(join(project.dir, 'content', 'sources', name));
    }
  });

  it('after every fault, a build publishes again, and its site is byte-identical to the first', () => {
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    expect(digest(join(project.dir, 'dist'))).toEqual(before.digest);
  });
});
