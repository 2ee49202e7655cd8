/**
 * Toggletips for annotated words: a glossary term (a.term) shows its pinyin
 * and definition; a project or target (a.entity) shows the other documents
 * and years that mention it; a target marker (a.target-badge) the target's
 * status, latest figure and goal; a parallels marker (a.parallel-marker) the
 * passages of other documents that share the paragraph's wording, copied from
 * the paragraph's entry on the report's list of parallels, the page its link
 * leads to, fetched once at the first such marker. Without
 * JavaScript all are plain links to pages or entries that say all of this and
 * more. The notes' texts are not in the page: they come from `notes.json`
 * beside it (src/views/report-notes.ts), fetched once the page is idle or at
 * the first note, and each note is built when it opens, so the largest page
 * carries no per-mention note.
 *
 * WCAG 2.2 SC 1.4.13: a mouse opens it after resting on the word for
 * OPEN_DELAY (so passing over text opens nothing), keyboard focus and a tap at
 * once; the pointer can move into it; one opened by the mouse closes when the
 * pointer has left both word and note for CLOSE_DELAY; any closes with Escape
 * or a click or tap elsewhere. It is placed below or above the word's line,
 * never on it; on phones in the half of the screen away from the word. The
 * note is inserted right after its word, so Tab goes from the word into the
 * note's links and on to the text after it.
 */
import { figureRuns } from '../annotation/rehype-figure-nobr.ts';
import type { ReportNotes, TargetNote, TermNote } from '../views/report-notes.ts';

const OPEN_DELAY = 350;
const CLOSE_DELAY = 300;
interface EntityMention {
  doc: string;
  docTitle: string;
  year: string;
  badge: string;
  context: string;
  href: string;
}
interface EntityData {
  name: string;
  kind: string;
  href: string;
  total: number;
  mentions: EntityMention[];
}

const data = JSON.parse(document.getElementById('annotation-data')?.textContent ?? '{}') as {
  notes: string;
  entityBase: string;
  doc: string;
};
const entityCache = new Map<string, Promise<EntityData>>();
let notes: Promise<ReportNotes> | undefined;

const pop = document.createElement('div');
pop.id = 'annotation-popover';
pop.setAttribute('popover', 'manual');
pop.setAttribute('role', 'dialog');
pop.dataset.pagefindIgnore = '';
document.body.append(pop);

let owner: HTMLAnchorElement | undefined;
let openedByHover = false;
let openTimer: ReturnType<typeof setTimeout> | undefined;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
/** The word focus returns to after Escape: its focus must not reopen the note. */
let returningTo: HTMLAnchorElement | undefined;

/** Note text whose figures ("2016—2020年", a title's years) never break across lines, as in the report text. */
function figures(text: string): (Node | string)[] {
  return figureRuns(text).map((r) => {
    if (!r.figure) return r.text;
    const span = document.createElement('span');
    span.className = 'nobr';
    span.textContent = r.text;
    return span;
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.append(...figures(text));
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', 'pop-link', text);
  a.href = href;
  return a;
}

function renderTerm(t: TermNote): Node[] {
  const members = t.members?.length ? [el('p', 'pop-body', `包括：${t.members.join('、')}`)] : [];
  return [
    el('p', 'pop-title', t.term),
    el('p', 'pop-pinyin', t.pinyin),
    el('p', 'pop-body', t.definition),
    ...members,
    link(t.href, '查看词条 →'),
  ];
}

function renderEntity(e: EntityData): Node[] {
  const others = e.mentions.filter((m) => m.doc !== data.doc);
  const list = el('ul', 'pop-mentions');
  for (const m of others.slice(0, 6)) {
    const li = el('li', '');
    li.append(el('span', 'pop-meta', [m.year, m.badge, m.docTitle].filter(Boolean).join(' · ')), link(m.href, m.context));
    list.append(li);
  }
  const nodes: Node[] = [el('p', 'pop-title', e.name), el('p', 'pop-pinyin', e.kind)];
  nodes.push(others.length ? list : el('p', 'pop-body', '其他文件未提及。'));
  nodes.push(link(e.href, `全部${e.total}处提及 →`));
  return nodes;
}

function renderTarget(a: HTMLAnchorElement, { indicator, status, reason }: TargetNote): Node[] {
  const title = el('p', 'pop-title', a.classList.contains('target-badge-plan') ? indicator : `对应目标：${indicator}`);
  const state = el('p', 'pop-body');
  state.append(el('strong', '', status), ...figures(`：${reason}。`));
  return [title, state, el('p', 'pop-meta', '状态由本站按公开规则计算。'), link(a.href, '查看目标跟踪 →')];
}

/** The report's list of parallels (src/pages/reports/[slug]/parallels.astro), fetched once; a failed fetch is tried again at the next marker. */
let parallelsList: Promise<Document> | undefined;
function loadParallelsList(url: string): Promise<Document> {
  parallelsList ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.text();
    })
    .then((html) => new DOMParser().parseFromString(html, 'text/html'))
    .catch((error: unknown) => {
      parallelsList = undefined;
      throw error;
    });
  return parallelsList;
}

