/**
 * `npm run targets:extract`: the targets a plan or report sets, proposed from
 * its text alone. Every figure of a section that plans (its stance, from
 * src/index/stance.ts) is read by the tracker's figure parser, with the
 * comparator its wording states; figures that look back (a year before the
 * period, 由…提高到 …) or name something (a year, a project's investment) are
 * left out. The year is the one written before the figure, else the end of the
 * period the section plans; the place is the document's, narrowed by a
 * district, county or company written before the figure; the indicator is an
 * indicator entity's id where one is named in the clause, else the clause's
 * words. Nothing here reads content/targets/: the test hides nothing by
 * construction and measures what the text alone gives. A person reviews each
 * proposal before it goes into content/targets/.
 */
import type { DocumentMeta } from '../data/documents-schema.ts';
import type { Entity } from '../data/entity-schema.ts';
import { kindIs } from '../data/entity-kinds.ts';
import type { PlaceRef } from '../data/place-schema.ts';
import type { Comparator, Figure, Metric } from '../data/target-schema.ts';
import type { IndexedParagraph } from '../index/paragraphs.ts';
import { type ParsedFigure, parseFigures } from '../tracker/parse-figures.ts';
import { CLAUSE_END_MARKS } from '../zh/chars.ts';
import { isDenominator } from '../zh/compounds.ts';
import { sentencesWithMarks } from '../zh/sentences.ts';
import { unitOf } from '../zh/units.ts';
import { metricOf, scopeOf, scopeSubjects } from './targets.ts';

/** One proposed target, in the shape `--json` prints and the review page reads. */
export interface ProposedTarget {
  doc: string;
  /** The paragraph's anchor id on the document's page. */
  paragraph: string;
  /** An indicator entity's id where the clause names one, else the clause's own words. */
  indicator: string;
  /** Whether `indicator` is an id of content/entities/ (kind 指标). */
  indicator_known: boolean;
  comparator: Comparator;
  value: Figure;
  unit: string | null;
  year: number;
  metric: Metric;
  place: PlaceRef;
  qualifier?: string;
  /** Verbatim from the paragraph: the figure's clause up to the figure and the words that qualify it. */
  quote: string;
}

export interface ExtractRegistries {
  entities: Entity[];
}

/** Words that make a whole clause an aim without a comparator of their own (力争增长10%, 至少建设1所): at least the figure. */
const STRIVE = /(力争|确保|争取|至少)/u;
/** A fall a plan sets (累计降低17%) is a fall of at least that much. */
const FALL = /(降低|下降|减少)$/u;
/** A share of things that reach a standard (90%的义务教育学校达到标准化学校要求): at least that share. */
const SHARE_REACHING = /^的[^，。；、]{0,20}?(达到|达)/u;
/** A list item with a verb of its own (超过1700亿元、年均增长12%) does not take the comparator of the item before it. */
const OWN_VERB = /(增长|提高|提升|降低|下降|减少|达到|达|超过|突破|控制|拥有|实现|完成|建设|新增|保持|稳定)/u;
/** Every year (每年选派300人): a yearly amount, which a plan of several years does not date to its last. */
const YEARLY = /每年/u;
/** Words right before a figure that make it a starting point, a past level or what is acted on, not a target (由15%提高到20%, 比上年, 对7个县). */
const LOOKS_BACK = /(由|从|比|较|已|已经|去年|上年|现有|目前|其中|对)$/u;
/** A figure that names a project's size or an event's number, not an aim: 总投资50亿元, 年产5万吨, 第十届. */
const NAMES_SIZE = /(总投资|投资额|估算|规模为|年产|日产|年处理|日处理|第)$/u;
/** After a figure: it is a class or an anniversary (2000吨级, 500千伏, 70周年, 十八届三中全会), or one end of a range or rate (1-2个, 18/10万). */
const NAMES_AFTER = /^(级|伏|年|届)/u;
const RANGE_OR_RATE_BEFORE = /[0-9０-９][-－—~～/]$/u;
/** A year written before a figure: 到2020年, 2019年; not one compared with (比2015年, 在2010年基础上), a span's start (2016—2020年) or a deadline (2018年以前). */
const WRITTEN_YEAR = /(?<![比较与同\-—－~至])((?:19|20)\d{2})年(?!以来|以前|之前|前|底前|的?基础)/gu;
/** Five years written in the clause (力争五年内, 今后五年): the document's whole plan period, whatever part of it the section opens with. */
const FIVE_YEARS = /(五年内|今后五年|五年完成|五年累计)/u;
/** Brackets hold a price basis or a gloss (按2015年可比价计算), never the figure's year. */
const BRACKETED = /（[^）]*）|\([^)]*\)/gu;
/** The words after a year that make it a deadline: 2018年以前实现…, 力争2017年成功创建…, 2020年前，通过…. */
const DEADLINE_LEAD = /^(以前|之前|前|底前|底)?[，,]?(基本|成功|全面)*/u;
const DEADLINE_VERB = /^(实现|完成|建成|创建|通过)/u;

