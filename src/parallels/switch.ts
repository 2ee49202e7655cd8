/**
 * The bench's switch for what the parallels work costs a build (`npm run bench
 * -- --parallels-share`): with HY_PARALLELS=off the parallels stage detects
 * nothing and no compare page is made, so the report pages carry no markers,
 * end lists or compare links and the open data no parallels. A normal build
 * never sets it; it exists so the same corpus can be built with and without.
 */
export const PARALLELS_SWITCH = 'HY_PARALLELS';

export const parallelsOn = (): boolean => process.env[PARALLELS_SWITCH] !== 'off';
