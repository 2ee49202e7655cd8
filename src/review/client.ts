/**
 * The review page in the browser: lists the proposals of the page the address
 * names, moves with j/k or the arrows (j past the last goes to the next page),
 * decides with a/r/e (or the buttons, by mouse or touch), posts each decision
 * as JSON and says what happened in the status line. The current proposal and
 * its page are kept in localStorage, so a reload, or a later visit to the bare
 * address, comes back to it (or, once it is decided and gone, to the one that
 * took its place).
 */
import type { ReviewField, ReviewItem } from './item.ts';
import type { ReviewPage } from './paging.ts';
import type { Decided } from './session.ts';

interface Listing extends ReviewPage {
  decided: Decided[];
  content: string;
}

const AT = 'hy-review-at';
const $ = <T extends HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector)!;
const status = $('#status');
const list = $<HTMLOListElement>('#items');
let items: ReviewItem[] = [];
let labels = new Map<string, string>();
let counts = new Map<string, number>();
const here = location.pathname + location.search;

function say(message: string): void {
  // Emptied first, so the same message said twice is announced twice.
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | number | boolean> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The paragraph with the figure or name marked. */
function marked(text: string, spans: [number, number][]): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out.append(text.slice(at, start), el('mark', {}, text.slice(start, end)));
    at = end;
  }
  out.append(text.slice(at));
  return out;
}

function control(item: ReviewItem, f: ReviewField, n: number): HTMLElement {
  const id = `f-${n}-${f.name}`;
  const input = f.options ? select(f) : document.createElement(f.long ? 'textarea' : 'input');
  input.id = id;
  input.name = f.name;
  if (!f.options) input.value = f.value;
  if (input instanceof HTMLTextAreaElement) input.rows = 2;
  const hint = f.hint ? el('span', { className: 'hint', id: `${id}-hint` }, f.hint) : undefined;
  if (hint) input.setAttribute('aria-describedby', hint.id);
  input.addEventListener('input', () => scheduleOutcome(item));
  return el('label', { htmlFor: id }, el('span', {}, f.label), input, ...(hint ? [hint] : []));
}

function select(f: ReviewField): HTMLSelectElement {
  const input = document.createElement('select');
  if (!f.options!.includes(f.value)) input.append(el('option', { value: '' }, '（请选择）'));
  for (const o of f.options!) input.append(el('option', { value: o, selected: o === f.value }, o || '（无）'));
  return input;
}

let outcomeTimer = 0;
function scheduleOutcome(item: ReviewItem): void {
  clearTimeout(outcomeTimer);
  outcomeTimer = window.setTimeout(() => {
    void post('/api/outcome', { id: item.id, values: valuesOf(item) }).then((r) => {
      if (typeof r.outcome === 'string') $('.outcome-text', articleOf(item)!).textContent = r.outcome;
    });
  }, 300);
}

function valuesOf(item: ReviewItem): Record<string, string> {
  const form = articleOf(item)?.querySelector<HTMLFormElement>('form.edit');
  if (!form || form.hidden) return Object.fromEntries(item.fields.map((f) => [f.name, f.value]));
  return Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]));
}

