/**
 * The speech list page's sorting and filters: newest or oldest first, and by
 * kind and level, kept in the address (?排序=旧&类型=讲话&层级=省) so a list
 * can be shared. Without JavaScript the controls stay hidden and the whole
 * list shows, newest first, as built.
 */

export interface ListState {
  oldest: boolean;
  kinds: string[];
  levels: string[];
}

export interface ListItem {
  kind: string;
  level: string;
  /** 2020-11-12, 2020, or '' when undated. */
  date: string;
}

/** The state an address asks for. */
export function readListState(search: string): ListState {
  const params = new URLSearchParams(search);
  return { oldest: params.get('排序') === '旧', kinds: params.getAll('类型'), levels: params.getAll('层级') };
}

/** The address's query for a state ('' for the default: everything, newest first). */
export function writeListState(state: ListState): string {
  const params = new URLSearchParams();
  if (state.oldest) params.set('排序', '旧');
  for (const kind of state.kinds) params.append('类型', kind);
  for (const level of state.levels) params.append('层级', level);
  return params.size ? `?${params}` : '';
}

/**
 * The items to show, as indices into `items` (which are newest first), in the
 * order asked for: a kind or level filter keeps the items with one of its
 * ticked values; oldest first reverses the dated ones, undated still last.
 */
export function arrange(items: readonly ListItem[], state: ListState): number[] {
  const shown = items.flatMap((item, i) =>
    (state.kinds.length === 0 || state.kinds.includes(item.kind)) && (state.levels.length === 0 || state.levels.includes(item.level)) ? [i] : [],
  );
  if (!state.oldest) return shown;
  const dated = shown.filter((i) => items[i]!.date);
  return [...dated.reverse(), ...shown.filter((i) => !items[i]!.date)];
}

export function enableSpeechList(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-speech-controls]');
  const list = doc.querySelector<HTMLOListElement>('[data-speech-list]');
  const status = doc.querySelector<HTMLElement>('[data-speech-status]');
  if (!form || !list || !status) return;
  form.hidden = false;
  const lis = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  const items = lis.map((li) => ({ kind: li.dataset.kind ?? '', level: li.dataset.level ?? '', date: li.dataset.date ?? '' }));
  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const state = (): ListState => ({
    oldest: boxes('排序').some((b) => b.checked && b.value === '旧'),
    kinds: boxes('类型').filter((b) => b.checked).map((b) => b.value),
    levels: boxes('层级').filter((b) => b.checked).map((b) => b.value),
  });
  const apply = () => {
    const current = state();
    const order = arrange(items, current);
    const shown = new Set(order);
    lis.forEach((li, i) => (li.hidden = !shown.has(i)));
    list.append(...order.map((i) => lis[i]!), ...lis.filter((_, i) => !shown.has(i)));
    status.textContent = order.length === lis.length ? `共 ${lis.length} 篇，${current.oldest ? '从旧到新' : '从新到旧'}排列。` : `显示 ${order.length} 篇，共 ${lis.length} 篇。`;
    history.replaceState(null, '', `${location.pathname}${writeListState(current)}${location.hash}`);
  };
  const initial = readListState(location.search);
  for (const box of boxes('排序')) box.checked = (box.value === '旧') === initial.oldest;
  for (const box of boxes('类型')) box.checked = initial.kinds.includes(box.value);
  for (const box of boxes('层级')) box.checked = initial.levels.includes(box.value);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
