/**
 * Inline content of a block: `**bold**` spans from the source become strong
 * nodes (the asterisks are markup, not text); an unpaired `**` stays literal.
 * A paragraph's run-in lead phrase ("铁路。", "经济运行质量稳步提升。") is
 * made strong too, as these documents print it in bold.
 */
import type { PhrasingContent } from 'mdast';
import { DASH_ITEM, LEAD_PHRASE } from './line-shapes.ts';

export function parseBold(text: string): PhrasingContent[] {
  const parts = text.split('**');
  // An odd number of markers leaves one unpaired: keep the whole text literal.
  if (parts.length % 2 === 0) return [{ type: 'text', value: text }];
  const out: PhrasingContent[] = [];
  parts.forEach((part, i) => {
    if (part === '') return;
    out.push(i % 2 === 1 ? { type: 'strong', children: [{ type: 'text', value: part }] } : { type: 'text', value: part });
  });
  return out;
}

export function paragraphPhrasing(text: string): PhrasingContent[] {
  if (text.startsWith('**')) return parseBold(text);
  const dash = text.match(DASH_ITEM)?.[0] ?? '';
  const body = text.slice(dash.length);
  const lead = body.match(LEAD_PHRASE)?.[0];
  if (!lead || lead.includes('*') || lead.length === body.length) return parseBold(text);
  const out: PhrasingContent[] = [];
  if (dash) out.push({ type: 'text', value: dash });
  out.push({ type: 'strong', children: [{ type: 'text', value: lead }] });
  out.push(...parseBold(body.slice(lead.length)));
  return out;
}
