/** What the annotator looks for: glossary terms and entity names, each with its guards. */

export interface Pattern {
  text: string;
  kind: 'term' | 'entity';
  id: string;
  /** Longer strings containing this text in which it must not be annotated (南岳 in 南岳衡山). */
  guards: string[];
  /**
   * Only inside Chinese quotes: terms made of digits and symbols ("135", "1+2+3")
   * would otherwise match inside ordinary numbers (1350个).
   */
  quotedOnly: boolean;
  /**
   * For a statistical indicator, the level of government whose figure it is:
   * a district report's 地区生产总值 is the district's, not the city's indicator.
   */
  level?: string;
}

const DIGITS_AND_SYMBOLS = /^[\d+\-.×*/]+$/;

export function patternsFrom(
  glossary: readonly { id: string; term: string; variants: readonly string[] }[],
  entities: readonly { id: string; name: string; kind: string; scope: string; aliases: readonly string[]; guards: readonly string[] }[],
): Pattern[] {
  const out: Pattern[] = [];
  for (const t of glossary) {
    for (const text of [t.term, ...t.variants]) out.push({ text, kind: 'term', id: t.id, guards: [], quotedOnly: DIGITS_AND_SYMBOLS.test(text) });
  }
  for (const e of entities) {
    const level = e.kind === '指标' ? e.scope : undefined;
    for (const text of [e.name, ...e.aliases]) out.push({ text, kind: 'entity', id: e.id, guards: [...e.guards], quotedOnly: DIGITS_AND_SYMBOLS.test(text), ...(level ? { level } : {}) });
  }
  return out;
}
