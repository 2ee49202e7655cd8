/**
 * `npm run targets:candidates`: for every target, the figures the documents
 * report for its indicator that no target file records yet. Nothing here knows
 * a document: a figure is found by the indicator's names (the target's own
 * wording, and the names and aliases of the indicator entities it measures),
 * read with the tracker's figure parser, dated by its section's stance and
 * period (or a year written before it), scoped by the document's level and the
 * words before the name, and given a metric by the words before the figure.
 * Sections that review give figures; a section that plans, after a target's
 * deadline has passed, what the target should have finished gives that
 * remainder (`still_planned`). Each proposal says which rule gave what, with a
 * confidence; a person reviews it before it goes into content/targets/.
 *
 * Matching runs on each paragraph's reading (src/zh/reading.ts: a Traditional
 * text is read in Simplified forms, invisible format characters left out), and
 * every quote and offset is mapped back to the paragraph as written.
 *
 * Confidence is the product of documented features, none fitted to a figure:
 * how the indicator was named (an indicator entity's name or alias 0.9, the
 * target's wording 0.8, a related indicator 0.6, a shared run of characters
 * 0.35), then ×0.8 for a metric other than the target's, ×0.8 for a year taken
 * as the end of a multi-year section, ×0.8 for a unit other than the target's,
 * ×0.9 for a scope other than the target's. `DEFAULT_THRESHOLD` is the least
 * confidence the command lists without `--all`.
 */
import type { DocumentMeta } from '../data/documents-schema.ts';
import type { Entity } from '../data/entity-schema.ts';
import type { Comparator, Figure, Metric, Observation, Target } from '../data/target-schema.ts';
import type { IndexedParagraph } from '../index/paragraphs.ts';
import { coreWording } from '../tracker/indicator-link.ts';
import { type PlaceRef, samePlace, sameScope } from '../data/place-schema.ts';
import { kindIs } from '../data/entity-kinds.ts';
import { parseFigures } from '../tracker/parse-figures.ts';
import { accumulates } from '../tracker/status.ts';
import { CLAUSE_END_MARKS, LIST_MARK } from '../zh/chars.ts';
import { isDenominator } from '../zh/compounds.ts';
import { sentencesOf } from '../zh/sentences.ts';
import { type Reading } from '../zh/reading.ts';
import { detectScript, readingFor } from '../core/script.ts';
import { baseUnit, unitOf } from '../zh/units.ts';

/**
 * The least confidence `npm run targets:candidates` lists by default. Only one kind of proposal falls below it:
 * a name found as a shared run of characters (0.35) whose metric, unit and year all had to be guessed (× 0.8 each: 0.18).
 */
export const DEFAULT_THRESHOLD = 0.2;

export interface Proposal {
  target_id: string;
  /** Set when the figure is of a related indicator, not the target's own. */
  indicator?: string;
  doc: string;
  paragraph: string;
  year: number;
  value: Figure;
  unit: string | null;
  metric: Metric;
  place: PlaceRef;
  /** The part of the place the words before the figure name (市城区, a company). */
  qualifier?: string;
  /** A later plan still sets, after the target's deadline, what the target should have finished (力争3.96万贫困人口脱贫). */
  still_planned?: true;
  /** Where the quote bounds the figure (突破1600亿元 is ">"), as an observation records it. */
  comparator?: Observation['comparator'];
  /** Verbatim from the paragraph as written. */
  quote: string;
  /** The figure as written and its UTF-16 offsets [start, end) in the paragraph's text as written. */
  figure: { text: string; start: number; end: number };
  confidence: number;
  reason: string;
}

export interface CandidateSources {
  targets: Target[];
  documents: DocumentMeta[];
  paragraphs: IndexedParagraph[];
  entities: Entity[];
}

interface Name {
  text: string;
  /** Why this string names the indicator. */
  how: string;
  weight: number;
  /** The related indicator it names, which the observation then records. */
  indicator?: string;
}

/** A share of two words with the target's wording shorter than this says nothing (增长, 总额). */
const MIN_SHARED = 3;
const GROWTH_BEFORE = /(增长|增速为?|增幅为?|同比增|增|下降|减少)$/u;
/** Within a sentence: its clause ends, the enumeration comma and an ASCII colon. */
const CLAUSE_BREAKS = [...CLAUSE_END_MARKS, LIST_MARK, ':'];

