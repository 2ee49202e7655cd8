/**
 * The open datasets and their documented columns. The same definitions write
 * the files, render the documentation page and validate the built files in the
 * tests, so the documentation cannot drift from the data.
 */
import { z } from 'zod';
import { STATUSES } from '../tracker/status.ts';

export type ColumnType = 'text' | 'number' | 'integer' | 'boolean';

export interface Column {
  name: string;
  type: ColumnType;
  /** Empty for some rows. */
  optional?: true;
  description: string;
}

export interface Dataset {
  id: 'documents' | 'targets' | 'figures' | 'observations' | 'entities' | 'mentions' | 'parallels';
  title: string;
  description: string;
  columns: Column[];
  /** Also written as one CSV per value of this column, as data/<folder>/<value>.csv. */
  parts?: { column: string; folder: string; label: string };
}

/** The datasets a build stage writes as it makes them (src/open-data/parallels-data.ts), rather than an Astro page (src/pages/data/). */
export const STAGE_DATASETS = ['parallels'] as const satisfies readonly Dataset['id'][];
export type PageDatasetId = Exclude<Dataset['id'], (typeof STAGE_DATASETS)[number]>;
export const isPageDataset = (d: Dataset): d is Dataset & { id: PageDatasetId } => !(STAGE_DATASETS as readonly string[]).includes(d.id);

const c = (name: string, type: ColumnType, description: string, optional?: true): Column =>
  optional ? { name, type, description, optional } : { name, type, description };

/** Columns that mean the same in every table that has them, each written once. */
const DOC = c('doc', 'text', '文件编号（即 documents.slug）');
const PARAGRAPH = c('paragraph', 'text', '原文段落锚点');
const PARAGRAPH_URL = c('url', 'text', '原文段落网址');
const QUOTE = c('quote', 'text', '原文，逐字照录');
const PLACE = c('place', 'text', '所属地方：行政区编号（见 entities），登记之外的地方写其名称');
const SCOPE = c('scope', 'text', '范围：地方名称，或原文限定的一部分（市城区、中心城区等）');
const METRIC = c(
  'metric',
  'text',
  '度量：level 水平值、growth 当年增速、average-growth 年均增速、count 数量、cumulative 多年累计、ratio 比例、deadline 期限',
);
const OTHER_INDICATOR = c('indicator', 'text', '与目标指标口径不同时，这个数字实际度量的指标', true);
const pageUrl = (page: string) => c('page_url', 'text', `本站${page}页的网址`);
/** One side of a pair of paragraphs: its document, anchor and address. */
const side = (suffix: string, who: string) => [
  c(`doc${suffix}`, 'text', `${who}的文件编号`),
  c(`paragraph${suffix}`, 'text', `${who}的段落锚点`),
  c(`url${suffix}`, 'text', `${who}的段落网址`),
];

