/**
 * The search page: loads Pagefind and the query dictionary on first use, runs
 * the typed query, its alternatives and its corrected form, and lists results
 * with their document, section and a highlighted excerpt; each links to its
 * paragraph with the words to highlight there. The order is decided on
 * Pagefind's ids alone (search/merge.ts), so results are loaded and shown in
 * that order, the first as soon as it is loaded.
 */
import type { SearchDictionary } from '../search-index/dictionary.ts';
import { excerpt } from '../search-index/excerpt.ts';
import { KIND_OF_DOCUMENT } from '../search-index/kinds.ts';
import { nameToken, queryText } from '../search-index/tokens.ts';
import { type Hit, firstCandidates, mergeHits, rankHits } from './search/merge.ts';
import { type NamesByLength, namesByLength } from './search/near.ts';
import { type Convert, pairConverter, readingOf } from '../zh/reading.ts';
import { MAX_QUERY_CHARS, cutQuery, planQuery, readQuery } from './search/plan.ts';
import { BASE, type Filters, type Pagefind, type PagefindResult, type ResultData, startEngine } from './search/engine.ts';

const SHOWN = 30;
/** Where each load of results ends, in order: the first alone, so it shows as soon as Pagefind has it. */
const BATCH_ENDS = [1, 5, SHOWN];
/** Candidates for the first place loaded at a time, and at most in all, until one is a report paragraph. */
const PROBES = [1, 3, 5];
/** Pages about the names asked for, at most, shown after the first paragraph. */
const ABOUT = 8;
const REPORTS = `${BASE}reports/`;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const suggestion = document.querySelector<HTMLElement>('#search-suggestion')!;
const filterBoxes = [...document.querySelectorAll<HTMLInputElement>('.search-filters input[type="checkbox"]')];

interface Prepared {
  dictionary: SearchDictionary;
  words: Set<string>;
  longest: number;
  near: NamesByLength;
}
let engine: { pagefind: Promise<Pagefind>; prepared: Promise<Prepared> } | undefined;

function load() {
  engine ??= (() => {
    const { pagefind, dictionary } = startEngine();
    // Built as soon as the dictionary arrives, while Pagefind's worker starts, not after it.
    const prepared = dictionary.then((d) => ({
      dictionary: d,
      words: new Set(d.words),
      longest: Math.max(...d.words.map((w) => [...w].length)),
      near: namesByLength(d.words),
    }));
    return { pagefind, prepared };
  })();
  return engine;
}

function selectedFilters(): Filters {
  const filters: Filters = {};
  for (const box of filterBoxes.filter((b) => b.checked)) (filters[box.name] ??= { any: [] }).any.push(box.value);
  return filters;
}

