/**
 * Citations: the GB/T 7714-2015 style as citation-js applies it, checked
 * against examples printed in the standard itself, then this site's records
 * for a work report, a newspaper's write-up and a plan with an estimated date,
 * in every format a page or a download offers.
 */
import { describe, expect, it } from 'vitest';
import {
  type CitedDocument,
  citationUrl,
  cslItem,
  formatBibtex,
  formatCslJson,
  formatEnglish,
  formatGbt,
  formatRis,
  placeOf,
  printedTitle,
} from '../../src/citation/cite.ts';
import { documentCitations } from '../../src/citation/document-citations.ts';
import { placeNames } from '../../src/views/place-names.ts';
import { loadProjectContent } from '../helpers/content.ts';

const date = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

describe('GB/T 7714-2015: the standard’s own examples', () => {
  it('an online report, [R/OL], with publication and access dates', () => {
    expect(
      formatGbt({
        id: 'a',
        type: 'report',
        language: 'zh-CN',
        author: [{ literal: '中国互联网络信息中心' }],
        title: '第29次中国互联网络发展现状统计报告',
        issued: date('2012-01-16'),
        accessed: date('2013-03-26'),
        URL: 'http://www.cnnic.net.cn/hlwfzyj/hlwxzbg/201201/P020120709345264469680.pdf',
      }),
    ).toBe(
      '中国互联网络信息中心. 第29次中国互联网络发展现状统计报告[R/OL]. (2012-01-16)[2013-03-26]. http://www.cnnic.net.cn/hlwfzyj/hlwxzbg/201201/P020120709345264469680.pdf.',
    );
  });
  it('a newspaper article, [N], and an online one, [N/OL], with several authors', () => {
    expect(
      formatGbt({
        id: 'b',
        type: 'article-newspaper',
        language: 'zh-CN',
        author: [{ literal: '丁文祥' }],
        title: '数字革命与竞争国际化',
        'container-title': '中国青年报',
        issued: date('2000-11-20'),
        page: '15',
      }),
    ).toBe('丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).');
    expect(
      formatGbt({
        id: 'c',
        type: 'article-newspaper',
        language: 'zh-CN',
        author: [{ literal: '傅刚' }, { literal: '赵承' }, { literal: '李佳路' }],
        title: '大风沙过后的思考',
        'container-title': '北京青年报',
        issued: date('2000-04-12'),
        page: '14',
        accessed: date('2005-07-12'),
        URL: 'http://www.bjyouth.com.cn/Bqb/20000412/B/4216%5ED0412B1401.htm',
      }),
    ).toBe(
      '傅刚, 赵承, 李佳路. 大风沙过后的思考[N/OL]. 北京青年报, 2000-04-12(14)[2005-07-12]. http://www.bjyouth.com.cn/Bqb/20000412/B/4216%5ED0412B1401.htm.',
    );
  });
  it('an online document, [EB/OL]', () => {
    expect(
      formatGbt({
        id: 'e',
        type: 'webpage',
        language: 'zh-CN',
        author: [{ literal: '萧钰' }],
        title: '出版业信息化迈入快车道',
        issued: date('2001-12-19'),
        accessed: date('2002-04-15'),
        URL: 'http://www.creader.com/news/20011219/200112190019.html',
      }),
    ).toBe('萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.');
  });
  it('a printed report with place and publisher, [R] (the style writes a Latin-script author in capitals, which the standard allows)', () => {
    expect(
      formatGbt({
        id: 'd',
        type: 'report',
        language: 'en',
        author: [{ literal: 'World Health Organization' }],
        title: 'Factors regulating the immune response: report of WHO Scientific Group',
        publisher: 'WHO',
        'publisher-place': 'Geneva',
        issued: date('1970'),
      }),
    ).toBe('WORLD HEALTH ORGANIZATION. Factors regulating the immune response: report of WHO Scientific Group[R]. Geneva: WHO, 1970.');
  });
});

const report2019: CitedDocument = {
  meta: {
    slug: 'city-report-2019',
    kind: '政府工作报告',
    issuer: '衡阳市人民政府',
    speaker: { name: '邓群策', role: '衡阳市人民政府市长' },
    date: { exact: '2019-01-08' },
  },
  front: [
    { role: 'title', text: '政府工作报告' },
    { role: 'date', text: '2019年1月8日在衡阳市第十五届人民代表大会第五次会议上' },
    { role: 'byline', text: '衡阳市人民政府市长 邓群策' },
  ],
};
const news: CitedDocument = {
  meta: {
    slug: 'news-2020-results',
    kind: '报告解读',
    issuer: '衡阳日报',
    author: { name: '唐海强', role: '记者' },
    date: { year: 2021, approximate: true, basis: '…' },
  },
  front: [
    { role: 'kicker', text: '成就篇' },
    { role: 'title', text: '六大关键字展现大城衡阳新业绩' },
    { role: 'byline', text: '■本报记者 唐海强' },
  ],
};
const plan: CitedDocument = {
  meta: {
    slug: 'five-year-plan-2016-2020',
    kind: '五年规划纲要',
    issuer: '衡阳市人民政府',
    date: { year: 2016, approximate: true, basis: '…' },
  },
  front: [{ role: 'title', text: '衡阳市国民经济和社会发展第十三个五年规划纲要' }],
};