export const DATASETS: Dataset[] = [
  {
    id: 'documents',
    title: '文件',
    description: '本站收录的文件，一行一份；其余各表的 doc 列即这里的 slug。',
    columns: [
      c('slug', 'text', '文件编号，也是文件页网址的一部分'),
      c('title', 'text', '文件自身所印的标题'),
      c('other_title', 'text', '标题下的其他题名信息（如“2019年1月8日在……会议上”），照原文', true),
      c('display_title', 'text', '本站列表中区分各文件用的标题（本站所加）'),
      c('kind', 'text', '类型：政府工作报告、五年规划纲要、报告解读'),
      c('issuer', 'text', '发布机关或报刊'),
      c('level', 'text', '行政层级：市、区、县'),
      c('person', 'text', '报告人或作者姓名', true),
      c('person_role', 'text', '报告人或作者的职务', true),
      c('date', 'text', '日期：YYYY-MM-DD，或文中未载日期时本站估计的年份 YYYY'),
      c('date_estimated', 'boolean', '日期是否为本站估计（依据见 date_basis）'),
      c('date_basis', 'text', '估计日期的依据（本站说明）', true),
      c('meeting', 'text', '作报告的会议', true),
      c('reviews_from', 'integer', '回顾时段起始年'),
      c('reviews_to', 'integer', '回顾时段结束年'),
      c('plans_from', 'integer', '部署时段起始年', true),
      c('plans_to', 'integer', '部署时段结束年', true),
      c('source_chars', 'integer', '原文字符数'),
      pageUrl('文件'),
      c('citation', 'text', '按 GB/T 7714—2015 著录的引用（访问日期为数据生成日期）'),
    ],
  },
  {
    id: 'targets',
    title: '目标',
    description: '规划和年度报告提出的每一项量化目标，一行一项，附计算出的状态。',
    columns: [
      c('id', 'text', '目标编号，也是目标页网址的一部分'),
      c('set', 'text', '目标所属集合（数据文件名）'),
      c('area', 'text', '领域'),
      c('indicator', 'text', '指标'),
      c('unit', 'text', '单位，照原文'),
      METRIC,
      c('comparator', 'text', '比较方式：> 超过、>= 达到或以上、<= 以内、≈ 左右、= 原文未加限定、by 某年前完成'),
      c('value', 'text', '目标值；比例写作 11:45:44；期限类为年份'),
      c('year', 'integer', '目标年份'),
      PLACE,
      SCOPE,
      c('status', 'text', `本站计算的状态：${STATUSES.join('、')}`),
      c('status_reason', 'text', '状态的一句话理由'),
      c('projection', 'text', '本站推算（非原文）：按基数到最新数据的年均变化推算的目标年份数值及说明', true),
      c('plan_doc', 'text', '提出目标的文件编号'),
      c('plan_paragraph', 'text', '目标原文所在段落的锚点'),
      c('plan_url', 'text', '目标原文段落的网址'),
      c('plan_quote', 'text', '目标原文，逐字照录'),
      c('restated_quotes', 'text', '规划另一处提出同一目标的原文，逐字照录，以“|”分隔', true),
      c('indicator_ids', 'text', '这一目标衡量的指标（项目与指标编号），以“|”分隔', true),
      c('baseline_value', 'text', '基数（规划所述），比例写作 11:45:44', true),
      c('baseline_year', 'integer', '基数年份', true),
      c('baseline_url', 'text', '基数原文段落的网址', true),
      c('baseline_quote', 'text', '基数原文，逐字照录', true),
      pageUrl('目标'),
      c('note', 'text', '本站说明（非原文）', true),
    ],
    parts: { column: 'set', folder: 'sets', label: '每个目标集合一个文件' },
  },
  {
    id: 'figures',
    title: '目标的全部数字',
    description: '每项目标的基数、目标值和后续数据，一行一个数字，按目标分文件时即该目标页上的数据表。',
    columns: [
      c('target_id', 'text', '目标编号'),
      c('role', 'text', '类别：baseline 基数、plan 目标、observation 后续数据'),
      c('year', 'integer', '数字所指年份'),
      c('value', 'text', '数值；比例写作 11:45:44'),
      c('unit', 'text', '单位，照原文'),
      c('comparator', 'text', '原文给出的界限：目标同 targets.comparator；后续数据 > 超过/突破、>= 以上、≈ 左右，空为原文所报的确数', true),
      PLACE,
      SCOPE,
      METRIC,
      OTHER_INDICATOR,
      c('counts_toward_status', 'boolean', '后续数据是否计入状态判定（范围、度量和口径都与目标相同）；基数和目标为空', true),
      DOC,
      PARAGRAPH,
      PARAGRAPH_URL,
      QUOTE,
    ],
    parts: { column: 'target_id', folder: 'targets', label: '每项目标一个文件' },
  },
  {
    id: 'observations',
    title: '后续数据',
    description: '后续文件报告的、与某项目标对应的数字，一行一个数字。',
    columns: [
      c('target_id', 'text', '对应目标的编号'),
      c('value', 'text', '数值；比例写作 10.8:34.1:55.1'),
      c('comparator', 'text', '原文只给出界限时的界限：> 超过/突破、>= 以上、≈ 左右；空为原文所报的确数', true),
      c('year', 'integer', '数字所指年份'),
      PLACE,
      SCOPE,
      c('same_scope', 'boolean', '是否与目标范围相同（不同范围的数据不填入目标的年份栏）'),
      METRIC,
      c('unit', 'text', '原文单位与目标单位不同时，原文的单位', true),
      OTHER_INDICATOR,
      c('counts_toward_status', 'boolean', '是否计入状态判定（范围、度量和口径都与目标相同）'),
      DOC,
      PARAGRAPH,
      PARAGRAPH_URL,
      QUOTE,
      c('note', 'text', '本站说明（非原文）', true),
    ],
  },
  {
    id: 'entities',
    title: '项目与指标',
    description: '文件中提到的具名项目、设施、园区、企业、地方和统计指标（登记表里文件未提到的不列入）。',
    columns: [
      c('id', 'text', '编号，也是项目页网址的一部分'),
      c('name', 'text', '名称'),
      c('kind', 'text', '类型'),
      c('place', 'text', '所属地方：行政区编号（见本表），登记之外的地方写其名称（湖南省、中国）'),
      c('scope', 'text', '范围：地方名称，只知层级时加限定（衡阳市所辖县（市））'),
      c('aliases', 'text', '文中出现的其他写法（含只指其一部分的写法，如某铁路衡阳段），以“|”分隔', true),
      c('description', 'text', '一句话说明（本站撰写）'),
      c('related', 'text', '相关条目编号，以“|”分隔', true),
      c('mentions', 'integer', '在各文件中被提及的次数'),
      c('documents', 'integer', '提及它的文件数'),
      pageUrl('项目'),
    ],
  },
  {
    id: 'mentions',
    title: '提及',
    description: '术语和项目在原文中的每一次出现，一行一次。',
    columns: [
      c('kind', 'text', 'term 术语或 entity 项目与指标'),
      c('id', 'text', '术语或项目编号'),
      c('text', 'text', '原文中的写法'),
      DOC,
      PARAGRAPH,
      c('section', 'text', '所在章节或专栏的锚点'),
      c('offset', 'integer', '在段落文字中的位置（UTF-16 码元）'),
      PARAGRAPH_URL,
    ],
  },
  {
    id: 'parallels',
    title: '平行段落',
    description: '不同文件中措辞相同或相近的段落，一行一对（本站计算：按简体读法比对四字以上的相同字串，多份文件共用的套语降权）。',
    columns: [
      ...side('_a', '一方'),
      ...side('_b', '另一方'),
      c('shared_share', 'number', '相同字串占较短一段文字（不计标点）的比例，0—1'),
      c('weighted_share', 'number', '同上，按各字串的罕见程度加权（多份文件共用的套语权重低），0—1；本站按此排序'),
      c('shared_runs', 'integer', '相同字串的个数'),
      c('shared_text_a', 'text', '一方段落中的相同字串，照原文，以“|”分隔'),
    ],
  },
];

export type Row = Record<string, string | number | boolean | null>;

const CELL: Record<ColumnType, z.ZodType> = {
  text: z.string().min(1),
  number: z.number(),
  integer: z.number().int(),
  boolean: z.boolean(),
};

/** The schema one JSON row must satisfy: exactly the documented columns, each of its type; optional ones may be null. */
export function rowSchema(dataset: Dataset): z.ZodType<Row> {
  return z
    .object(Object.fromEntries(dataset.columns.map((col) => [col.name, col.optional ? CELL[col.type].nullable() : CELL[col.type]])))
    .strict() as unknown as z.ZodType<Row>;
}
