/**
 * The search page's first scripts, inline in its head. With a query in the
 * address, a classic script starts Pagefind's web worker at once, while the
 * page and Pagefind's own script are still on their way, and adds a
 * render-blocking module (`blocking="render"`) that imports Pagefind, so its
 * `init()` is sent before the page's first layout. Pagefind creates its
 * worker itself (`new Worker(…pagefind-worker.js)`), after its script has
 * arrived and run; the worker then starts only once the main thread is free
 * to hear from the browser process, which at 4× CPU came after the page's
 * first layout, most of a second later than on a bare page of Pagefind's
 * API. So until Pagefind asks for its worker, `Worker` hands it the one
 * already started (the same script, which waits for Pagefind's first
 * message) and is then itself again. Without a query nothing is added: the
 * page paints without waiting for Pagefind, which the reader needs only once
 * they search (engine.ts imports it then, or finds it already evaluated).
 * astro.config.mjs allows both scripts in the Content-Security-Policy by
 * their hashes (searchInlineScripts).
 */
const pagefindPath = (base: string, file: string) => `${base.replace(/\/?$/, '/')}pagefind/${file}`;

function earlyModule(base: string): string {
  return `import{init}from${JSON.stringify(pagefindPath(base, 'pagefind.js'))};void init();`;
}

/** The worker started now, and handed to the first `new Worker` of the same script; any other is made as usual. */
function startWorker(base: string): string {
  return `try{var W=window.Worker,u=new URL(${JSON.stringify(pagefindPath(base, 'pagefind-worker.js'))},location.href).href,w=new W(u);window.Worker=function(a,o){if(w&&new URL(a,location.href).href===u){var x=w;w=null;window.Worker=W;return x}return new W(a,o)}}catch(e){}`;
}

export function searchEarlyStart(base: string): string {
  return `if(new URLSearchParams(location.search).get('q'))(function(){${startWorker(base)}var s=document.createElement('script');s.type='module';s.setAttribute('blocking','render');s.textContent=${JSON.stringify(earlyModule(base))};document.head.append(s)})()`;
}

/** Every inline script the search page runs, for the Content-Security-Policy's hashes. */
export function searchInlineScripts(base: string): string[] {
  return [searchEarlyStart(base), earlyModule(base)];
}
