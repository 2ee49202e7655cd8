/**
 * The bench's switch for what the parallels work costs a build (`npm run bench
 * -- --parallels-share`). A normal build never sets it; it exists so the same
 * corpus can be built three ways:
 * - HY_PARALLELS=off: nothing is detected and no compare page is made, so the
 *   report pages carry no markers, lists of parallels or compare links and the open data
 *   no parallels;
 * - HY_PARALLELS=no-compare: the detection and all it puts on report pages and
 *   in the open data, but no compare page (nor links to one);
 * - unset: everything.
 */
export const PARALLELS_SWITCH = 'HY_PARALLELS';

export type ParallelsLevel = 'off' | 'no-compare' | 'all';

export const PARALLELS_LEVELS: readonly ParallelsLevel[] = ['off', 'no-compare', 'all'];

function level(): ParallelsLevel {
  const value = process.env[PARALLELS_SWITCH];
  return value === 'off' || value === 'no-compare' ? value : 'all';
}

export const parallelsOn = (): boolean => level() !== 'off';

export const comparePagesOn = (): boolean => level() === 'all';
