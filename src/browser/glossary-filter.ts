/**
 * The glossary index's instant filter: matches what the reader types against
 * each entry's term and aliases, in characters, pinyin (baxiang) and initials
 * (bxgd). Without JavaScript the filter stays hidden and the full list shows.
 */
export function normalizeQuery(query: string): string {
  return query.toLowerCase().replace(/[\s'’·“”《》"]/gu, '');
}

export function enableGlossaryFilter(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-glossary-filter]');
  const input = box?.querySelector('input');
  const status = box?.querySelector('[role=status]');
  if (!box || !input || !status) return;
  box.hidden = false;
  const items = [...root.querySelectorAll<HTMLElement>('li[data-keys]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-filter-group]')];
  const empty = root.querySelector<HTMLElement>('[data-filter-empty]');

  const apply = () => {
    const query = normalizeQuery(input.value);
    let shown = 0;
    for (const item of items) {
      const match = !query || item.dataset.keys!.split(' ').some((key) => key.includes(query));
      item.hidden = !match;
      if (match && item.closest('.entry-list')) shown++;
    }
    for (const group of groups) group.hidden = !!query && !group.querySelector('li[data-keys]:not([hidden])');
    if (empty) empty.hidden = !query || shown > 0;
    status.textContent = query ? `找到 ${shown} 条术语` : '';
    const params = new URLSearchParams(location.search);
    if (query) params.set('q', input.value);
    else params.delete('q');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
  };
  input.addEventListener('input', apply);
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    apply();
  }
}