function render(item: ReviewItem, n: number): HTMLLIElement {
  const title = el('h2', { id: `t-${n}` }, el('span', { className: 'kind' }, labels.get(item.kind) ?? item.kind), item.title);
  const article = el('article', { className: 'item', tabIndex: -1 });
  article.dataset.id = item.id;
  article.setAttribute('aria-labelledby', title.id);
  const button = (act: string, text: string, key: string) => {
    const b = el('button', { type: 'button' }, text, el('kbd', { ariaHidden: 'true' }, key));
    b.dataset.act = act;
    b.setAttribute('aria-keyshortcuts', key);
    return b;
  };
  const reject = el(
    'form',
    { className: 'reject', hidden: true },
    el(
      'label',
      { htmlFor: `r-${n}` },
      '拒绝理由（写入数据，说明为何不是）',
      el('input', { id: `r-${n}`, name: 'reason', type: 'text', required: true }),
    ),
    el('div', { className: 'actions' }, el('button', { type: 'submit' }, '拒绝并记下理由'), cancel()),
  );
  const edit = el(
    'form',
    { className: 'edit', hidden: true },
    ...item.fields.map((f) => control(item, f, n)),
    el('div', { className: 'actions' }, el('button', { type: 'submit' }, '保存并接受'), cancel()),
  );
  reject.addEventListener('submit', (e) => {
    e.preventDefault();
    void decide(item, { action: 'reject', reason: new FormData(reject).get('reason') as string });
  });
  edit.addEventListener('submit', (e) => {
    e.preventDefault();
    void decide(item, { action: 'accept', values: valuesOf(item) });
  });
  article.append(
    title,
    el(
      'p',
      { className: 'where' },
      `${item.docTitle} · #${item.paragraph}${item.confidence === undefined ? '' : ` · 置信度 ${item.confidence.toFixed(2)}`}`,
    ),
    el('blockquote', { lang: 'zh-CN' }, marked(item.text, item.highlights)),
    ...(item.reason ? [el('p', { className: 'reason' }, `依据：${item.reason}`)] : []),
    el('p', { className: 'outcome' }, el('strong', {}, '构建将显示：'), el('span', { className: 'outcome-text' }, item.outcome)),
    el('div', { className: 'actions' }, button('accept', '接受 ', 'a'), button('reject', '拒绝… ', 'r'), button('edit', '编辑 ', 'e')),
    el('p', { className: 'error', role: 'alert' }),
    reject,
    edit,
  );
  article.addEventListener('click', (e) => {
    const act = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-act]')?.dataset.act;
    setCurrent(item, false);
    if (act === 'accept') void decide(item, { action: 'accept', values: valuesOf(item) });
    else if (act) open(item, act);
  });
  return el('li', {}, article);
}

function cancel(): HTMLButtonElement {
  const b = el('button', { type: 'button' }, '取消');
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    const article = b.closest<HTMLElement>('.item')!;
    for (const f of article.querySelectorAll('form')) f.hidden = true;
    article.focus();
  });
  return b;
}

const articleOf = (item: ReviewItem) => list.querySelector<HTMLElement>(`.item[data-id="${CSS.escape(item.id)}"]`);
const open_ = () => items.filter((i) => !articleOf(i)?.classList.contains('done'));
let current: ReviewItem | undefined;

function setCurrent(item: ReviewItem | undefined, focus = true): void {
  for (const a of list.querySelectorAll('.item.current')) a.classList.remove('current');
  current = item;
  if (!item) return;
  const article = articleOf(item)!;
  article.classList.add('current');
  localStorage.setItem(AT, JSON.stringify({ id: item.id, index: items.indexOf(item), href: here }));
  if (focus) {
    article.focus({ preventScroll: true });
    article.scrollIntoView({ block: 'nearest' });
  }
}

function move(step: number): void {
  const open = open_();
  if (open.length === 0) return say('没有待审阅的提议了。');
  const at = current ? open.indexOf(current) : -1;
  const next = document.querySelector<HTMLAnchorElement>('#pages a[rel=next]');
  if (step > 0 && at === open.length - 1 && next) {
    // Past the page's last proposal: the next page, from its first.
    localStorage.setItem(AT, JSON.stringify({ id: '', index: 0, href: next.pathname + next.search }));
    return location.assign(next.href);
  }
  setCurrent(open[Math.max(0, Math.min(open.length - 1, at + step))]);
}

function open(item: ReviewItem, act: string): void {
  const article = articleOf(item)!;
  const form = $<HTMLFormElement>(act === 'reject' ? 'form.reject' : 'form.edit', article);
  form.hidden = false;
  $<HTMLElement>('input, select, textarea', form).focus();
}

async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
  const r = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await r.json()) as Record<string, unknown>;
}

