/**
 * Every internal link in the built site resolves: the file exists, and a
 * #fragment names an id on the target page. Works under any base path.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

export function checkLinks(dist: string, base = '/'): { pages: number; links: number; broken: BrokenLink[] } {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decodeEntities(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  // The file a path names (its index.html for a folder), or null: looked up once per path, not once per link to it.
  const targets = new Map<string, string | null>();
  const resolveTarget = (pathname: string): string | null => {
    let target = targets.get(pathname);
    if (target !== undefined) return target;
    target = join(dist, decodeURIComponent(pathname.slice(base.length)));
    if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
    if (!existsSync(target)) target = null;
    targets.set(pathname, target);
    return target;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  const pages = htmlFiles(dist);
  for (const file of pages) {
    const pagePath = `${base}${relative(dist, file)
      .replace(/index\.html$/, '')
      .replace(/\\/g, '/')}`;
    const pageUrl = new URL(pagePath, 'http://site.invalid');
    for (const [, raw] of readFileSync(file, 'utf8').matchAll(ATTR)) {
      const href = decodeEntities(raw!);
      const url = new URL(href, pageUrl);
      if (url.origin !== pageUrl.origin || href.startsWith('data:')) continue;
      links++;
      const page = relative(dist, file);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href, reason: `outside the base path ${base}` });
        continue;
      }
      const target = resolveTarget(url.pathname);
      if (!target) {
        broken.push({ page, href, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
        broken.push({ page, href, reason: `no id "${fragment}" on the target page` });
    }
  }
  return { pages: pages.length, links, broken };
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