/** The reader's filters narrowed to report paragraphs (the kinds of document); undefined when they leave none. */
function paragraphFilters(filters: Filters): Filters | undefined {
  const documentKinds: string[] = Object.values(KIND_OF_DOCUMENT);
  const kinds = filters.kind ? filters.kind.any.filter((k) => documentKinds.includes(k)) : documentKinds;
  return kinds.length ? { ...filters, kind: { any: kinds } } : undefined;
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

function resultItem(
  r: { url: string; title: string; section: string; text: string; about: boolean },
  words: string[],
  convert: Convert,
): HTMLLIElement {
  const highlights = asWritten(r.text, words, convert);
  const li = document.createElement('li');
  const link = document.createElement('a');
  const [path, hash] = r.url.split('#');
  const params = new URLSearchParams(highlights.map((h) => ['hl', h]));
  link.href = `${path}?${params}${hash ? `#${hash}` : ''}`;
  if (r.about) {
    li.className = 'result-about';
    const about = document.createElement('span');
    about.className = 'result-about-label';
    about.textContent = '关于这个名称';
    link.append(about);
  }
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

/**
 * A hidden result, laid out while Pagefind's worker runs the first searches
 * and taken away with the first real result. Chromium sets a font up (family,
 * weight and size) the first time it lays text out in it, asking the browser
 * process to match and open it; a result's title, section, excerpt and mark
 * use fonts the form does not, and at 4× CPU setting them up took most of the
 * first result's layout. Here that happens while the main thread waits.
 */
let fontProbe: HTMLElement | null | undefined;
function warmResultFonts(): void {
  // Once: the fonts stay set up for the page's life; null once a result has been shown.
  if (fontProbe !== undefined) return;
  fontProbe = document.createElement('ol');
  fontProbe.className = 'search-font-probe';
  fontProbe.setAttribute('aria-hidden', 'true');
  fontProbe.inert = true;
  fontProbe.append(resultItem({ url: '', title: '衡阳', section: '衡阳', text: '衡阳', about: true }, ['衡'], (t) => t));
  list.after(fontProbe);
  // Laid out now, never in the same layout as the first result.
  void fontProbe.offsetHeight;
}
function dropFontProbe(): void {
  fontProbe?.remove();
  fontProbe = null;
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
    suggestion.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = '正在搜索…';
  const engine = load();
  const { dictionary, words, longest, near } = await engine.prepared;
  if (mine !== generation) return;
  const convert = converter(dictionary.simplified ?? '');
  const { typed, read, cut } = readQuery(query, convert);
  // Planned before Pagefind is ready, so the first searches go out as soon as it is.
  const plan = planQuery(read, dictionary, words, longest, near);
  const pagefind = await engine.pagefind;
  if (mine !== generation) return;
  const filters = selectedFilters();
  const search = (q: string) => pagefind.search(q, { filters });
  const ids = (r: { results: PagefindResult[] }) => r.results.map((x) => x.id);
  const scored = (rs: { results: PagefindResult[] }[]) => rs.map((r) => r.results.map(({ id, score }) => ({ id, score })));
  const byId = new Map<string, PagefindResult>();
  const known = <T extends { results: PagefindResult[] }>(r: T): T => {
    for (const x of r.results) byId.set(x.id, x);
    return r;
  };
  const loaded = new Map<string, ResultData>();
  const loadData = async (batch: string[]) => {
    const missing = batch.filter((id) => !loaded.has(id));
    const data = await Promise.all(missing.map((id) => byId.get(id)!.data()));
    missing.forEach((id, i) => loaded.set(id, data[i]!));
  };
  /** The first candidate that is a report paragraph, loading a few at a time; only these are loaded before the first result shows. */
  const firstParagraph = async (candidates: string[]) => {
    for (let tried = 0, k = 0; k < PROBES.length && tried < candidates.length; tried += PROBES[k++]!) {
      const batch = candidates.slice(tried, tried + PROBES[k]!);
      await loadData(batch);
      const found = batch.find((id) => new URL(loaded.get(id)!.url, location.href).pathname.startsWith(REPORTS));
      if (found) return found;
    }
    return undefined;
  };
  const phrase = (p: string, f = filters) => pagefind.search(`"${queryText([p])}"`, { filters: f });
  const itemWith = (highlights: string[]) => (r: { id: string; about: boolean }) => {
    const d = loaded.get(r.id)!;
    return resultItem({ url: d.url, ...d.meta, about: r.about }, highlights, convert);
  };
  // The first place before anything else is searched: the best-scored report paragraph holding the typed phrase
  // whole, from the phrase and the typed words searched narrowed to paragraphs (the same words of the index, so the
  // same chunks) and one record loaded, which is what a bare Pagefind search costs. The other searches start only
  // once it shows, so they do not queue before it in Pagefind's worker.
  const paragraphs = paragraphFilters(filters);
  let first: string | undefined;
  if (paragraphs && plan.phrases[0]) {
    const searched = Promise.all([phrase(plan.phrases[0], paragraphs), pagefind.search(plan.searches[0]!, { filters: paragraphs })]);
    // In a task of its own, so the searches are on their way to the worker first.
    setTimeout(warmResultFonts);
    const [whole, words] = await searched;
    // "4000亿" is one word of the index, which exact search does not extend to 4000亿元: with the phrase found nowhere
    // whole, the typed words decide, where they are all there is to weigh (no other name, no near miss).
    const alone = plan.phrases.length === 1 && !plan.corrected;
    const candidates = firstCandidates(scored([known(words)])[0]!, ids(known(whole)), []);
    if (mine !== generation) return;
    first = whole.results.length || alone ? candidates[0] : undefined;
    if (first) {
      await loadData([first]);
      if (mine !== generation) return;
      list.replaceChildren(itemWith(plan.highlights)({ id: first, about: false }));
      dropFontProbe();
    }
  }
  list.setAttribute('aria-busy', 'true');
  const early = first;

  // Then the typed form, its phrase and the pages about its names, which decide whether a near miss is offered.
  const typedSearched = Promise.all([
    Promise.all(plan.searches.slice(0, 1).map(search)).then((rs) => rs.map(known)),
    Promise.all(plan.phrases.slice(0, 1).map((p) => phrase(p))).then((rs) => rs.map(known)),
    Promise.all(plan.names.map((n) => search(nameToken(n)))).then((rs) => rs.map(known)),
  ]);
  if (!first) setTimeout(warmResultFonts);
  const [typedHits, typedPhrases, typedNames] = await typedSearched;
  if (mine !== generation) return;
  // A near miss is offered only where what was typed is written nowhere (its other names are not what was typed).
  const offer = plan.corrected && !typedPhrases.some((r) => r.results.length) ? plan.corrected : undefined;
  const item = itemWith([...plan.highlights, ...(offer?.highlights ?? [])]);

  const [otherHits, otherPhrases, fixedHits, fixedPhrases, fixedNames] = await Promise.all([
    Promise.all(plan.searches.slice(1).map(search)).then((rs) => rs.map(known)),
    Promise.all(plan.phrases.slice(1).map((p) => phrase(p))).then((rs) => rs.map(known)),
    Promise.all((offer?.searches ?? []).map(search)).then((rs) => rs.map(known)),
    Promise.all((offer?.phrases ?? []).map((p) => phrase(p))).then((rs) => rs.map(known)),
    Promise.all((offer?.names ?? []).map((n) => search(nameToken(n)))).then((rs) => rs.map(known)),
  ]);
  if (mine !== generation) return;
  const hits: Hit[] = mergeHits(scored([...typedHits, ...otherHits, ...fixedHits]));
  let named = [...new Set([...typedNames.flatMap(ids), ...fixedNames.flatMap(ids)])].slice(0, ABOUT);
  // A page is about a name only if it lists it (a name with no page of its own gets Pagefind's nearest word instead).
  const asked = new Set([...plan.names, ...(offer?.names ?? [])]);
  await loadData(named);
  if (mine !== generation) return;
  named = named.filter((id) =>
    loaded
      .get(id)!
      .meta.names.split('|')
      .some((n) => asked.has(n)),
  );
  // "4000亿" is one word of the index, which exact search does not extend to 4000亿元: then every hit is a candidate.
  first ??= await firstParagraph(firstCandidates(hits, [...typedPhrases, ...otherPhrases, ...fixedPhrases].flatMap(ids), named));
  if (mine !== generation) return;
  const ranked = rankHits(hits, first, named).slice(0, SHOWN);
  suggestion.replaceChildren(...(offer ? didYouMean(offer.query) : []));
  let shown = early ? 1 : 0;
  for (const end of BATCH_ENDS) {
    const batch = ranked.slice(shown, end);
    if (!batch.length) continue;
    await loadData(batch.map((r) => r.id));
    if (mine !== generation) return;
    if (shown === 0) list.replaceChildren(...batch.map(item));
    else list.append(...batch.map(item));
    shown += batch.length;
  }
  if (!ranked.length) list.replaceChildren();
  dropFontProbe();
  list.removeAttribute('aria-busy');
  const total = new Set([...hits.map((h) => h.id), ...named]).size;
  const note = cut || pasteCut ? `查询较长，只搜索了前${MAX_QUERY_CHARS}个字。` : '';
  status.textContent = total
    ? `找到${total}条结果${total > SHOWN ? `，显示前${SHOWN}条` : ''}。${note}`
    : `没有找到“${typed}”。${note}试试更短的词，或去掉筛选条件。`;
}

/** 你要找的是不是“…”？ with a link that searches the corrected query. */
function didYouMean(corrected: string): Node[] {
  const link = document.createElement('a');
  const target = new URL(location.href);
  target.searchParams.set('q', corrected);
  link.href = target.toString();
  link.textContent = corrected;
  link.addEventListener('click', (e) => {
    e.preventDefault();
    input.value = corrected;
    void run();
  });
  return [document.createTextNode('你要找的是不是“'), link, document.createTextNode('”？下面也列出了它的结果。')];
}

/** The last paste was cut to fit the box: the status says so, as for a long query in a link. */
let pasteCut = false;
// A pasted text that would overfill the box (maxlength) is cut before it goes in, so the box never takes in a
// megabyte: Chromium spent about 3 s taking one in before cutting it to the limit.
input.addEventListener('paste', (e) => {
  const pasted = e.clipboardData?.getData('text/plain') ?? '';
  const { selectionStart: start, selectionEnd: end, value } = input;
  const room = Math.max(0, input.maxLength - (value.length - ((end ?? 0) - (start ?? 0))));
  if (input.maxLength < 0 || pasted.length <= room) return;
  e.preventDefault();
  let piece = cutQuery(pasted).text;
  // Whole characters only: a surrogate pair is never split at the limit.
  while (piece.length > room) piece = piece.slice(0, piece.codePointAt(piece.length - 2)! > 0xffff ? -2 : -1);
  input.setRangeText(piece, start ?? value.length, end ?? value.length, 'end');
  pasteCut = true;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
});

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', (e) => {
  if ((e as InputEvent).inputType !== 'insertFromPaste') pasteCut = false;
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
