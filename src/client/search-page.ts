/**
 * The search page: loads Pagefind and the query dictionary on first use, runs
 * the typed query and its alternatives, and lists results with their document,
 * section and a highlighted excerpt; each links to its paragraph with the
 * words to highlight there.
 */
import type { SearchDictionary } from '../search-index/dictionary.ts';
import { excerpt } from '../search-index/excerpt.ts';
import { type Hit, mergeHits, namesFirst } from './search/merge.ts';
import { type Convert, pairConverter, readingOf } from '../zh/reading.ts';
import { MAX_QUERY_CHARS, cutQuery, planQuery, readQuery } from './search/plan.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: { title: string; section: string; text: string; names: string } }>;
}
interface Pagefind {
  init: () => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
  search: (q: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[] }>;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const SHOWN = 30;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const filterBoxes = [...document.querySelectorAll<HTMLInputElement>('.search-filters input[type="checkbox"]')];

let engine: Promise<{ pagefind: Pagefind; dictionary: SearchDictionary; words: Set<string>; longest: number }> | undefined;

function load() {
  engine ??= (async () => {
    const [pagefind, dictionary] = await Promise.all([
      import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`) as Promise<Pagefind>,
      fetch(`${BASE}pagefind/dictionary.json`).then((r) => r.json() as Promise<SearchDictionary>),
    ]);
    await pagefind.init();
    // A large site is indexed in shards; Pagefind searches them as one.
    for (const shard of dictionary.shards ?? []) await pagefind.mergeIndex(`${BASE}${shard}`);
    return { pagefind, dictionary, words: new Set(dictionary.words), longest: Math.max(...dictionary.words.map((w) => [...w].length)) };
  })();
  return engine;
}

function selectedFilters(): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const box of filterBoxes.filter((b) => b.checked)) (filters[box.name] ??= { any: [] }).any.push(box.value);
  return filters;
}

/**
 * The searched words as a result's text writes them: found on its reading and
 * mapped back, so a Traditional paragraph or one with a zero-width space in a
 * name gets its own characters marked, in the excerpt and on arrival.
 */
function asWritten(text: string, words: string[], convert: Convert): string[] {
  const reading = readingOf(text, convert);
  const forms = new Set(words);
  for (const w of words) {
    for (let at = reading.text.indexOf(w); w && at !== -1; at = reading.text.indexOf(w, at + w.length)) {
      const [start, end] = reading.span(at, at + w.length);
      forms.add(text.slice(start, end));
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

let cached: { pairs: string; convert: Convert } | undefined;
/** The query converter, built once from the dictionary's pairs. */
function converter(pairs: string): Convert {
  if (cached?.pairs !== pairs) cached = { pairs, convert: pairConverter(pairs) };
  return cached.convert;
}

function resultItem(r: { url: string; title: string; section: string; text: string }, words: string[], convert: Convert): HTMLLIElement {
  const highlights = asWritten(r.text, words, convert);
  const li = document.createElement('li');
  const link = document.createElement('a');
  const [path, hash] = r.url.split('#');
  const params = new URLSearchParams(highlights.map((h) => ['hl', h]));
  link.href = `${path}?${params}${hash ? `#${hash}` : ''}`;
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = r.title;
  link.append(title);
  if (r.section) {
    const section = document.createElement('span');
    section.className = 'result-section';
    section.textContent = r.section;
    link.append(section);
  }
  const p = document.createElement('p');
  p.className = 'result-excerpt';
  for (const piece of excerpt(r.text, highlights)) {
    if (piece.hit) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      p.append(mark);
    } else p.append(piece.text);
  }
  li.append(link, p);
  return li;
}

let generation = 0;
async function run(): Promise<void> {
  const query = input.value.trim();
  const mine = ++generation;
  const url = new URL(location.href);
  // The searched part only, so a shared link stays short enough for any server.
  if (query) url.searchParams.set('q', cutQuery(query).text);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = '正在搜索…';
  const { pagefind, dictionary, words, longest } = await load();
  const convert = converter(dictionary.simplified ?? '');
  const { typed, read, cut } = readQuery(query, convert);
  const plan = planQuery(read, dictionary, words, longest);
  const filters = selectedFilters();
  const searches = await Promise.all(plan.searches.map((s) => pagefind.search(s, { filters })));
  const byId = new Map(searches.flatMap((s) => s.results).map((r) => [r.id, r]));
  const hits: Hit[] = mergeHits(searches.map((s) => s.results.map(({ id, score }) => ({ id, score }))));
  const loaded = await Promise.all(
    hits.slice(0, SHOWN + 10).map(async (h) => {
      const d = await byId.get(h.id)!.data();
      return { url: d.url, score: h.score, ...d.meta };
    }),
  );
  if (mine !== generation) return;
  const ranked = namesFirst(loaded, read, dictionary.alternatives[read] ?? []).slice(0, SHOWN);
  list.replaceChildren(...ranked.map((r) => resultItem(r, plan.highlights, convert)));
  const note = cut ? `查询较长，只搜索了前${MAX_QUERY_CHARS}个字。` : '';
  status.textContent = hits.length
    ? `找到${hits.length}条结果${hits.length > SHOWN ? `，显示前${SHOWN}条` : ''}。${note}`
    : `没有找到“${typed}”。${note}试试更短的词，或去掉筛选条件。`;
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 200);
});
input.addEventListener('focus', () => void load(), { once: true });
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run();
});
// On phones the filters fold into one <details>; its summary says how many are on, so a closed one hides none.
const filterSummary = document.querySelector<HTMLElement>('.filter-box > summary');
const summaryText = filterSummary?.textContent ?? '';
const countFilters = () => {
  const on = filterBoxes.filter((b) => b.checked).length;
  if (filterSummary) filterSummary.textContent = on ? `${summaryText}（已选${on}项）` : summaryText;
};
for (const box of filterBoxes) {
  box.addEventListener('change', () => {
    countFilters();
    void run();
  });
}
addEventListener('pageshow', countFilters);

// Arrow keys move between the box and the results; Tab works as everywhere.
document.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('li > a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement !== input && at < 0) return;
  e.preventDefault();
  const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
  (next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
});

const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  void run();
}