function clauseStartBefore(sentence: string, index: number): number {
  return Math.max(...[...CLAUSE_END_MARKS].map((c) => sentence.lastIndexOf(c, index - 1))) + 1;
}

/** The words of the clause that name what a figure measures, without the year and verbs around them. */
function wordsOf(lead: string): string {
  return lead
    .replace(/^(到|至|在)?((?:19|20)\d{2})年(前|底|末)?[，,]?/u, '')
    .replace(/^(“十[一二三四五六七八九]五”(期间|时期|末)?|今后五年|全市|全区|全县)+/u, '')
    .replace(/(力争|确保|争取|稳定在|保持在|分别|年均|累计|均|要|将|基本)+/gu, '')
    .replace(
      /(增长|提高到|提高至|提高|达到|达|超过|突破|控制在|不低于|不少于|不超过|降到|降至|降低到|下降|减少|新增|增加到|增加|实现|完成|为)+$/u,
      '',
    )
    .trim();
}

interface IndicatorName {
  text: string;
  id: string;
}

/** The last indicator named in the lead, not inside a longer indicator name nor as another measure's denominator. */
function indicatorIn(lead: string, names: IndicatorName[]): string | undefined {
  const found = names
    .flatMap((n) => {
      const at = lead.lastIndexOf(n.text);
      return at >= 0 && !isDenominator(lead, at, at + n.text.length) ? [{ ...n, at, end: at + n.text.length }] : [];
    })
    .filter((n, _, all) => !all.some((o) => o !== n && o.at <= n.at && o.end >= n.end && o.text.length > n.text.length));
  return found.sort((a, b) => b.end - a.end || b.text.length - a.text.length)[0]?.id;
}

/** A year the sentence writes before a figure, if any. */
function writtenYear(before: string): number | undefined {
  const year = [...before.replace(BRACKETED, '').matchAll(WRITTEN_YEAR)].at(-1)?.[1];
  return year === undefined ? undefined : Number(year);
}

function isYear(f: ParsedFigure): boolean {
  return f.unit === '年' && typeof f.value === 'number' && f.value >= 1900 && f.value <= 2100 && Number.isInteger(f.value);
}

type Deadline = Omit<ProposedTarget, 'doc' | 'paragraph' | 'place'>;

/**
 * A year within the period followed by what is to be done by then (2018年以前实现贫困人口整体脱贫,
 * 到2020年，全面实现农村所有居民饮水安全): a deadline, unless the words up to the next year hold
 * figures, which are then the aims the year dates.
 */
