/**
 * The importers' corpus, made by tools nobody here wrote: a document's structure
 * (as the converter reads it from its .txt source) set as a web page, printed
 * to PDF by Chromium (Noto CJK, several page widths, justified or ragged, one or
 * two columns, a running head and page numbers in Chromium's header and footer
 * templates), written as a Word file by the `docx` package, and saved as a
 * government site's page (menus, breadcrumb, share buttons, related links,
 * footer). `score` compares what an importer read with the original structure.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import type { Browser } from 'playwright-core';
import type { ContentNode, DocumentTree, TableNode } from '../../src/conversion/document-tree.ts';
import { contentTexts } from '../../src/conversion/lists.ts';

export interface PdfLayout {
  name: string;
  font: 'serif' | 'sans';
  justify: boolean;
  /** Page width in millimetres (A4 is 210). */
  width: number;
  columns: 1 | 2;
}

const FONT = { serif: "'Noto Serif CJK SC'", sans: "'Noto Sans CJK SC'" };
const esc = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
/** `**bold**` of the text path as <strong>. */
const inline = (s: string) => esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
const plain = (s: string) => s.replace(/\*\*/g, '');

/** The body as HTML: h1 title, centred front lines, h2–h6 or (`boldLines`) the bold lone lines many government sites set instead. */
export function bodyHtml(tree: DocumentTree, { boldLines = false, withTitle = true } = {}): string {
  const out: string[] = [];
  for (const f of tree.front) {
    if (f.role === 'title') {
      if (withTitle) out.push(`<h1>${esc(f.text)}</h1>`);
    } else out.push(`<p class="front" style="text-align:center">${esc(f.text)}</p>`);
  }
  const heading = (depth: number, text: string) =>
    boldLines ? `<p><strong>${esc(plain(text))}</strong></p>` : `<h${depth}>${esc(plain(text))}</h${depth}>`;
  const content = (node: ContentNode) => {
    if (node.type === 'paragraph') out.push(`<p>${inline(node.text)}</p>`);
    else if (node.type === 'list')
      out.push(`<ul style="list-style: none; padding: 0">${node.items.map((i) => `<li>${inline(i.text)}</li>`).join('')}</ul>`);
    else out.push(tableHtml(node));
  };
  for (const node of tree.body) {
    if (node.type === 'heading') out.push(heading(node.depth, node.text));
    else if (node.type === 'figure') out.push(`<p>${esc(node.caption)}</p>`);
    else if (node.type === 'aside') {
      out.push(heading(6, node.title));
      node.children.forEach(content);
    } else content(node);
  }
  return out.join('\n');
}

/** A table with ruled cells, its header row in <th>, its title line in <caption>. */
export function tableHtml(node: TableNode): string {
  const row = (cells: string[], tag: 'th' | 'td') => `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;
  return `<table>${node.caption === undefined ? '' : `<caption>${esc(node.caption)}</caption>`}${
    node.headerRows
      ? `<thead>${node.rows
          .slice(0, node.headerRows)
          .map((r) => row(r, 'th'))
          .join('')}</thead>`
      : ''
  }<tbody>${node.rows
    .slice(node.headerRows)
    .map((r) => row(r, 'td'))
    .join('')}</tbody></table>`;
}

/** Printed by Chromium with a running head and page numbers. */
export async function printPdf(browser: Browser, tree: DocumentTree, layout: PdfLayout, runningHead: string): Promise<Buffer> {
  const page = await browser.newPage();
  const sizes = { h1: 20, h2: 16, h3: 14.5, h4: 13.5, h5: 12.5, h6: 12 };
  await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body { margin: 0; font: 12pt/1.75 ${FONT[layout.font]}; text-align: ${layout.justify ? 'justify' : 'left'}; ${layout.columns === 2 ? 'columns: 2; column-gap: 8mm;' : ''} }
h1 { font-size: ${sizes.h1}pt; text-align: center; margin: 0 0 0.8em; column-span: all; }
${(['h2', 'h3', 'h4', 'h5', 'h6'] as const).map((h) => `${h} { font-size: ${sizes[h]}pt; font-weight: bold; margin: 0.5em 0 0.2em; }`).join('\n')}
p { margin: 0; text-indent: 2em; }
table { border-collapse: collapse; margin: 0.5em 0; text-indent: 0; }
caption { font-weight: bold; }
th, td { border: 0.75pt solid #000; padding: 0.2em 0.5em; text-align: left; }
p.front { text-indent: 0; column-span: all; }
</style></head><body>${bodyHtml(tree)}</body></html>`);
  const pdf = await page.pdf({
    width: `${layout.width}mm`,
    height: `${Math.round(layout.width * 1.414)}mm`,
    margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
    displayHeaderFooter: true,
    headerTemplate: `<div style="font: 8pt ${FONT[layout.font]}; width: 100%; text-align: center; color: #555">${esc(runningHead)}</div>`,
    footerTemplate: `<div style="font: 9pt ${FONT[layout.font]}; width: 100%; text-align: center">- <span class="pageNumber"></span> -</div>`,
  });
  await page.close();
  return pdf;
}