async function decide(
  item: ReviewItem,
  decision: { action: 'accept'; values: Record<string, string> } | { action: 'reject'; reason: string },
) {
  const article = articleOf(item)!;
  const error = $('.error', article);
  error.textContent = '';
  const result = await post('/api/decide', { id: item.id, ...decision });
  if (typeof result.error === 'string') {
    // The whole reason stands in the proposal (an alert); the status line stays short, so it covers nothing.
    error.textContent = `未写入：${result.error}`;
    say(`${item.title}：未写入，原因见该条。`);
    // An entry that lacks what only a person can write (a description, a definition) is finished in the form.
    if (decision.action === 'accept') open(item, 'edit');
    return;
  }
  const done = result as unknown as Decided;
  article.classList.add('done');
  for (const f of article.querySelectorAll('form')) f.hidden = true;
  for (const b of article.querySelectorAll<HTMLButtonElement>('.actions button')) b.disabled = true;
  const verdict = `${done.action === 'accept' ? '已接受' : '已拒绝'}，写入 ${done.files.map((f) => `content/${f}`).join('、')}`;
  article.querySelector('.actions')!.before(el('p', { className: 'verdict' }, verdict));
  const next = open_().find((i) => items.indexOf(i) > items.indexOf(item)) ?? open_()[0];
  setCurrent(next);
  say(`${item.title}：${verdict}。${next ? `下一条：${next.title}` : '本页没有待审阅的提议了。'}`);
  counts.set(item.kind, (counts.get(item.kind) ?? 1) - 1);
  summarise();
}

function summarise(): void {
  const total = [...labels.keys()].reduce((sum, k) => sum + (counts.get(k) ?? 0), 0);
  $('#summary').textContent = `待审阅 ${total} 条：${[...labels].map(([k, l]) => `${l} ${counts.get(k) ?? 0}`).join('，')}`;
}

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const target = e.target as HTMLElement;
  // Typing in a field is typing.
  const typing = target.closest('input, select, textarea');
  if (e.key === 'Escape') {
    const article = (e.target as HTMLElement).closest<HTMLElement>('.item');
    if (article) for (const f of article.querySelectorAll('form')) f.hidden = true;
    article?.focus();
    return;
  }
  if (typing) return;
  const actions: Record<string, () => void> = {
    j: () => move(1),
    ArrowDown: () => move(1),
    k: () => move(-1),
    ArrowUp: () => move(-1),
    a: () => current && void decide(current, { action: 'accept', values: valuesOf(current) }),
    r: () => current && open(current, 'reject'),
    e: () => current && open(current, 'edit'),
    '?': () => $('#help').focus(),
  };
  const act = actions[e.key];
  if (!act) return;
  e.preventDefault();
  act();
});

async function start(): Promise<void> {
  const saved = JSON.parse(localStorage.getItem(AT) ?? 'null') as { id: string; index: number; href?: string } | null;
  // The bare address goes back to the page last worked on.
  if (!location.search && saved?.href && saved.href !== here) return location.replace(saved.href);
  const listing = (await (await fetch(`/api/items${location.search}`)).json()) as Listing;
  items = listing.items;
  const kinds = listing.kinds.filter((k) => k.kind !== 'all');
  labels = new Map(kinds.map((k) => [k.kind, k.label]));
  counts = new Map(kinds.map((k) => [k.kind, k.count]));
  $('#content').textContent = listing.content;
  list.append(...items.map(render));
  if (listing.decided.length) {
    $('#log').hidden = false;
    $('#decided').append(
      ...listing.decided.map((d) => el('li', {}, `${d.action === 'accept' ? '接受' : '拒绝'}：${d.title} → ${d.files.join('、')}`)),
    );
  }
  summarise();
  const samePage = saved?.href === here;
  const resume = items.find((i) => i.id === saved?.id) ?? (saved && samePage ? items[Math.min(saved.index, items.length - 1)] : undefined);
  setCurrent(resume ?? items[0], resume !== undefined);
  if (resume) say(saved?.id ? `从上次的位置继续：${resume.title}` : `第 ${listing.page} 页：${resume.title}`);
}

void start();
