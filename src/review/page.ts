/** The review page's HTML: a shell the browser code fills from /api/items. */
export function page(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>审阅机器提议 · 衡阳报告注释本</title>
<link rel="stylesheet" href="/review.css">
<script type="module" src="/review.js"></script>
</head>
<body>
<header>
<h1>审阅机器提议</h1>
<p>本机工具，不属于发布的网站。每个决定立即写入 <code id="content">content/</code>：写入前用构建自己的加载器和检查校验，构建不了的不写并说明原因。</p>
<p id="help" class="help" tabindex="-1">键盘：<kbd>j</kbd> 或 <kbd>↓</kbd> 下一条 · <kbd>k</kbd> 或 <kbd>↑</kbd> 上一条 · <kbd>a</kbd> 接受 · <kbd>r</kbd> 拒绝（写理由） · <kbd>e</kbd> 编辑后接受 · <kbd>Esc</kbd> 取消 · <kbd>?</kbd> 本说明</p>
<fieldset id="filter"><legend>显示</legend></fieldset>
</header>
<main>
<p id="summary">正在读取提议（首次约需十几秒）…</p>
<ol id="items"></ol>
<section id="log" aria-labelledby="log-title" hidden>
<h2 id="log-title">本次已决定</h2>
<ol id="decided"></ol>
</section>
</main>
<p id="status" role="status" aria-live="polite"></p>
<noscript><p>本页需要 JavaScript（本机审阅工具；发布的网站不需要）。</p></noscript>
</body>
</html>
`;
}
