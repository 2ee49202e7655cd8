/**
 * The tracker's radio filters (RadioFilter.astro, and the status counts, which
 * are radios of the same name): each filter's checked value hides, by a class,
 * the items of the `.tracker` whose data-<name> differs. One pass over the
 * items on a change; on load only when the browser restored a checked filter.
 * Without JavaScript, /radio-filter.css does it with :has().
 */
const root = document.querySelector<HTMLElement>('.tracker');
if (root) {
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
