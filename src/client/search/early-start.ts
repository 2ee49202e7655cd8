/**
 * The search page's first scripts, inline in its head. With a query in the
 * address, a classic script adds a render-blocking module (`blocking="render"`)
 * that imports Pagefind and starts its worker, WebAssembly and index metadata,
 * so the worker starts before the page's first layout; as a deferred module it
 * ran after the first layout and paint, which at 4× CPU put the worker seconds
 * behind a bare page of Pagefind's own API. Without a query nothing is added:
 * the page paints without waiting for Pagefind, which the reader needs only
 * once they search (engine.ts imports it then, or finds it already evaluated).
 * astro.config.mjs allows both scripts in the Content-Security-Policy by their
 * hashes (searchInlineScripts).
 */
function earlyModule(base: string): string {
  const pagefind = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
  return `import{init}from${JSON.stringify(pagefind)};void init();`;
}

export function searchEarlyStart(base: string): string {
  return `if(new URLSearchParams(location.search).get('q')){var s=document.createElement('script');s.type='module';s.setAttribute('blocking','render');s.textContent=${JSON.stringify(earlyModule(base))};document.head.append(s)}`;
}

/** Every inline script the search page runs, for the Content-Security-Policy's hashes. */
export function searchInlineScripts(base: string): string[] {
  return [searchEarlyStart(base), earlyModule(base)];
}
