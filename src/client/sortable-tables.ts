/** Sortable tables: each header becomes a button; aria-sort tells the order. Without JS the table keeps its printed order. */
for (const table of document.querySelectorAll<HTMLTableElement>('table.sortable')) {
  const headers = [...table.tHead!.rows[0]!.cells];
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = th.dataset.sort === 'number';
      const body = table.tBodies[0]!;
      const key = (row: HTMLTableRowElement) => row.cells[column]!.textContent ?? '';
      const rows = [...body.rows].sort((a, b) => {
        const order = numeric ? Number.parseFloat(key(a)) - Number.parseFloat(key(b)) : key(a).localeCompare(key(b), 'zh-CN');
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}
