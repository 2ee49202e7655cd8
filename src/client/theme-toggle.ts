/**
 * Light/dark toggle. The page follows prefers-color-scheme until the reader
 * chooses; the choice is kept in localStorage and applied before first paint
 * by the inline script in BaseLayout.
 */
const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
if (button) {
  const root = document.documentElement;
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  button.hidden = false;
  sync();
  systemDark.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
    sync();
  });
}