/** A page of HTML (its body and style) printed by Chromium at `width` × `height` millimetres, 18 mm margins, Noto Serif CJK 12 pt. */
export async function printHtml(browser: Browser, body: string, { css = '', width = 148, height = 210 } = {}): Promise<Buffer> {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body { margin: 0; font: 12pt/1.75 ${FONT.serif}; } p { margin: 0; text-indent: 2em; }
${css}
</style></head><body>${body}</body></html>`);
  const pdf = await page.pdf({
    width: `${width}mm`,
    height: `${height}mm`,
    margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
  });
  await page.close();
  return pdf;
}

const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

/** Runs of a paragraph, `**bold**` as bold runs. */
const runs = (text: string) =>
  text.split(/(\*\*.+?\*\*)/).flatMap((part) => (part === '' ? [] : [new TextRun({ text: plain(part), bold: part.startsWith('**') })]));

/** Written by the `docx` package: Title style, Heading 2–6 styles, indented paragraphs, a running head and page numbers. */
export function writeDocx(tree: DocumentTree, runningHead: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const f of tree.front)
    children.push(
      f.role === 'title'
        ? new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(f.text)] })
        : new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(f.text)] }),
    );
  const para = (text: string) => new Paragraph({ indent: { firstLine: 480 }, children: runs(text) });
  const content = (node: ContentNode) => {
    // Bullet items as many Word files hold them: the mark typed at the start of each paragraph.
    if (node.type === 'paragraph' || node.type === 'list') children.push(...contentTexts(node).map(para));
    else {
      if (node.caption !== undefined)
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(node.caption)] }));
      children.push(docxTable(node));
    }
  };
  for (const node of tree.body) {
    if (node.type === 'heading')
      children.push(new Paragraph({ heading: HEADING_LEVELS[node.depth - 1]!, children: [new TextRun(plain(node.text))] }));
    else if (node.type === 'figure') children.push(para(node.caption));
    else if (node.type === 'aside') {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_6, children: [new TextRun(plain(node.title))] }));
      node.children.forEach(content);
    } else content(node);
  }
  const doc = new Document({
    sections: [
      {
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(runningHead)] })] }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A Word table: its header rows marked as Word marks them (repeated on each page). */
export function docxTable(node: TableNode): Table {
  return new Table({
    rows: node.rows.map(
      (cells, r) =>
        new TableRow({
          // Only header rows say so: mammoth takes any tblHeader element, even one set to false, for a header row.
          ...(r < node.headerRows ? { tableHeader: true } : {}),
          children: cells.map(
            (c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: r < node.headerRows })] })] }),
          ),
        }),
    ),
  });
}

/** A page as a city government's site publishes a report: the article among a menu, a breadcrumb, a date-and-source line, share buttons, related links and a footer. */
export function governmentPage(tree: DocumentTree, { boldLines }: { boldLines: boolean }): string {
  const title = tree.front.find((f) => f.role === 'title')?.text ?? '';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}_衡阳市人民政府门户网站</title></head><body>
<div class="header"><div class="logo">衡阳市人民政府门户网站</div>
<ul class="nav menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjhy/">走进衡阳</a></li></ul>
<form class="search"><input name="q"><button>搜索</button></form></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gzbg/">政府工作报告</a></div>
<div class="main"><div class="article">
<h1 class="title">${esc(title)}</h1>
<div class="info">发布时间：2021-02-03 09:12 来源：市政府办公室 浏览次数：1024 【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印本页</a></div>
<div class="content" id="zoom">
${bodyHtml(tree, { boldLines, withTitle: false })}
</div>
<div class="share bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a> <a class="bds_tsina">微博</a> <a class="bds_qzone">QQ空间</a></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a/1.html">衡阳市2018年政府工作报告</a></li><li><a href="/a/2.html">衡阳市2017年政府工作报告</a></li><li><a href="/a/3.html">政府工作报告解读：十件民生实事</a></li></ul></div>
</div></div>
<div class="footer"><p>主办：衡阳市人民政府办公室\u3000承办：衡阳市电子政务中心</p><p>湘ICP备05003365号\u3000湘公网安备43040502000105号</p><p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p></div>
</body></html>`;
}

export interface Score {
  paragraphs: { whole: number; of: number };
  headings: { right: number; of: number };
  /** A few of the original paragraphs and headings the import did not give back, for the report. */
  missed: string[];
}

const key = (s: string) => s.replace(/[\s*]/gu, '');

/** How many of the original's paragraphs came back whole with identical text (whitespace aside), and how many of its headings at the same depth. */
export function score(original: DocumentTree, imported: DocumentTree): Score {
  const paragraphsOf = (t: DocumentTree) =>
    t.body.flatMap((n) =>
      n.type === 'paragraph' || n.type === 'list' || n.type === 'table'
        ? contentTexts(n)
        : n.type === 'aside'
          ? n.children.flatMap(contentTexts)
          : [],
    );
  const pool = new Map<string, number>();
  for (const p of paragraphsOf(imported)) pool.set(key(p), (pool.get(key(p)) ?? 0) + 1);
  const missed: string[] = [];
  let whole = 0;
  const wanted = paragraphsOf(original);
  for (const p of wanted) {
    const n = pool.get(key(p)) ?? 0;
    if (n > 0) {
      whole++;
      pool.set(key(p), n - 1);
    } else if (missed.length < 3) missed.push(`¶ ${plain(p).slice(0, 30)}`);
  }
  const headings = (t: DocumentTree) => t.body.flatMap((n) => (n.type === 'heading' ? [`${n.depth}:${key(n.text)}`] : []));
  const got = new Set(headings(imported));
  const want = headings(original);
  const right = want.filter((h) => got.has(h)).length;
  for (const h of want) if (!got.has(h) && missed.length < 6) missed.push(`h ${h.slice(0, 30)}`);
  return { paragraphs: { whole, of: wanted.length }, headings: { right, of: want.length }, missed };
}
