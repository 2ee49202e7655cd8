/** What the annotator looks for: every glossary term and entity name, with its guards. */

export interface Pattern {
  text: string;
  kind: 'term' | 'entity';
  id: string;
  /** Longer strings containing this text in which it must not be annotated (南岳 in 南岳衡山). */
  guards: string[];
  /**
   * Match only directly inside Chinese quotes (“135”): a term of digits and
   * symbols would otherwise match inside ordinary numbers (1350个, 1135万).
   */
  quotedOnly: boolean;
  /**
   * For a statistical indicator, the level of government whose figure it is:
   * a district report's 地区生产总值 is the district's, not the city's indicator.
   */
  level?: string;
}

/** The fields of a glossary record the annotator needs. */
export interface TermInput {
  id: string;
  term: string;
  variants: readonly string[];
}

/** The fields of a registry entity the annotator needs; `kind` and `scope` mark an indicator's level. */
export interface EntityInput {
  id: string;
  name: string;
  aliases: readonly string[];
  guards: readonly string[];
  kind?: string;
  scope?: string;
}

/** Printable ASCII except letters: digits and symbols only ("135", "1+2+3"), not "3+3+X". */
const DIGITS_AND_SYMBOLS = /^[!-@[-`{-~]+$/;

function pattern(text: string, kind: Pattern['kind'], id: string, guards: readonly string[], level?: string): Pattern {
  return { text, kind, id, guards: [...guards], quotedOnly: DIGITS_AND_SYMBOLS.test(text), ...(level ? { level } : {}) };
}

/** One pattern per term, variant, entity name and alias; an entity's guards apply to all its names. */
export function patternsFrom(glossary: readonly TermInput[], entities: readonly EntityInput[]): Pattern[] {
  return [
    ...glossary.flatMap((t) => [t.term, ...t.variants].map((text) => pattern(text, 'term', t.id, []))),
    ...entities.flatMap((e) => {
      const level = e.kind === '指标' ? e.scope : undefined;
      return [e.name, ...e.aliases].map((text) => pattern(text, 'entity', e.id, e.guards, level));
    }),
  ];
}