/** The paragraph's entry on that list: its passages, each linking to its paragraph. */
async function renderParallels(a: HTMLAnchorElement): Promise<Node[]> {
  const list = await loadParallelsList(a.href.split('#')[0]!);
  const passages = list
    .getElementById(decodeURIComponent(a.hash.slice(1)))
    ?.closest('details')
    ?.querySelector('ul');
  if (!passages) return [];
  const copy = document.importNode(passages, true);
  copy.className = 'pop-mentions pop-parallels';
  return [el('p', 'pop-title', '与其他文件相同或相近的段落'), copy, link(a.href, '在逐段列表中查看 →')];
}

function loadJson<T>(url: string): Promise<T> {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.json() as Promise<T>;
  });
}

function loadEntity(id: string): Promise<EntityData> {
  let p = entityCache.get(id);
  if (!p) {
    p = loadJson<EntityData>(`${data.entityBase}${id}.json`);
    entityCache.set(id, p);
  }
  return p;
}

/** The page's notes, fetched once; a failed fetch is tried again at the next note. */
function loadNotes(): Promise<ReportNotes> {
  notes ??= loadJson<ReportNotes>(data.notes).catch((error: unknown) => {
    notes = undefined;
    throw error;
  });
  return notes;
}

/** The last segment of a target marker's link, `/targets/<id>/`. */
const targetId = (a: HTMLAnchorElement) => new URL(a.href).pathname.split('/').filter(Boolean).pop() ?? '';

/** What a word's note says, or undefined for a word that has none. */
async function contentFor(anchor: HTMLAnchorElement): Promise<Node[] | undefined> {
  const { term, entity } = anchor.dataset;
  if (entity) return renderEntity(await loadEntity(entity));
  if (anchor.classList.contains('parallel-marker')) return renderParallels(anchor);
  const { terms, targets } = await loadNotes();
  if (anchor.classList.contains('target-badge')) {
    const target = targets[targetId(anchor)];
    return target && renderTarget(anchor, target);
  }
  return term && terms[term] ? renderTerm(terms[term]) : undefined;
}

function place(anchor: HTMLElement) {
  const r = anchor.getBoundingClientRect();
  const narrow = innerWidth < 640;
  pop.classList.toggle('sheet', narrow);
  if (narrow) {
    // A sheet across the half of the screen the word is not in.
    const wordInTop = r.top + r.height / 2 < innerHeight / 2;
    pop.style.top = wordInTop ? '' : '0.5rem';
    pop.style.bottom = wordInTop ? '0.5rem' : '';
    pop.style.left = '';
    return;
  }
  pop.style.bottom = '';
  const width = pop.offsetWidth;
  pop.style.left = `${Math.max(8, Math.min(r.left, innerWidth - width - 8))}px`;
  const below = r.bottom + 6;
  pop.style.top = below + pop.offsetHeight < innerHeight ? `${below}px` : `${Math.max(8, r.top - pop.offsetHeight - 6)}px`;
}

