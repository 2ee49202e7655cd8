/**
 * Reading the page's own URL without trusting it: a shared or hand-edited link
 * can carry any fragment (`#%`, `#%E4`, megabytes) and any `?hl=`, and a
 * decoding error must never stop the page's scripts. Runs in the browser.
 */

/** Longest fragment looked up as an id; the site's ids are a few dozen characters. */
const MAX_FRAGMENT = 200;
/** Highlight words taken from `?hl=`, and the characters kept of each: the search page sends at most 8 short ones. */
export const MAX_HIGHLIGHTS = 16;
export const MAX_HIGHLIGHT_CHARS = 100;

/** decodeURIComponent, or the text as it is where it is not valid percent-encoding. */
export function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The id a `#fragment` names (empty for none or one too long to be an id of ours). */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  return raw.length > MAX_FRAGMENT * 3 ? '' : decodeSafely(raw).slice(0, MAX_FRAGMENT);
}

/** The `hl` words of a query string, longest first, bounded in number and length. */
export function highlightTerms(search: string): string[] {
  const terms = new URLSearchParams(search)
    .getAll('hl')
    .slice(0, MAX_HIGHLIGHTS)
    .map((t) => [...t].slice(0, MAX_HIGHLIGHT_CHARS).join(''))
    .filter(Boolean);
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}
