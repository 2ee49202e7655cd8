/** What the annotator looks for: every glossary term and entity name, with its guards. */
import { kindIs } from '../data/entity-kinds.ts';
import type { PlaceRef } from '../data/place-schema.ts';

/**
 * Another entity a surface form means in some contexts: 南岳 is the district,
 * but the mountain in 立足南岳的品牌效应，支持申报世界自然文化遗产 and the
 * expressway in 衡邵、潭衡西、衡桂、南岳等5条高速公路.
 */
export interface Sense {
  /** The entity the form means when a cue is present. */
  entity: string;
  /** Words in the same sentence that select this sense. */
  sentence?: readonly string[] | undefined;
  /** The form is an item of an enumeration closed by one of these nouns (…、南岳等5条高速公路). */
  listOf?: readonly string[] | undefined;
  /** The form is an item of an enumeration (A、B、C) in which another item is a name of one of these entity kinds (石鼓书院、东洲岛、雁峰: 景区). */
  listWith?: readonly string[] | undefined;
}

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
   * For a statistical indicator, the place (行政区 id) whose figure it is: a
   * district report's 地区生产总值 is the district's, another city's is that
   * city's, and neither is the indicator of the city the registry measures.
   */
  place?: string;
  /** The entity's kind (铁路, 指标, 企业 …): context rules differ by kind. */
  entityKind?: string;
  /** The text names a part of the entity (怀邵衡铁路衡阳段), not all of it. */
  part?: true;
  /** Other entities this form means in given contexts, tried in order, each as the pattern a match then becomes. */
  senses?: readonly { when: Sense; pattern: Pattern }[];
}

/** The fields of a glossary record the annotator needs. */
export interface TermInput {
  id: string;
  term: string;
  variants: readonly string[];
}

/** The fields of a registry entity the annotator needs; `kind` and `place` mark whose figure an indicator is. */
export interface EntityInput {
  id: string;
  name: string;
  aliases: readonly string[];
  guards: readonly string[];
  kind?: string;
  place?: PlaceRef | undefined;
  /** Surface forms that name a part of the entity (its stretch in Hengyang, a phase). */
  parts?: readonly string[];
  /** Per surface form, the other entities it means in some contexts. */
  senses?: readonly (Sense & { forms: readonly string[] })[];
}

/** Printable ASCII except letters: digits and symbols only ("135", "1+2+3"), not "3+3+X". */
const DIGITS_AND_SYMBOLS = /^[!-@[-`{-~]+$/;

function pattern(
  text: string,
  kind: Pattern['kind'],
  id: string,
  guards: readonly string[],
  extra: { [K in keyof Pattern]?: Pattern[K] | undefined } = {},
): Pattern {
  const defined = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
  return { text, kind, id, guards: [...guards], quotedOnly: DIGITS_AND_SYMBOLS.test(text), ...defined };
}

/** One pattern per term, variant, entity name, alias and part; an entity's guards apply to all its names. */
export function patternsFrom(glossary: readonly TermInput[], entities: readonly EntityInput[]): Pattern[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  return [
    ...glossary.flatMap((t) => [t.term, ...t.variants].map((text) => pattern(text, 'term', t.id, []))),
    ...entities.flatMap((e) => {
      // An indicator links only in its place's documents; one of a place outside the registry in none of them.
      const place = (x: EntityInput) =>
        x.kind === undefined || !kindIs(x.kind, 'indicator') || x.place === undefined
          ? undefined
          : typeof x.place === 'string'
            ? x.place
            : `{outside: ${x.place.outside}}`;
      const sensesOf = (text: string) =>
        (e.senses ?? [])
          .filter((s) => s.forms.includes(text))
          .map(({ forms: _, ...when }) => {
            const other = byId.get(when.entity);
            if (!other) throw new Error(`entity "${e.id}": sense "${when.entity}" is not an entity`);
            return { when, pattern: pattern(text, 'entity', other.id, [], { place: place(other), entityKind: other.kind }) };
          });
      const of = (text: string, part?: true) =>
        pattern(text, 'entity', e.id, e.guards, { place: place(e), entityKind: e.kind, part, senses: sensesOf(text) });
      return [...[e.name, ...e.aliases].map((text) => of(text)), ...(e.parts ?? []).map((text) => of(text, true))];
    }),
  ];
}