describe('this site’s records', () => {
  const url = citationUrl('https://example.org/reports/city-report-2019/?hl=%E5%9C%B0#s1-p9', 's1-p2');

  it('a paragraph of the 2019 report: speaker, title with its other title information, [R/OL], place and issuer, date, access date, URL with the anchor and no ?hl=', () => {
    expect(url).toBe('https://example.org/reports/city-report-2019/#s1-p2');
    expect(formatGbt(cslItem(report2019, url, '2026-12-02'))).toBe(
      '邓群策. 政府工作报告：2019年1月8日在衡阳市第十五届人民代表大会第五次会议上[R/OL]. 衡阳: 衡阳市人民政府, 2019[2026-12-02]. https://example.org/reports/city-report-2019/#s1-p2.',
    );
    expect(formatEnglish(cslItem(report2019, url, '2026-12-02'))).toBe(
      '邓群策. (2019). 政府工作报告：2019年1月8日在衡阳市第十五届人民代表大会第五次会议上 [Zhengfu gongzuo baogao: 2019 nian 1 yue 8 ri zai hengyang shi di shiwu jie renmin daibiao dahui di wu ci huiyi shang]. 衡阳市人民政府. https://example.org/reports/city-report-2019/#s1-p2',
    );
  });

  it('the newspaper’s write-up names its author and the paper, [N/OL], with the estimated year in brackets', () => {
    expect(formatGbt(cslItem(news, 'https://example.org/reports/news-2020-results/', '2026-12-02'))).toBe(
      '唐海强. 六大关键字展现大城衡阳新业绩[N/OL]. 衡阳日报, [2021][2026-12-02]. https://example.org/reports/news-2020-results/.',
    );
  });

  it('a plan without a speaker is the issuing government’s; without a site URL the citation is of the printed form, [R]', () => {
    expect(formatGbt(cslItem(plan, undefined, '2026-12-02'))).toBe(
      '衡阳市人民政府. 衡阳市国民经济和社会发展第十三个五年规划纲要[R]. 衡阳: 衡阳市人民政府, [2016].',
    );
    expect(documentCitations(plan, '/reports/five-year-plan-2016-2020/', undefined).url).toBeUndefined();
  });

  it('BibTeX, RIS and CSL-JSON keep the Chinese names and titles', () => {
    const item = cslItem(report2019, 'https://example.org/reports/city-report-2019/', '2026-12-02');
    const bib = formatBibtex(item);
    expect(bib).toMatch(/^@techreport\{cityreport2019,/);
    expect(bib).toContain('author = {{邓群策}}');
    expect(bib).toContain('title = {政府工作报告：2019年1月8日在衡阳市第十五届人民代表大会第五次会议上}');
    expect(bib).toContain('institution = {衡阳市人民政府}');
    const ris = formatRis(item);
    for (const line of [
      'TY  - RPRT',
      'AU  - 邓群策',
      'PB  - 衡阳市人民政府',
      'CY  - 衡阳',
      'UR  - https://example.org/reports/city-report-2019/',
      'ER  -',
    ])
      expect(ris).toContain(line);
    expect(JSON.parse(formatCslJson(item))).toEqual([item]);
  });

  it('the English form capitalises the places the registries hold, the province outside them included', () => {
    const { documents, entities, targets } = loadProjectContent();
    const names = placeNames({ documents: documents.documents, entities: entities.entities, targets: targets.targets });
    expect(names).toEqual(expect.arrayContaining(['衡阳市', '石鼓区', '湖南省']));
    const english = documentCitations({ ...report2019, properNames: names }, '/reports/city-report-2019/', undefined).english;
    expect(english).toContain(
      '[Zhengfu gongzuo baogao: 2019 nian 1 yue 8 ri zai Hengyang shi di shiwu jie renmin daibiao dahui di wu ci huiyi shang]',
    );
    expect(documentCitations({ ...news, properNames: names }, '/', undefined).english).toMatch(/ Hengyang xin yeji\]/);
  });

  it('place and title come from the records, not from a list of these documents', () => {
    expect(placeOf('衡阳市石鼓区人民政府')).toBe('衡阳');
    expect(placeOf('长沙市人民政府')).toBe('长沙');
    expect(placeOf('衡阳日报')).toBeUndefined();
    expect(
      printedTitle([
        { role: 'kicker', text: '文件（15）' },
        { role: 'title', text: '政府工作报告' },
      ]),
    ).toBe('政府工作报告');
  });
});
