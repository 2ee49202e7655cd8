/**
 * End-to-end tests drive Debian's Chromium through playwright-core (no browser
 * download). On a fresh machine it is installed here, with CJK fonts so
 * screenshots show Chinese text, and poppler-utils for the real-tool corpus.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch flags for tests, the bench and screenshots: nothing that phones home on this closed network. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** poppler's pdftotext, which the real-tool corpus (tests/corpus/) extracts Chromium's PDFs with. */
export const PDFTOTEXT = '/usr/bin/pdftotext';

/** What the set-up installs from Debian when one of the three is missing (the README says so). */
export const DEBIAN_PACKAGES = ['chromium', 'fonts-noto-cjk', 'poppler-utils'];

export function ensureChromium(): void {
  if (existsSync(CHROMIUM) && existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') && existsSync(PDFTOTEXT)) return;
  console.log(`Installing Debian packages ${DEBIAN_PACKAGES.join(', ')} for the browser and corpus tests…`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) =>
    execFileSync(sudo[0] ?? args[0]!, sudo.length ? args : args.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...DEBIAN_PACKAGES]);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is still missing at ${CHROMIUM}`);
}
