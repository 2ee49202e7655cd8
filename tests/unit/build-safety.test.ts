/**
 * The build's safety parts without a build: the checkout lock (one build at a
 * time, stale locks cleared), the atomic publish and the recovery from every
 * state an interrupted build can leave, and failures said in one sentence
 * (a full disk, a YAML bomb, a 200 KB line quoted in a message).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { convertSource } from '../../src/conversion/convert-source.ts';
import { SourceError, clip } from '../../src/core/errors.ts';
import { DataError, parseYaml } from '../../src/data/load-yaml.ts';
import type { DocumentMeta } from '../../src/data/documents-schema.ts';
import { describeFailure } from '../../src/pipeline/failure.ts';
import { LockHeld, acquireLock } from '../../src/pipeline/lock.ts';
import { currentSite, layout, publish, recover } from '../../src/pipeline/publish.ts';
import { runStage, stages } from '../../src/pipeline/stages.ts';
import { tempProject } from '../../scripts/temp-project.ts';
import type { ConvertResult } from '../../src/conversion/convert-all.ts';

const scratch: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hy-safety-'));
  scratch.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

describe('the checkout lock', () => {
  it('lets one build in and stops a second with one sentence naming the first (pid and start time)', () => {
    const dir = tempDir();
    const lock = acquireLock(dir);
    let error: unknown;
    try {
      acquireLock(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockHeld);
    const { message } = error as LockHeld;
    expect(message).toContain(`pid ${process.pid}`);
    expect(message).toMatch(/started \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
    expect(message.match(/[.;]\s/g)?.length ?? 0, 'one sentence').toBeLessThanOrEqual(1);
    lock.release();
    expect(existsSync(join(dir, 'lock'))).toBe(false);
    acquireLock(dir).release();
  });

  it('clears a stale lock left by a killed build, and one whose pid now belongs to another process', () => {
    const dir = tempDir();
    const dead = deadPid();
    writeFileSync(join(dir, 'lock'), JSON.stringify({ pid: dead, started: '2026-01-01T00:00:00.000Z' }));
    const lock = acquireLock(dir);
    expect(lock.cleared.map((o) => o.pid)).toEqual([dead]);
    expect((JSON.parse(readFileSync(join(dir, 'lock'), 'utf8')) as { pid: number }).pid).toBe(process.pid);
    lock.release();

    // Our own pid, but a different process start: the pid was recycled.
    writeFileSync(join(dir, 'lock'), JSON.stringify({ pid: process.pid, started: '2026-01-01T00:00:00.000Z', ticks: '1' }));
    const again = acquireLock(dir);
    expect(again.cleared).toHaveLength(1);
    again.release();
    expect(readdirSync(dir), 'no private or moved-aside lock files left').toEqual([]);
  });

  it('clears a lock file that cannot be read', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'lock'), '');
    acquireLock(dir).release();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a lock that cannot be taken', () => {
  // As root, a read-only .build cannot be made with chmod; the full disk takes the same way out (a failed first write).
  it.each([
    ['.build is a regular file', { file: true }, /^Build stopped: lock: a file of that name is in the way \(mkdir \.build\); /],
    ['the disk is full', { env: { HY_FAULT: 'enospc:lock' } }, /^Build stopped: lock: the disk is full \(write \.build\/lock\.\d+\); /],
  ] as const)('stops the build with one sentence when %s', (_, fault, sentence) => {
    const project = tempProject();
    scratch.push(project.dir);
    if ('file' in fault) writeFileSync(join(project.dir, '.build'), 'not a folder');
    const { status, output } = project.build('env' in fault ? fault.env : {});
    expect(status).toBe(1);
    expect(output.trim()).toMatch(sentence);
    expect(output.trim().split('\n'), output).toHaveLength(1);
  });
});

describe('atomic publish', () => {
  function project() {
    const root = tempDir();
    const l = layout(root);
    const stage = (home: string) => {
      mkdirSync(join(l.staging, 'reports'), { recursive: true });
      writeFileSync(join(l.staging, 'index.html'), home);
      writeFileSync(join(l.staging, 'reports', 'a.html'), 'a');
    };
    const home = () => readFileSync(join(l.dist, 'index.html'), 'utf8');
    return { root, l, stage, home };
  }

  it('publishes by renaming a link over dist, and removes the site it replaced', () => {
    const { l, stage, home } = project();
    stage('one');
    const first = publish(l);
    expect(lstatSync(l.dist).isSymbolicLink()).toBe(true);
    expect(home()).toBe('one');
    stage('two');
    const second = publish(l);
    expect(home()).toBe('two');
    expect(existsSync(first)).toBe(false);
    expect(readdirSync(l.sites)).toEqual([second.split('/').at(-1)]);
    expect(existsSync(l.staging) || existsSync(l.nextLink)).toBe(false);
  });

  it('recovers from a swap interrupted before the rename: the old site stays, the unpublished one goes', () => {
    const { l, stage, home } = project();
    stage('old');
    publish(l);
    stage('new');
    expect(() =>
      publish(l, {
        midSwap: () => {
          throw new Error('killed here');
        },
      }),
    ).toThrow('killed here');
    expect(home(), 'dist is still the old site').toBe('old');
    expect(existsSync(l.nextLink)).toBe(true);
    const done = recover(l);
    expect(done.join('\n')).toMatch(/interrupted/);
    expect(home()).toBe('old');
    expect(existsSync(l.nextLink)).toBe(false);
    expect(readdirSync(l.sites)).toHaveLength(1);
  });

  it('recovers from a kill after the rename and before the old site was removed', () => {
    const { l, stage, home } = project();
    stage('old');
    const old = publish(l);
    stage('new');
    const site = join(l.sites, 'zz-new');
    mkdirSync(l.sites, { recursive: true });
    // As publish() does, stopped before prune().
    spawnSync('mv', [l.staging, site]);
    symlinkSync(join('.build', 'sites', 'zz-new'), l.nextLink);
    spawnSync('mv', ['-T', l.nextLink, l.dist]);
    expect(home()).toBe('new');
    recover(l);
    expect(home()).toBe('new');
    expect(existsSync(old)).toBe(false);
  });

  it('turns a real dist/ folder (from before links) into a published site, and relinks when dist went missing', () => {
    const { l, home } = project();
    mkdirSync(l.dist);
    writeFileSync(join(l.dist, 'index.html'), 'legacy');
    recover(l);
    expect(lstatSync(l.dist).isSymbolicLink()).toBe(true);
    expect(home()).toBe('legacy');
    rmSync(l.dist);
    recover(l);
    expect(home(), 'the newest whole site is linked again').toBe('legacy');
    expect(currentSite(l)).toBeDefined();
  });

  it('removes a staging folder an interrupted build left', () => {
    const { l, stage } = project();
    stage('half');
    expect(recover(l).join('\n')).toMatch(/staging/);
    expect(existsSync(l.staging)).toBe(false);
  });
});

describe('the verify stage', () => {
  const root = join(import.meta.dirname, '..', '..');
  const verify = stages.find((s) => s.name === 'verify')!;
  const run = async (site: string, results: ConvertResult[]) => runStage(verify, { root, site, base: '/', log: () => {}, results });

  it('names the source file and line where a page lost text', async () => {
    const meta = { slug: 'city-report-2019', source: '001_6007c0c7bfc32ead.txt' } as DocumentMeta;
    const site = tempDir();
    mkdirSync(join(site, 'reports', meta.slug), { recursive: true });
    const source = readFileSync(join(root, 'content', 'sources', meta.source), 'utf8');
    // A page that holds the source's text but for one figure (no build needed).
    const text = source.replace('6.54个百分点', '6.5个百分点').replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    writeFileSync(join(site, 'reports', meta.slug, 'index.html'), `<article data-fidelity-root><p>${text}</p></article>`);
    const line = source.split('\n').findIndex((l) => l.includes('同比提高6.54个百分点')) + 1;
    await expect(run(site, [{ meta, doc: {} } as ConvertResult])).rejects.toThrow(
      new RegExp(`^content/sources/${meta.source}:${line}: text was lost or added on the way to the page reports/${meta.slug}/`),
    );
  });

  it('stops on a broken internal link or #fragment with one sentence naming the page and the link', async () => {
    const site = tempDir();
    writeFileSync(join(site, 'index.html'), '<a id="top" href="#top">ok</a><a href="/glossary/#nowhere">x</a><a href="/missing/">y</a>');
    mkdirSync(join(site, 'glossary'));
    writeFileSync(join(site, 'glossary', 'index.html'), '<h1 id="terms">terms</h1>');
    await expect(run(site, [])).rejects.toThrow(
      'the page index.html links to "/glossary/#nowhere", which does not resolve (no id "nowhere" on the target page); 1 more broken links.',
    );
  });
});

describe('failures in one sentence', () => {
  it('says a full disk in words, with the path, and no stack trace', () => {
    const root = '/project';
    const error = Object.assign(new Error("ENOSPC: no space left on device, write '/project/.build/staging/pagefind/x'"), {
      code: 'ENOSPC',
      syscall: 'write',
      path: '/project/.build/staging/pagefind/x',
    });
    expect(describeFailure(error, root)).toBe(
      'the disk is full (write .build/staging/pagefind/x); fix that and build again, dist/ is unchanged.',
    );
  });

  it('says that Pagefind’s indexer failed when its program dies, instead of hanging', () => {
    // In a fresh Node process, as in a build: the indexer module keeps its service between calls in one process.
    const site = {
      base: '/',
      documents: [],
      glossary: [],
      entities: [],
      targets: [],
      // One paragraph is enough to start the indexer.
      index: {
        paragraphs: [{ doc: 'd', id: 's0-p1', sectionId: 's0', path: [], text: '衡阳', section: { stance: 'review' } }],
        mentions: [],
      },
    };
    const module = join(import.meta.dirname, '..', '..', 'src', 'search-index', 'write-index.ts');
    const script = `import { writeSearchIndex } from ${JSON.stringify(module)};
      try { await writeSearchIndex(${JSON.stringify(site)}, ${JSON.stringify(tempDir())}); console.log('no error'); }
      catch (error) { console.log(error.message); }
      process.exit(0);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, PAGEFIND_EXTENDED_BINARY_PATH: '/bin/false' },
    });
    expect(child.signal, 'the indexer hung').toBeNull();
    // Either the indexer's death is reported as one sentence, or (a race in Pagefind's client) nothing is
    // left to wait for and the process ends, which scripts/build.ts turns into "the stage ended without finishing".
    expect(['', "Pagefind's indexer failed: Pagefind backend closed."]).toContain(child.stdout.trim().split('\n').at(-1) ?? '');
  });

  it('names an internal error as the build’s, on one line, without its stack', () => {
    const message = describeFailure(new TypeError(`x is undefined\n    at foo (bar.ts:1:1)`), '/');
    expect(message).toMatch(/^an internal error of the build: x is undefined \(HY_DEBUG=1/);
    expect(message).not.toContain('bar.ts');
  });

  it('stops a YAML "billion laughs" at the file and line of its first alias', () => {
    const bomb = readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'faults', 'yaml-alias-bomb', 'content', 'glossary', 'terms.yaml.prepend'),
      'utf8',
    );
    let error: unknown;
    try {
      parseYaml(bomb, 'content/glossary/terms.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toMatch(
      /^content\/glossary\/terms\.yaml:\d+: is not valid YAML for this site: its aliases \("\*\w+" and others\) expand/,
    );
    expect((error as DataError).line).toBe(bomb.split('\n').findIndex((l) => l.includes('*')) + 1);
  });

  it('quotes at most 200 characters of a 200 KB line that does not hold the title', () => {
    const line = '字'.repeat(200_000);
    const meta = { slug: 'x', title: '某某报告', source: 'x.txt' } as DocumentMeta;
    let error: unknown;
    try {
      convertSource(new TextEncoder().encode(`${line}\n\n正文。\n`), meta, 'content/sources/x.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceError);
    const { message } = error as SourceError;
    expect(message.length).toBeLessThan(500);
    const quoted = message.match(/opening lines \("([^"]*)…\((\d+) more characters\)"\)/);
    expect(quoted?.[1]).toHaveLength(200);
    expect(Number(quoted?.[2])).toBeGreaterThan(199_000);
  });

  it('clips by characters, never inside a surrogate pair', () => {
    expect(clip('𠀀'.repeat(300), 2)).toBe('𠀀𠀀…(298 more characters)');
    expect(clip('short')).toBe('short');
  });
});
