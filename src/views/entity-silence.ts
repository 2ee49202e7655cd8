/**
 * Where the sources fall silent on an entity: the latest document of a series
 * (the documents of one place, ordered by the years they look back on: a
 * district's reports are not the city's, another city's are neither) does not mention it although an earlier one did, e.g.
 * "2020年的解读未再提及". Only what the sources say or omit; the site does not
 * guess why.
 */
import type { DocumentMeta } from '../data/documents-schema.ts';

/** How a document kind is named in the sentence. */
const KIND_WORD: Record<string, string> = { 政府工作报告: '政府工作报告', 报告解读: '解读', 五年规划纲要: '规划纲要' };

/** The last year a document looks back on. */
function lastYear(d: DocumentMeta): number {
  return d.reviews.to;
}

/** A document's place as one comparable value: a registry id, or the name of a place outside it. */
const placeKey = (d: DocumentMeta) => JSON.stringify(d.place);

export function silenceNote(mentionedIn: ReadonlySet<string>, documents: readonly DocumentMeta[]): string | undefined {
  const notes: string[] = [];
  for (const place of new Set(documents.filter((d) => mentionedIn.has(d.slug)).map(placeKey))) {
    const series = documents.filter((d) => placeKey(d) === place).sort((a, b) => lastYear(a) - lastYear(b));
    const latest = series.at(-1)!;
    if (series.length < 2 || mentionedIn.has(latest.slug)) continue;
    notes.push(`${lastYear(latest)}年的${KIND_WORD[latest.kind] ?? latest.kind}未再提及`);
  }
  return notes.length ? notes.join('，') : undefined;
}