async function show(anchor: HTMLAnchorElement) {
  if (owner === anchor && pop.matches(':popover-open')) return;
  owner?.removeAttribute('aria-describedby');
  owner?.setAttribute('aria-expanded', 'false');
  owner = anchor;
  anchor.after(pop);
  pop.replaceChildren(el('p', 'pop-body', '载入中…'));
  let content: Node[] | undefined;
  try {
    content = await contentFor(anchor);
  } catch {
    content = [el('p', 'pop-body', '暂时无法载入，请打开链接查看。'), link(anchor.href, '打开页面 →')];
  }
  if (owner !== anchor) return;
  if (!content) {
    hide();
    return;
  }
  // A sheet on a phone covers half the screen: it gets a button to close it (CSS shows it only on the sheet).
  const close = el('button', 'pop-close', '关闭');
  close.type = 'button';
  close.addEventListener('click', () => {
    const back = owner;
    hide();
    back?.focus({ preventScroll: true });
  });
  pop.replaceChildren(...content, close);
  pop.setAttribute('aria-label', anchor.textContent || (anchor.getAttribute('aria-label') ?? ''));
  if (!pop.matches(':popover-open')) pop.showPopover();
  anchor.setAttribute('aria-describedby', pop.id);
  anchor.setAttribute('aria-expanded', 'true');
  place(anchor);
}

function hide() {
  clearTimeout(openTimer);
  clearTimeout(closeTimer);
  openedByHover = false;
  if (pop.matches(':popover-open')) pop.hidePopover();
  owner?.removeAttribute('aria-describedby');
  owner?.setAttribute('aria-expanded', 'false');
  owner = undefined;
}

// In reading mode (src/client/reading-mode.ts) the words have no href and open nothing.
const annotation = (target: EventTarget | null) =>
  target instanceof Element
    ? target.closest<HTMLAnchorElement>('a.term[href], a.entity[href], a.target-badge[href], a.parallel-marker[href]')
    : null;

document.addEventListener('pointerover', (e) => {
  if (e.pointerType !== 'mouse') return;
  const a = annotation(e.target);
  if (a || pop.contains(e.target as Node)) clearTimeout(closeTimer);
  if (!a || (owner === a && pop.matches(':popover-open'))) return;
  clearTimeout(openTimer);
  openTimer = setTimeout(() => {
    const wasOpen = pop.matches(':popover-open');
    void show(a).then(() => {
      if (!wasOpen || openedByHover) openedByHover = true;
    });
  }, OPEN_DELAY);
});
document.addEventListener('pointerout', (e) => {
  if (e.pointerType !== 'mouse') return;
  const from = annotation(e.target) ?? (pop.contains(e.target as Node) ? pop : null);
  if (!from) return;
  const to = e.relatedTarget as Node | null;
  if (to && (pop.contains(to) || (owner && owner.contains(to)))) return;
  clearTimeout(openTimer);
  if (openedByHover) closeTimer = setTimeout(hide, CLOSE_DELAY);
});
document.addEventListener('focusin', (e) => {
  const a = annotation(e.target);
  // Keyboard focus opens the note; the focus a tap gives is handled by the click below.
  if (a && a === returningTo) returningTo = undefined;
  else if (a && a.matches(':focus-visible')) void show(a);
  else if (!pop.contains(e.target as Node)) hide();
});
document.addEventListener('click', (e) => {
  const a = annotation(e.target);
  if (a) {
    // A first tap (or click) shows the note; the note's own link leads on, and a second tap follows the word's link.
    if (owner !== a || !pop.matches(':popover-open')) {
      e.preventDefault();
      void show(a);
    }
    // A click keeps the note open whatever the pointer does next.
    openedByHover = false;
    clearTimeout(openTimer);
  } else if (!pop.contains(e.target as Node)) hide();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && owner) {
    const back = owner;
    hide();
    if (document.activeElement !== back) {
      returningTo = back;
      back.focus({ preventScroll: true });
    }
  }
});

// Fetched while the reader reads, so a note rarely waits; never before the page has painted and settled.
const prefetch = () => {
  void loadNotes().catch(() => {});
  const marker = document.querySelector<HTMLAnchorElement>('a.parallel-marker[href]');
  if (marker) void loadParallelsList(marker.href.split('#')[0]!).catch(() => {});
};
addEventListener('load', () => ('requestIdleCallback' in window ? requestIdleCallback(prefetch) : setTimeout(prefetch, 1000)), {
  once: true,
});
