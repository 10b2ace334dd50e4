/** Pressing / anywhere (outside a text field) puts the cursor in the header search box. */
export function enableSearchShortcut(root: Document): void {
  const input = root.querySelector<HTMLInputElement>('#site-search-input, #search-input');
  if (!input) return;
  root.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
