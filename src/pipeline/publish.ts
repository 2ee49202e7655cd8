/**
 * Atomic publish. `dist` is a symbolic link to a finished site in
 * `.build/sites/<id>/`; a new build is staged in `.build/staging/`, moved to
 * its own site folder when every stage passed, and published by renaming a
 * fresh link over `dist` — one rename(2), so at every instant `dist` is the
 * whole old site or the whole new one, whenever the build is killed. A folder
 * under `.build/sites/` is only ever made by renaming a finished staging
 * folder (or a previous real `dist/`), so it is always whole. Whatever an
 * interrupted build leaves (staging, a site not yet linked, the spare link,
 * the previous site not yet removed) is tidied by `recover` at the next start.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

export interface Layout {
  root: string;
  dist: string;
  /** The link written first and renamed over `dist`. */
  nextLink: string;
  staging: string;
  sites: string;
}

export function layout(root: string): Layout {
  return {
    root,
    dist: join(root, 'dist'),
    nextLink: join(root, 'dist.next'),
    staging: join(root, '.build', 'staging'),
    sites: join(root, '.build', 'sites'),
  };
}

const kind = (path: string): 'missing' | 'link' | 'dir' | 'other' => {
  try {
    const stat = lstatSync(path);
    return stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'missing';
  }
};

/** Site folder names sort by time: an ISO time with ':' and '.' replaced, then the pid and a count (two publishes may share a millisecond). */
let published = 0;
const siteId = () => `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${published++}`;

function link(l: Layout, site: string, hooks: { midSwap?: () => void } = {}): void {
  rmSync(l.nextLink, { force: true });
  // Relative, so the checkout can be moved or mounted elsewhere.
  symlinkSync(relative(l.root, site), l.nextLink, process.platform === 'win32' ? 'junction' : 'dir');
  hooks.midSwap?.();
  renameSync(l.nextLink, l.dist);
}

/** The site folder `dist` points to, if it is one of ours. */
export function currentSite(l: Layout): string | undefined {
  if (kind(l.dist) !== 'link') return undefined;
  const target = join(l.root, readlinkSync(l.dist));
  return relative(l.sites, target) === basename(target) && existsSync(target) ? target : undefined;
}

function sitesOnDisk(l: Layout): string[] {
  return existsSync(l.sites)
    ? readdirSync(l.sites)
        .sort()
        .map((name) => join(l.sites, name))
    : [];
}

/** Removes every site folder but the published one. */
function prune(l: Layout): void {
  const keep = currentSite(l);
  for (const site of sitesOnDisk(l)) if (site !== keep) rmSync(site, { recursive: true, force: true });
}

/**
 * Run at the start of a build, holding the lock: finishes or undoes whatever
 * an interrupted build left, and turns a real `dist/` folder (from before
 * publishing by link) into a site folder. Returns what it did, for the log.
 */
export function recover(l: Layout): string[] {
  const done: string[] = [];
  if (kind(l.nextLink) !== 'missing') {
    rmSync(l.nextLink, { recursive: true, force: true });
    done.push('removed the link of a swap that was interrupted');
  }
  if (existsSync(l.staging)) {
    rmSync(l.staging, { recursive: true, force: true });
    done.push('removed the staging folder of an interrupted build');
  }
  const state = kind(l.dist);
  if (state === 'dir') {
    const site = join(l.sites, siteId());
    mkdirSync(l.sites, { recursive: true });
    renameSync(l.dist, site);
    link(l, site);
    done.push('moved the previous dist/ folder to .build/sites/ and linked it');
  } else if (state === 'missing' || (state === 'link' && !currentSite(l))) {
    // Killed while moving an old dist/ folder aside: the newest site folder is whole, so publish it.
    const newest = sitesOnDisk(l).at(-1);
    if (newest) {
      link(l, newest);
      done.push(`linked dist to ${relative(l.root, newest)}, the newest whole site`);
    }
  }
  const before = sitesOnDisk(l).length;
  prune(l);
  if (sitesOnDisk(l).length < before) done.push('removed site folders that were no longer published');
  return done;
}

/** Publishes the finished staging folder as `dist`, then removes the site it replaced. */
export function publish(l: Layout, hooks: { beforeSwap?: () => void; midSwap?: () => void } = {}): string {
  const site = join(l.sites, siteId());
  mkdirSync(l.sites, { recursive: true });
  renameSync(l.staging, site);
  hooks.beforeSwap?.();
  link(l, site, hooks);
  prune(l);
  return site;
}
