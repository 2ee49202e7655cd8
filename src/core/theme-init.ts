/**
 * Applies a saved theme before the first paint, so a page never flashes the
 * other theme. It is the site's only inline script; astro.config.mjs allows it
 * in the Content-Security-Policy by its hash.
 */
export const THEME_INIT =
  "try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}";