function deadlineAt(sentence: string, f: ParsedFigure, figures: ParsedFigure[], clauseStart: number, from: number): Deadline | undefined {
  const year = f.value as number;
  const rest = sentence.slice(f.end);
  const lead = rest.match(DEADLINE_LEAD)![0];
  if (year < from || !DEADLINE_VERB.test(rest.slice(lead.length))) return undefined;
  const next = figures.find((g) => g.start >= f.end && isYear(g));
  const reach = next ? next.start : sentence.length;
  if (figures.some((g) => g.start >= f.end && g.start < reach && !isYear(g))) return undefined;
  const aimStart = f.end + lead.length;
  const clauseEnd = sentence.slice(aimStart).search(new RegExp(`[${CLAUSE_END_MARKS}]`, 'u'));
  const end = clauseEnd < 0 ? sentence.length : aimStart + clauseEnd;
  return {
    indicator: sentence.slice(aimStart, end),
    indicator_known: false,
    comparator: 'by',
    value: year,
    unit: '年',
    year,
    metric: 'deadline',
    quote: sentence.slice(clauseStart, end),
  };
}

export function extractTargets(document: DocumentMeta, paragraphs: IndexedParagraph[], registries: ExtractRegistries): ProposedTarget[] {
  const names: IndicatorName[] = registries.entities
    .filter((e) => kindIs(e.kind, 'indicator'))
    .flatMap((e) => [e.name, ...e.aliases].map((text) => ({ text, id: e.id })));
  const subjects = scopeSubjects(registries.entities);
  const out: ProposedTarget[] = [];
  for (const p of paragraphs) {
    if (p.doc !== document.slug || p.heading || p.section.stance !== 'plan' || !p.section.period) continue;
    const period = p.section.period;
    const yearly = period.from < period.to;
    for (const sentence of sentencesWithMarks(p.text)) {
      const figures = parseFigures(sentence);
      // The comparator a word before a list's first item states, carried to the items after it (达到160平方公里、人口170万).
      let carried: { clause: number; end: number; comparator: Comparator } | undefined;
      for (const f of figures) {
        const clauseStart = clauseStartBefore(sentence, f.start);
        const lead = sentence.slice(clauseStart, f.start);
        const after = sentence.slice(f.end);
        const written = writtenYear(sentence.slice(0, f.start));
        if (isYear(f)) {
          const deadline = deadlineAt(sentence, f, figures, clauseStart, period.from);
          if (deadline) out.push({ doc: p.doc, paragraph: p.id, ...deadline, place: document.place });
          continue;
        }
        if (!f.unit && typeof f.value !== 'string' && !f.comparator) continue;
        if (LOOKS_BACK.test(lead) || NAMES_SIZE.test(lead) || NAMES_AFTER.test(after) || RANGE_OR_RATE_BEFORE.test(lead)) continue;
        if (/^[-－—~～/]/u.test(after) || (yearly && YEARLY.test(lead))) continue;
        if (written !== undefined && written < period.from) continue;
        const words = wordsOf(lead);
        // A duration with nothing it measures (确保3年帮助…): not an aim.
        if (f.unit && unitOf(f.unit)?.kind === 'time' && !words) continue;
        const year = written ?? (FIVE_YEARS.test(sentence.slice(0, f.start)) && document.plans ? document.plans.to : period.to);
        const own = f.comparator && !/^[0-9０-９]/u.test(f.text) ? f.comparator : undefined;
        const comparator: Comparator =
          f.comparator ??
          (carried?.clause === clauseStart && !OWN_VERB.test(sentence.slice(carried.end, f.start)) ? carried.comparator : undefined) ??
          (STRIVE.test(lead) || FALL.test(lead) || SHARE_REACHING.test(after) ? '>=' : '=');
        carried = own ? { clause: clauseStart, end: f.end, comparator: own } : carried;
        const { metric } = metricOf(f.value, f.unit, lead, sentence.slice(clauseStart, f.end));
        const id = indicatorIn(lead, names);
        const scope = scopeOf(document, lead, subjects);
        out.push({
          doc: p.doc,
          paragraph: p.id,
          indicator: id ?? (words || lead),
          indicator_known: id !== undefined,
          comparator,
          value: f.value,
          unit: f.unit ?? null,
          year,
          metric,
          place: scope.place,
          ...(scope.qualifier ? { qualifier: scope.qualifier } : {}),
          quote: sentence.slice(clauseStart, f.end),
        });
      }
    }
  }
  return out;
}
