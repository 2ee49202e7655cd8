/**
 * The search page's first script, inline in its head: it imports Pagefind and,
 * with a query in the address, starts its worker, WebAssembly and index
 * metadata. Render-blocking (`blocking="render"`, an async module), so
 * Pagefind is evaluated before the page's first layout and its worker starts
 * while the page is laid out; as a deferred module it ran after the first
 * layout and paint, which at 4× CPU put the worker seconds behind a bare page
 * of Pagefind's own API. engine.ts imports the same module, already evaluated.
 * astro.config.mjs allows it in the Content-Security-Policy by its hash.
 */
export function searchEarlyStart(base: string): string {
  const pagefind = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
  return `import{init}from${JSON.stringify(pagefind)};if(new URLSearchParams(location.search).get('q'))void init();`;
}
