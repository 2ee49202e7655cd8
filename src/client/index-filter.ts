/**
 * Filter-as-you-type for the glossary, entity and target indexes. The page
 * lists everything without JavaScript; this only adds a search box that hides
 * the items (data-filter-item, a selector) whose text does not contain what
 * is typed, and the groups (data-filter-group) left empty. The box goes at the
 * element marked data-filter-box, and a status line says how many are shown.
 */
const filterRoot = document.querySelector<HTMLElement>('[data-filter-item]');
if (filterRoot) {
  const itemSelector = filterRoot.dataset.filterItem!;
  const groupSelector = filterRoot.dataset.filterGroup;
  const items = [...filterRoot.querySelectorAll<HTMLElement>(itemSelector)];
  const texts = items.map((el) => (el.textContent ?? '').toLowerCase().replace(/\s+/g, ''));
  const groups = groupSelector ? [...filterRoot.querySelectorAll<HTMLElement>(groupSelector)] : [];

  const box = document.createElement('div');
  box.className = 'index-filter';
  const label = document.createElement('label');
  label.htmlFor = 'index-filter-q';
  label.textContent = filterRoot.dataset.filterLabel ?? '筛选';
  const input = document.createElement('input');
  input.type = 'search';
  input.id = 'index-filter-q';
  input.autocomplete = 'off';
  input.setAttribute('aria-describedby', 'index-filter-status');
  const status = document.createElement('p');
  status.id = 'index-filter-status';
  status.className = 'index-filter-status';
  status.setAttribute('role', 'status');
  box.append(label, input, status);
  (filterRoot.querySelector('[data-filter-box]') ?? filterRoot.firstElementChild)?.after(box);

  let queued = 0;
  const apply = () => {
    const q = input.value.toLowerCase().replace(/\s+/g, '');
    let shown = 0;
    items.forEach((el, i) => {
      const hit = !q || texts[i]!.includes(q);
      el.classList.toggle('filtered-out', !hit);
      if (hit) shown++;
    });
    for (const g of groups) g.classList.toggle('filtered-out', !g.querySelector(`${itemSelector}:not(.filtered-out)`));
    status.textContent = q ? `显示${shown}项（共${items.length}项）` : '';
  };
  input.addEventListener('input', () => {
    cancelAnimationFrame(queued);
    queued = requestAnimationFrame(apply);
  });
}
