/**
 * Radio filters (RadioFilter.astro, and the tracker's status counts, which are
 * radios of the same name): in each filter root (data-radio-filter: the
 * tracker, the project list, the glossary), each filter's checked value hides,
 * by a class, the root's items whose data-<name> differs. One pass over the
 * items on a change; on load only when the browser restored a checked filter.
 * Without JavaScript, /radio-filter.css does it with :has().
 */
for (const root of document.querySelectorAll<HTMLElement>('[data-radio-filter]')) {
  const apply = () => {
    const checked = new Map<string, string>();
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) checked.set(input.name, input.value);
    for (const [name, value] of checked)
      for (const item of root.querySelectorAll<HTMLElement>(`[data-${name}]`))
        item.classList.toggle('radio-off', value !== 'all' && item.dataset[name] !== value);
  };
  root.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'radio') apply();
  });
  if (root.querySelector('input[type="radio"]:checked:not([value="all"])')) apply();
}
