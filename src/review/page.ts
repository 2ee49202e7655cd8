/**
 * The review page's HTML: the kinds and pages as links (they work without
 * JavaScript and by keyboard), and a list the browser code fills with the
 * proposals of this page from /api/items.
 */
import { escapeMarkup as escape } from '../core/escape-markup.ts';
import { type ReviewPage, pageHref } from './paging.ts';

const link = (href: string, text: string, current: boolean, rel = '') =>
  `<a href="${escape(href)}"${current ? ' aria-current="page"' : ''}${rel ? ` rel="${rel}"` : ''}>${text}</a>`;

function nav(at: ReviewPage): string {
  const kinds = at.kinds
    .map((k) => `<li>${link(pageHref(k.kind), `${escape(k.label)} <span class="count">${k.count}</span>`, k.kind === at.kind)}</li>`)
    .join('');
  const numbers = Array.from(
    { length: at.pages },
    (_, i) => `<li>${link(pageHref(at.kind, i + 1), String(i + 1), i + 1 === at.page)}</li>`,
  );
  const prev = at.page > 1 ? link(pageHref(at.kind, at.page - 1), '上一页', false, 'prev') : '';
  const next = at.page < at.pages ? link(pageHref(at.kind, at.page + 1), '下一页', false, 'next') : '';
  return `<nav id="kinds" aria-label="类别"><ul>${kinds}</ul></nav>
<nav id="pages" aria-label="分页"><p>第 ${at.page} 页，共 ${at.pages} 页</p>${prev}<ol>${numbers.join('')}</ol>${next}</nav>`;
}

export function page(at: ReviewPage): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>审阅机器提议（第 ${at.page} 页）· 衡阳报告注释本</title>
<link rel="stylesheet" href="/review.css">
<script type="module" src="/review.js"></script>
</head>
<body>
<header>
<h1>审阅机器提议</h1>
<p>本机工具，不属于发布的网站。每个决定立即写入 <code id="content">content/</code>：写入前用构建自己的加载器和检查校验，构建不了的不写并说明原因。</p>
<p id="help" class="help" tabindex="-1">键盘：<kbd>j</kbd> 或 <kbd>↓</kbd> 下一条（本页最后一条之后到下一页） · <kbd>k</kbd> 或 <kbd>↑</kbd> 上一条 · <kbd>a</kbd> 接受 · <kbd>r</kbd> 拒绝（写理由） · <kbd>e</kbd> 编辑后接受 · <kbd>Esc</kbd> 取消 · <kbd>?</kbd> 本说明</p>
${nav(at)}
</header>
<main>
<p id="summary">正在读取提议…</p>
<ol id="items"></ol>
<section id="log" aria-labelledby="log-title" hidden>
<h2 id="log-title">本次已决定</h2>
<ol id="decided"></ol>
</section>
</main>
<p id="status" role="status" aria-live="polite"></p>
<noscript><p>列出和决定提议需要 JavaScript（本机审阅工具；发布的网站不需要）。</p></noscript>
</body>
</html>
`;
}
