/** The site's address is configured once (HY_SITE_URL); a bad value stops the build with a sentence, none means no address. */
import { describe, expect, it } from 'vitest';
import { absoluteUrl, parseSiteUrl } from '../../src/core/site-url.ts';

describe('HY_SITE_URL', () => {
  it('unset or empty: no site URL, so no absolute links', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl('  ')).toBeUndefined();
    expect(absoluteUrl('/reports/x/', undefined)).toBeUndefined();
  });
  it('an origin makes site paths absolute; the base path stays HY_BASE’s', () => {
    const site = parseSiteUrl('https://example.org/');
    expect(absoluteUrl('/hengyang/reports/city-report-2019/', site)).toBe('https://example.org/hengyang/reports/city-report-2019/');
  });
  it.each([
    ['example.org', 'is not an absolute URL'],
    ['ftp://example.org', 'must start with https:// or http://'],
    ['https://example.org/?a=1', 'must not carry a query or fragment'],
    ['https://example.org/hengyang/', 'set the path "/hengyang/" as HY_BASE'],
  ])('%j stops the build: %s', (value, message) => {
    expect(() => parseSiteUrl(value)).toThrow(message);
  });
});