function namesOf(t: Target, entities: Entity[]): Name[] {
  const names: Name[] = [];
  for (const entity of entities.filter((e) => e.id === t.indicator)) {
    for (const n of [entity.name, ...entity.aliases])
      names.push({ text: n, how: `指标“${entity.name}”（${entity.id}）的${n === entity.name ? '名称' : '别名'}“${n}”`, weight: 0.9 });
  }
  const core = coreWording(t.name);
  if (core.length >= 2 && !names.some((n) => n.text === core)) names.push({ text: core, how: `目标措辞“${core}”`, weight: 0.8 });
  for (const entity of entities.filter((e) => t.related_indicators.includes(e.id))) {
    for (const n of [entity.name, ...entity.aliases])
      names.push({
        text: n,
        how: `相关指标“${entity.name}”（${entity.id}）的${n === entity.name ? '名称' : '别名'}“${n}”`,
        weight: 0.6,
        indicator: entity.name,
      });
  }
  return names;
}

/** Every run of three characters in a text: a quick test for a shared run before looking for the longest. */
function trigrams(text: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + MIN_SHARED <= text.length; i++) found.add(text.slice(i, i + MIN_SHARED));
  return found;
}

/** The longest run of characters two strings share. */
function longestShared(a: string, b: string): string {
  let best = '';
  for (let i = 0; i < a.length; i++) {
    for (let j = i + best.length + 1; j <= a.length; j++) {
      if (b.includes(a.slice(i, j))) best = a.slice(i, j);
      else break;
    }
  }
  return best;
}

/** The unit without its multiplier: 万套 → 套, 亿元 → 元; 名 counts people as 人 does. */
const family = (unit: string) => baseUnit(unit).replace(/^名$/u, '人');

/**
 * Whether a figure can be one of the target's indicator: its unit (any multiplier), a
 * ratio for a ratio, and for a rate in % the same kind (a growth for a growth target,
 * a level for a level). A quantity's growth in % is a figure of it too, of another metric.
 */
function compatible(t: Target, value: Figure, unit: string | undefined, related: boolean, growth: boolean): boolean {
  // A related indicator has units of its own (贫困发生率 in % for a 脱贫 deadline); a year is never its figure.
  if (related) return !!unit && !(unit === '年' && typeof value === 'number' && value > 1900);
  if (t.unit === '比例') return typeof value === 'string';
  if (typeof value === 'string' || !unit) return false;
  if (t.unit === '年') return unit === '年' && value < 100;
  const wantsGrowth = t.metric === 'growth' || t.metric === 'average-growth';
  if (t.unit === '%') return unit === '%' && growth === wantsGrowth;
  if (unit === '%') return growth;
  return family(unit) === family(t.unit) || t.unit.startsWith(unit);
}

/** Measure words many indicators end in: a share of only these says nothing about which indicator. */
const GENERIC = /(覆盖率|普及率|达标率|处理率|利用率|增加值|总收入|比重|面积|总额|以上|率|数)$/u;

export function metricOf(value: Figure, unit: string | undefined, before: string, window: string): { metric: Metric; why: string } {
  if (typeof value === 'string') return { metric: 'ratio', why: '三项比例' };
  if (/年均(增长|增速|提高)?$/u.test(before)) return { metric: 'average-growth', why: '数字前为“年均”' };
  if (unit === '%' && GROWTH_BEFORE.test(before)) return { metric: 'growth', why: '数字前为“增长”等' };
  if (/累计/u.test(window)) return { metric: 'cumulative', why: '句中有“累计”' };
  if (unit && unitOf(unit)?.kind === 'count') return { metric: 'count', why: `计数单位“${unit}”` };
  return { metric: 'level', why: unit === '%' ? '比重或比率' : '水平值' };
}

/** The year a figure refers to: one written before it in the sentence, else its section's period. */
function yearOf(sentenceBefore: string, p: IndexedParagraph): { year: number; why: string; sure: boolean } | undefined {
  // "比2015年增长" compares with a year; "2018年以前" is a deadline.
  // "（2006-2020年）" is a span, not the figure's year.
  const written = [...sentenceBefore.matchAll(/(?<![比较与同\-—－~至])((?:19|20)\d{2})年(?!以前|前|底前|以来)/gu)].at(-1);
  if (written) return { year: Number(written[1]), why: `句中写明${written[1]}年`, sure: true };
  const period = p.section.period;
  if (!period) return undefined;
  if (period.from === period.to) return { year: period.to, why: `所在部分回顾${period.to}年`, sure: true };
  return { year: period.to, why: `所在部分回顾${period.from}—${period.to}年，取期末`, sure: false };
}

