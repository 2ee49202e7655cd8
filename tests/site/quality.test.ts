/**
 * Promises every page keeps: internal links resolve (also under a non-root base
 * path), no inline event handlers, and a Content-Security-Policy that allows
 * only our own code. (The console is checked on every page by the axe sweep;
 * that two builds are byte-identical, by tests/site/faults-build.test.ts.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/verify/links.ts';
import { tempProject } from '../../scripts/temp-project.ts';
import { files } from '../helpers/site-files.ts';

const pages = files('dist')
  .filter((f) => f.endsWith('.html'))
  .map((f) => relative('dist', f).replace(/index\.html$/, ''));

describe('site quality', () => {
  it('every internal href and #fragment resolves', () => {
    const { pages: count, links, broken } = checkLinks('dist');
    expect(count).toBeGreaterThanOrEqual(7);
    expect(links).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('notices a broken link or fragment', () => {
    const project = tempProject();
    project.write('dist/index.html', '<a href="/reports/x/">x</a><a href="#nowhere">y</a><a id="here" href="#here">z</a>');
    expect(checkLinks(`${project.dir}/dist`).broken.map((b) => b.reason)).toEqual(['no such file', 'no id "nowhere" on the target page']);
  });

  it('builds under a non-root base path with every link resolving', { timeout: 180_000 }, () => {
    const based = tempProject(true);
    const built = based.build({ HY_BASE: '/hengyang/' });
    expect(built.status, built.output).toBe(0);
    const { links, broken } = checkLinks(`${based.dir}/dist`, '/hengyang/');
    expect(links).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
    expect(based.read('dist/index.html')).toContain('href="/hengyang/reports/');
  });

  it('no page has inline event handlers, and every page carries a CSP allowing only its own scripts', () => {
    for (const page of pages) {
      const html = readFileSync(join('dist', page, page.endsWith('.html') ? '' : 'index.html'), 'utf8');
      expect(html, page).not.toMatch(/\son[a-z]+="/i);
      const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
      expect(csp, page).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
      // Every inline script runs only because the policy names its hash.
      for (const [, body] of html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)) {
        expect(csp, page).toContain(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
      }
    }
  });

  it("every page's icon is drawn without a font: an icon set as text made each page look a font up on its main thread", () => {
    const icons = new Set(
      pages.map(
        (page) =>
          readFileSync(join('dist', page, page.endsWith('.html') ? '' : 'index.html'), 'utf8').match(
            /<link rel="icon" href="\/([^"]+)"/,
          )?.[1],
      ),
    );
    expect([...icons]).toEqual(['favicon.svg']);
    const svg = readFileSync(join('dist', 'favicon.svg'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    expect(svg).toMatch(/<path [^>]*d="M/);
    expect(svg).not.toMatch(/<(text|tspan|textPath)\b|font-family/);
  });
});
