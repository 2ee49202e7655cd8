/** "/" puts the cursor in the search box (the page's own on the search page), unless the reader is typing. */
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const active = document.activeElement;
  if (
    active instanceof HTMLInputElement ||
    active instanceof HTMLTextAreaElement ||
    (active instanceof HTMLElement && active.isContentEditable)
  )
    return;
  const box = document.querySelector<HTMLInputElement>('#search-input') ?? document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  e.preventDefault();
  box.focus();
});

// Reached from a search result: mark the words searched for.
if (new URLSearchParams(location.search).has('hl')) void import('./search-highlight.ts');