interface Scope {
  place: PlaceRef;
  qualifier?: string;
  why: string;
}

/** Districts, counties and county-level cities (not towns), and companies: the scopes a figure can be narrowed to. */
export function scopeSubjects(entities: Entity[]): Entity[] {
  return entities.filter((e) => (e.kind === '行政区' && /[区县市]$/u.test(e.name)) || e.kind === '企业');
}

/** A figure is of the document's place, narrowed by a district, county, company or 城区 written before it in a city's document. */
export function scopeOf(doc: DocumentMeta, lead: string, subjects: Entity[]): Scope {
  if (doc.level !== '市') return { place: doc.place, why: `文件为${doc.level}级（${doc.issuer}）` };
  const named = subjects
    .flatMap((e) => [e.name, ...e.aliases].map((n) => ({ e, n, at: lead.lastIndexOf(n) })))
    .filter((x) => x.at >= 0)
    .sort((a, b) => b.at - a.at || b.n.length - a.n.length)[0];
  const why = `数字前写“${named?.n}”`;
  if (named) return kindIs(named.e.kind, 'place') ? { place: named.e.id, why } : { place: doc.place, qualifier: named.e.name, why };
  if (/中心城区/u.test(lead)) return { place: doc.place, qualifier: '中心城区', why: '数字前写“中心城区”' };
  if (/(市城区|城区|市区)/u.test(lead)) return { place: doc.place, qualifier: '市城区', why: '数字前写“城区”' };
  return { place: doc.place, why: '市级文件，数字前未限定范围' };
}

interface Occurrence {
  start: number;
  end: number;
  name: Name;
}

