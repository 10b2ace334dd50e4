/**
 * Handout options, kept in the address (?notes=1&style=gbt) so a handout can
 * be shared as a link: study-note pages on or off, reading or official
 * (GB/T 9704) style. They are classes on <html>, which the print styles read.
 */
export function readHandoutOptions(search: string): { notes: boolean; style: '' | 'gbt' } {
  const params = new URLSearchParams(search);
  return { notes: params.get('notes') === '1', style: params.get('style') === 'gbt' ? 'gbt' : '' };
}

export function applyHandoutOptions(root: Document, options: { notes: boolean; style: string }): void {
  root.documentElement.classList.toggle('with-notes', options.notes);
  root.documentElement.classList.toggle('gbt', options.style === 'gbt');
}

export function enableHandoutControls(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-handout-controls]');
  if (!form) return;
  const options = readHandoutOptions(location.search);
  const notes = form.elements.namedItem('notes') as HTMLInputElement | null;
  if (notes) notes.checked = options.notes;
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name=style]')) radio.checked = radio.value === options.style;
  applyHandoutOptions(root, options);
  form.addEventListener('change', () => {
    const next = { notes: notes?.checked ?? false, style: form.querySelector<HTMLInputElement>('input[name=style]:checked')?.value ?? '' };
    applyHandoutOptions(root, next);
    const params = new URLSearchParams(location.search);
    if (next.notes) params.set('notes', '1');
    else params.delete('notes');
    if (next.style) params.set('style', next.style);
    else params.delete('style');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  });
}
