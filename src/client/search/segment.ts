/**
 * Cuts a typed query into the names the site knows (glossary terms, entity
 * names and aliases) and the text between them, longest name first from the
 * left: "怀邵衡铁路建成通车" -> ["怀邵衡铁路", "建成通车"]. Spaces and
 * punctuation the reader typed also cut. Runs in the browser.
 */
export function segmentQuery(query: string, words: ReadonlySet<string>, longest: number): string[] {
  const segments: string[] = [];
  // A decimal point is part of its number ("97.77"), not punctuation that cuts.
  const kept = query.normalize('NFKC').replace(/(\d)\.(?=\d)/g, '$1\u0000');
  for (const part of kept
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean)
    .map((p) => p.replaceAll('\u0000', '.'))) {
    const chars = [...part];
    let rest = '';
    for (let i = 0; i < chars.length;) {
      let hit = 0;
      for (let len = Math.min(longest, chars.length - i); len >= 2; len--) {
        if (words.has(chars.slice(i, i + len).join(''))) {
          hit = len;
          break;
        }
      }
      if (hit) {
        if (rest) segments.push(rest);
        rest = '';
        segments.push(chars.slice(i, i + hit).join(''));
        i += hit;
      } else {
        rest += chars[i];
        i += 1;
      }
    }
    if (rest) segments.push(rest);
  }
  return segments;
}