/** Where a target's names occur in a sentence, skipping those inside another indicator's longer name or a guard. */
function occurrences(sentence: string, names: Name[], others: { text: string; guard: boolean }[]): Occurrence[] {
  const found: Occurrence[] = [];
  for (const name of names) {
    for (let at = sentence.indexOf(name.text); at >= 0; at = sentence.indexOf(name.text, at + 1)) {
      const end = at + name.text.length;
      // "占GDP比重", "万元GDP用水量": the indicator is the denominator of another one.
      if (isDenominator(sentence, at, end)) continue;
      const inside = others.some((o) => {
        if (o.text.length <= name.text.length || !o.text.includes(name.text)) return false;
        for (let s = sentence.indexOf(o.text); s >= 0; s = sentence.indexOf(o.text, s + 1))
          if (s <= at && s + o.text.length >= end) return true;
        return false;
      });
      if (!inside && !found.some((f) => f.start <= at && f.end >= end)) found.push({ start: at, end, name });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Figures of a text with their offsets in the sentence. */
function figuresIn(text: string, offset: number) {
  return parseFigures(text).map((f) => ({ ...f, start: offset + f.start, end: offset + f.end }));
}

/** The bound a quote writes on a reported figure, as an observation records it. */
function boundOf(bound: Comparator | undefined): Observation['comparator'] {
  return bound === '=' || bound === 'by' ? undefined : bound;
}

/** Words before a figure that make it a wider place's (全省, 全国), not the document's. */
const WIDER_PLACE = /全省|全国|全球/u;

interface ReadParagraph {
  p: IndexedParagraph;
  reading: Reading;
  /** The reading's sentences and where each starts in it. */
  sentences: { text: string; from: number; trigrams: Set<string> }[];
}

/** A paragraph's reading cut into sentences, each with its offset (sentencesOf drops one end mark between sentences). */
function readParagraph(p: IndexedParagraph, script: ReturnType<typeof detectScript>): ReadParagraph {
  const reading = readingFor(p.text, script);
  let from = 0;
  const sentences = sentencesOf(reading.text).map((text) => {
    const sentence = { text, from, trigrams: trigrams(text) };
    from += text.length + 1;
    return sentence;
  });
  return { p, reading, sentences };
}

/** Proposals for every target; figures a target already records (plan, baseline, observations) or has turned down (`rejected`) are left out. */
export function proposeFigures({ targets, documents, paragraphs, entities }: CandidateSources): Proposal[] {
  const docs = new Map(documents.map((d) => [d.slug, d]));
  const indicatorNames = entities
    .filter((e) => kindIs(e.kind, 'indicator'))
    .flatMap((e) => [
      ...[e.name, ...e.aliases].map((text) => ({ text, guard: false, id: e.id })),
      ...e.guards.map((text) => ({ text, guard: true, id: e.id })),
    ]);
  const subjects = scopeSubjects(entities);
  // A document of a place outside the registry counts for nothing of a registered place's targets.
  const registered = new Set(documents.filter((d) => typeof d.place === 'string').map((d) => d.slug));
  // The registry's places are the city of its city-level documents and the districts and counties in it:
  // a target of the city may record a district's figure (shown apart), a district's target only its own.
  const cities = new Set(documents.filter((d) => d.level === '市' && typeof d.place === 'string').map((d) => d.place as string));
  const placeFits = (target: PlaceRef, figure: PlaceRef) =>
    samePlace(target, figure) || (typeof target === 'string' && cities.has(target) && typeof figure === 'string');
  const scripts = new Map(
    documents.map((d) => [
      d.slug,
      detectScript(
        paragraphs
          .filter((p) => p.doc === d.slug)
          .map((p) => p.text)
          .join(''),
      ),
    ]),
  );
  const readable = paragraphs
    .filter((p) => !p.heading && (p.section.stance === 'review' || p.section.stance === 'plan') && registered.has(p.doc))
    .map((p) => readParagraph(p, scripts.get(p.doc)!));
  const paragraphOfQuote = (doc: string, quote: string) => paragraphs.find((p) => p.doc === doc && p.text.includes(quote))?.id;
  const proposals: Proposal[] = [];

  for (const t of targets) {
    const names = namesOf(t, entities).filter((n) => t.metric !== 'deadline' || n.indicator);
    const own = new Set(t.indicator ? [t.indicator] : []);
    const others = indicatorNames.filter((n) => !own.has(n.id) || n.guard);
    const core = coreWording(t.name);
    const planDoc = docs.get(t.plan.doc);
    const from = planDoc?.plans?.from ?? t.year;
    const recorded = new Set(
      [t.plan, ...t.restated, ...(t.baseline ? [t.baseline] : []), ...t.observations].map(
        (c) => `${c.doc}|${paragraphOfQuote(c.doc, c.quote)}|${'value' in c ? String(c.value) : ''}`,
      ),
    );
    const best = new Map<string, Proposal>();

    const coreTrigrams = [...trigrams(core)];
    for (const { p, reading, sentences } of readable) {
      // A plan answers a target only when it still plans, after a passed deadline, what the target should have finished.
      const remainder = p.section.stance === 'plan';
      if (remainder && !(t.metric === 'deadline' && (p.section.period?.from ?? 0) > t.year)) continue;
      const doc = docs.get(p.doc)!;
      for (const { text: sentence, from: sentenceFrom, trigrams: present } of sentences) {
        // A remainder is the target's own task, so in its words, not a related indicator's (贫困发生率 is no task left).
        let found = remainder ? [] : occurrences(sentence, names, others);
        if (found.length === 0 && coreTrigrams.some((g) => present.has(g))) {
          // No name: a run of at least three characters shared with the target's wording (棚户区 in 城镇棚户区住房改造).
          const shared = longestShared(core, sentence);
          const at = sentence.indexOf(shared);
          // 总收入 inside 财政总收入 is another indicator, not a loose form of 旅游总收入.
          const insideOther = others.some(
            (o) =>
              !o.guard &&
              o.text.includes(shared) &&
              sentence.includes(o.text) &&
              sentence.indexOf(o.text) <= at &&
              sentence.indexOf(o.text) + o.text.length >= at + shared.length,
          );
          // A share (X占Y比重) is told apart by its X: the shared run must hold all of it.
          const subject = core.includes('占') ? core.slice(0, core.indexOf('占')) : '';
          if (
            shared.length >= MIN_SHARED &&
            shared.replace(GENERIC, '').length >= 2 &&
            !/^\d/u.test(shared) &&
            !insideOther &&
            shared.includes(subject)
          ) {
            found = [
              { start: at, end: at + shared.length, name: { text: shared, how: `与目标措辞“${core}”共有“${shared}”`, weight: 0.35 } },
            ];
          }
        }
        for (const occ of found) {
          // The name's clause and the two after it ("财政总收入完成27.83亿元，同比增收3.99亿元，增长16.74%"), up to the next other indicator name.
          const clauseStart = Math.max(...CLAUSE_BREAKS.map((c) => sentence.lastIndexOf(c, occ.start - 1))) + 1;
          const breaks = [...sentence.slice(occ.end).matchAll(/，/gu)].map((m) => occ.end + m.index);
          const nextOther = Math.min(
            ...others
              .filter((o) => !o.guard)
              .map((o) => sentence.indexOf(o.text, occ.end))
              .filter((i) => i >= 0),
            ...found.filter((o) => o.start >= occ.end).map((o) => o.start),
            sentence.length,
          );
          const windowEnd = Math.min(breaks[2] ?? sentence.length, nextOther);
          const related = !!occ.name.indicator;
          const listed = respectively(sentence, occ);
          // The words before a figure; for one listed after 分别, the words after 分别 ("分别增长13.2%、11.2%").
          const leadOf = (f: { start: number }) =>
            listed && f.start > listed.at
              ? `${sentence.slice(clauseStart, listed.at + 2)}${listed.lead}`
              : sentence.slice(clauseStart, f.start);
          const isGrowth = (f: { start: number; unit: string | undefined }) => f.unit === '%' && GROWTH_BEFORE.test(leadOf(f));
          // What is left of a deadline's task is counted: in a count unit (户, 个) or a multiplier before what it counts (3.96万贫困人口).
          const counted = (unit: string | undefined) => ['count', 'multiplier'].includes((unit && unitOf(unit)?.kind) || '');
          const usable = (list: ReturnType<typeof figuresIn>) =>
            list.filter((f) => (remainder ? counted(f.unit) : compatible(t, f.value, f.unit, related, isGrowth(f))));
          // A list item's figures after 分别 are its own only where the list aligns; otherwise none of them is proposed.
          const after = usable(figuresIn(sentence.slice(occ.end, windowEnd), occ.end)).filter(
            (f) => !listed || f.start < listed.at || f === listed.figure,
          );
          const before = usable(figuresIn(sentence.slice(clauseStart, occ.start), clauseStart).reverse());
          const ownUnit = (f: { unit: string | undefined }) => f.unit !== '%' || t.unit === '%';
          const inList = listed?.figure && usable([listed.figure]).length ? listed.figure : undefined;
          // A quantity's own figure ("接待游客7016.2万人次") and its growth in % ("分别增长13.2%、11.2%" by its place in the list);
          // a rate or a ratio has one figure.
          const own =
            after.find((f) => ownUnit(f) && (!listed || f.start < listed.at)) ??
            (inList && ownUnit(inList) ? inList : undefined) ??
            after.find(ownUnit) ??
            before.find(ownUnit);
          const growth = t.unit === '%' || related ? undefined : inList && !ownUnit(inList) ? inList : after.find((f) => !ownUnit(f));
          const picks =
            own || growth ? [own, growth].filter((f) => f !== undefined) : [after[0] ?? before[0]].filter((f) => f !== undefined);
          for (const figure of picks) {
            const year = yearOf(sentence.slice(0, figure.start), p);
            // A later year's growth does not answer a growth target; a later level still shows where things stand.
            if (!year || year.year < from || (year.year > t.year && !accumulates(t.metric) && !remainder)) continue;
            // The words before the name, and those before the figure in its own clause when it stands in a later one
            // ("森林覆盖率达48.2%，其中市城区达50%").
            const figureClause = Math.max(...CLAUSE_BREAKS.map((c) => sentence.lastIndexOf(c, figure.start - 1))) + 1;
            const lead =
              sentence.slice(clauseStart, occ.start) + (figureClause > occ.end ? sentence.slice(figureClause, figure.start) : '');
            if (WIDER_PLACE.test(sentence.slice(clauseStart, figure.start))) continue;
            const scope = scopeOf(doc, lead, subjects);
            if (!placeFits(t.place, scope.place)) continue;
            const read = metricOf(figure.value, figure.unit, leadOf(figure), sentence.slice(clauseStart, figure.end));
            // A plain quantity is whatever the target calls it (a level or a count); only against a multi-year total does a single year's count differ.
            const plain = (m: Metric) => m === 'level' || m === 'count';
            const metric = remainder ? 'count' : plain(read.metric) && plain(t.metric) ? t.metric : read.metric;
            const metricWhy = read.why;
            // A figure before the name ("12429套棚户区改造稳步实施") is quoted to the end of the name's clause.
            const clauseEnd = Math.min(...['，', '、'].map((c) => sentence.indexOf(c, occ.end)).filter((i) => i >= 0), sentence.length);
            // Offsets in the reading, then in the paragraph as written.
            const written = (start: number, end: number) => reading.span(sentenceFrom + start, sentenceFrom + end);
            const [quoteStart, quoteEnd] = written(Math.min(clauseStart, figure.start), figure.end > occ.start ? figure.end : clauseEnd);
            const [sentenceStart, sentenceEnd] = written(0, sentence.length);
            const quote = quoteFor(p.text.slice(quoteStart, quoteEnd), p.text.slice(sentenceStart, sentenceEnd), p, paragraphs);
            const key = `${p.doc}|${p.id}|${figure.value}`;
            if (recorded.has(key) || t.rejected.some((r) => r.doc === p.doc && r.quote === quote)) continue;
            const [figureStart, figureEnd] = written(figure.start, figure.end);
            const unit = figure.unit && figure.unit !== t.unit ? figure.unit : null;
            let confidence = occ.name.weight;
            if (metric !== t.metric) confidence *= 0.8;
            if (!year.sure) confidence *= 0.8;
            if (unit) confidence *= 0.8;
            if (!sameScope(scope, t)) confidence *= 0.9;
            const comparator = boundOf(figure.bound);
            const proposal: Proposal = {
              target_id: t.id,
              ...(occ.name.indicator ? { indicator: occ.name.indicator } : {}),
              doc: p.doc,
              paragraph: p.id,
              year: year.year,
              value: figure.value,
              unit,
              metric,
              place: scope.place,
              ...(scope.qualifier ? { qualifier: scope.qualifier } : {}),
              ...(comparator ? { comparator } : {}),
              ...(remainder ? { still_planned: true as const } : {}),
              quote,
              figure: { text: p.text.slice(figureStart, figureEnd), start: figureStart, end: figureEnd },
              confidence: Math.round(confidence * 100) / 100,
              reason: `${occ.name.how}；${listed?.figure && figure === listed.figure ? '“分别”后按列举顺序取数；' : ''}${year.why}；${scope.why}；${metricWhy}`,
            };
            const seen = best.get(key);
            if (!seen || seen.confidence < proposal.confidence) best.set(key, proposal);
          }
        }
      }
    }
    proposals.push(...best.values());
  }
  return proposals;
}

/**
 * A list before 分别 and the figures after it, matched item by item:
 * "游客接待量、旅游总收入分别增长8%、7%" (items joined by 、) and
 * "接待游客7016.2万人次，实现旅游总收入630.3亿元，分别增长13.2%、11.2%" (items
 * that are clauses, each with a figure of its own). The name's figure is the one
 * at its item's place when the items and the figures are as many; when they are
 * not (a figure lost or garbled, 婴儿死亡率、孕产妇死亡率分别降至5‰) `figure` is
 * undefined and no figure after 分别 is the name's. Undefined when the name is
 * not an item of a list before 分别.
 */
function respectively(sentence: string, occ: Occurrence) {
  const at = sentence.indexOf('分别', occ.end);
  if (at < 0) return undefined;
  const tail = sentence.slice(at + 2);
  const figures = figuresIn(tail.split('，')[0]!, at + 2);
  if (figures.length === 0) return undefined;
  const lead = tail.slice(0, figures[0]!.start - at - 2);
  const head = sentence.slice(0, at).replace(/[、，]$/u, '');
  const clauseStart = head.lastIndexOf('，') + 1;
  const joined = head.slice(clauseStart);
  let starts: number[];
  if (joined.includes(LIST_MARK)) {
    starts = [clauseStart, ...[...joined.matchAll(/、/gu)].map((m) => clauseStart + m.index + 1)];
  } else {
    // Clauses as items: as many as the figures, counted back from 分别, each with a figure that is not a year.
    const clauseStarts = [0, ...[...head.matchAll(/，/gu)].map((m) => m.index + 1)];
    starts = clauseStarts.slice(-figures.length);
    const items = starts.map((s0, i) => head.slice(s0, starts[i + 1] ?? head.length));
    if (starts.length < figures.length || !items.every((item) => figuresIn(item, 0).some((f) => f.unit !== '年'))) starts = [];
  }
  // The name is not in the list: the 分别 is of other items.
  if (starts.length > 0 && occ.start < starts[0]!) return undefined;
  const aligned = starts.length === figures.length;
  const index = starts.filter((s0) => s0 <= occ.start).length - 1;
  return { figure: aligned && index >= 0 ? figures[index] : undefined, at, lead };
}

/** A verbatim quote from the name's clause to the figure, lengthened to the sentence when the short one occurs elsewhere in the document. */
function quoteFor(short: string, sentence: string, p: IndexedParagraph, paragraphs: IndexedParagraph[]): string {
  const unique = (q: string) =>
    paragraphs.filter((x) => x.doc === p.doc && x.text.includes(q)).length === 1 && p.text.indexOf(q) === p.text.lastIndexOf(q);
  return unique(short) ? short : sentence;
}
