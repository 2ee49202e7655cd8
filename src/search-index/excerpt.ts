/**
 * A result's excerpt: a window of the original text around the first match,
 * cut into plain and highlighted pieces (rendered as text and <mark>, never as
 * HTML, so no source text can become markup). Runs in the browser.
 */
export interface Piece {
  text: string;
  hit: boolean;
}

export function excerpt(text: string, highlights: string[], width = 90): Piece[] {
  const terms = highlights.filter(Boolean).sort((a, b) => b.length - a.length);
  const first = Math.min(...terms.map((t) => text.indexOf(t)).filter((i) => i >= 0), text.length);
  const start = first === text.length || first < width / 3 ? 0 : first - Math.floor(width / 3);
  const window = text.slice(start, start + width);
  const pieces: Piece[] = [];
  let plain = '';
  for (let i = 0; i < window.length;) {
    const term = terms.find((t) => window.startsWith(t, i));
    if (term) {
      if (plain) pieces.push({ text: plain, hit: false });
      plain = '';
      pieces.push({ text: term, hit: true });
      i += term.length;
    } else {
      plain += window[i];
      i += 1;
    }
  }
  if (plain) pieces.push({ text: plain, hit: false });
  if (start > 0) pieces.unshift({ text: '…', hit: false });
  if (start + width < text.length) pieces.push({ text: '…', hit: false });
  return pieces;
}
