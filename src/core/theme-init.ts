/**
 * Applies the reader's saved theme and reading mode before the first paint,
 * so a page never flashes the other theme or its annotations. Inline (as is
 * the search page's early start, src/client/search/early-start.ts), so
 * astro.config.mjs allows it in the Content-Security-Policy by its hash.
 */
export const THEME_INIT =
  "try{var s=localStorage,t=s.getItem('theme'),d=document.documentElement;if(t==='dark'||t==='light')d.dataset.theme=t;if(s.getItem('reading')==='plain')d.dataset.reading='plain'}catch(e){}";
