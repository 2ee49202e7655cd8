/**
 * Proposes registry entries: names ending in a project or place suffix
 * (铁路, 高速, 机场, 园, 区, 新城, 基地, 工程, 中心, 学校, 医院 …) found in two or
 * more documents, minus the registry's names, aliases and guards and the
 * reviewed stoplist. A name is the run of Chinese text before the suffix,
 * cut at punctuation, common verbs and function words.
 */
import { type Candidate, tally } from './source-texts.ts';
import { HAN } from '../zh/chars.ts';

const SUFFIXES = [
  '铁路',
  '高铁',
  '高速',
  '公路',
  '机场',
  '大桥',
  '港',
  '码头',
  '枢纽',
  '航道',
  '园',
  '工业园',
  '产业园',
  '区',
  '示范区',
  '新城',
  '基地',
  '工程',
  '项目',
  '中心',
  '学校',
  '医院',
  '景区',
  '公园',
  '大学',
  '学院',
  '电站',
  '水库',
  '平台',
  '水厂',
  '污水处理厂',
  '风光带',
  '小镇',
  '干道',
];
/** A suffix followed by one of these characters is the start of a longer word (区域, 中心城区). */
const BLOCK_NEXT: Record<string, string> = {
  区: '域划县内外别间生',
  新城: '市',
  中心: '城镇合',
  园: '林艺',
  港: '澳口',
  大学: '生',
  工程: '师技',
  项目: '库',
  平台: '公',
  学院: '士',
  基地: '县',
  高速: '公发增',
  铁路: '口',
};
const CUT_WORDS = `建设 推进 加快 建成 实施 打造 完成 开工 启动 支持 推动 新建 改造 提质 扩建 改扩建 迁建 搬迁
发展 开发 引进 培育 创建 争创 获批 获评 荣获 落户 规划 开展 实现 加强 提升 整合 依托 围绕
全面 积极 大力 着力 力争 确保 建立 组建 设立 成立 新增 投入 运营 投产 改建 升级 申报 承办
举办 推广 加大 深化 优化 完善 强化 构建 形成 促进 带动 抓好 做好 办好 建好 用好 做大 做强
做优 进一步 基本 正式 成功 顺利 即将 稳步 加速 有序 全力 扎实 深入 重点 主要 以及 包括 其中
成为 作为 入选 通过 纳入 列入 达到 提高 增长 突破 累计 分别 全市 我市 全省 国家级 省级 市级
以上 夯实 涵盖 一批 一个 两个 三个 若干 各类 各县市 各县 县市区 市区 城区 中心城区`
  .split(/\s+/)
  .sort((a, b) => b.length - a.length);
const CUT_CHARS = new Set('和及与等的在对把将从由向为是了并或以其之于被而且就也都又再还');

const HAN_RUN = new RegExp(`${HAN}+`, 'gu');

function* runs(text: string): Generator<string> {
  for (const [segment] of text.matchAll(HAN_RUN)) {
    let pieces = [segment];
    for (const w of CUT_WORDS) pieces = pieces.flatMap((p) => p.split(w));
    for (const piece of pieces) {
      let buf = '';
      for (const ch of piece) {
        if (CUT_CHARS.has(ch)) {
          if (buf) yield buf;
          buf = '';
        } else buf += ch;
      }
      if (buf) yield buf;
    }
  }
}

function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of runs(text)) {
    for (const suffix of SUFFIXES) {
      for (let i = run.indexOf(suffix); i >= 0; i = run.indexOf(suffix, i + 1)) {
        const end = i + suffix.length;
        if ((BLOCK_NEXT[suffix] ?? '').includes(run[end] ?? '\u0000')) continue;
        const name = run.slice(0, end);
        if (name.length >= 3 && name.length <= 12 && name !== suffix) out.add(name);
      }
    }
  }
  return out;
}

export function findEntityCandidates(texts: Map<string, string>, covered: Set<string>): Candidate[] {
  const names = new Set<string>();
  for (const text of texts.values()) for (const n of namesIn(text)) names.add(n);
  const found = new Map<string, Map<string, number>>();
  for (const name of names) {
    if (covered.has(name)) continue;
    const perDoc = new Map<string, number>();
    for (const [doc, text] of texts) {
      const count = text.split(name).length - 1;
      if (count) perDoc.set(doc, count);
    }
    if (perDoc.size >= 2) found.set(name, perDoc);
  }
  return tally(found);
}
