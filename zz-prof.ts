import { readFileSync } from 'node:fs';
import { decodeSource } from './src/conversion/decode.ts';
import { detectLayout, dropPageNumbers, reflow, splitLines } from './src/conversion/reflow.ts';
import { extract } from './tests/helpers/typeset.ts';
const s = '003_9e2a2ca4248f083e.txt';
const lines0 = splitLines(decodeSource(readFileSync(`content/sources/${s}`), s).text);
const paragraphs = reflow(dropPageNumbers(lines0, detectLayout(lines0)), detectLayout(lines0)).map((b) => b.text);
let tE = 0, tS = 0, tD = 0, tR = 0;
for (let w = 20; w < 46; w++) {
  let t = performance.now();
  const text = extract(paragraphs, { width: w, blankLines: w % 2 === 0, pageLines: 30, digitSpaces: true, halfWidth: false, indent: 'lost' });
  tE += performance.now() - t; t = performance.now();
  const lines = splitLines(text); tS += performance.now() - t; t = performance.now();
  const layout = detectLayout(lines); tD += performance.now() - t; t = performance.now();
  reflow(dropPageNumbers(lines, layout), layout); tR += performance.now() - t;
}
console.log({ tE, tS, tD, tR });
