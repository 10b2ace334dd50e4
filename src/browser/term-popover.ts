/**
 * Term links show their one-sentence summary in a popover on hover and on
 * keyboard focus. The summary is the link's title, so browsers without
 * JavaScript show it as a native tooltip; with JavaScript the title moves to
 * an accessible description (aria-describedby) and a styled popover.
 */
export function enableTermPopovers(root: Document): void {
  const popover = root.createElement('div');
  popover.className = 'term-popover';
  popover.id = 'term-popover';
  popover.setAttribute('role', 'tooltip');
  popover.hidden = true;
  root.body.append(popover);
  let current: HTMLAnchorElement | undefined;

  const hide = () => {
    if (!current) return;
    current.removeAttribute('aria-describedby');
    current = undefined;
    popover.hidden = true;
  };

  const show = (link: HTMLAnchorElement) => {
    if (current === link) return;
    hide();
    const summary = link.dataset.summary ?? '';
    if (!summary) return;
    current = link;
    popover.innerHTML = '';
    const term = root.createElement('strong');
    term.textContent = link.textContent;
    const text = root.createElement('span');
    text.textContent = summary;
    popover.append(term, text);
    popover.hidden = false;
    link.setAttribute('aria-describedby', popover.id);
    const rect = link.getBoundingClientRect();
    const width = Math.min(320, root.documentElement.clientWidth - 16);
    popover.style.maxWidth = `${width}px`;
    const left = Math.min(Math.max(8, rect.left + window.scrollX), window.scrollX + root.documentElement.clientWidth - width - 8);
    popover.style.left = `${left}px`;
    popover.style.top = `${rect.bottom + window.scrollY + 6}px`;
  };

  for (const link of root.querySelectorAll<HTMLAnchorElement>('a.term[title]')) {
    link.dataset.summary = link.title;
    link.removeAttribute('title');
    link.addEventListener('mouseenter', () => show(link));
    link.addEventListener('focus', () => show(link));
    link.addEventListener('mouseleave', hide);
    link.addEventListener('blur', hide);
  }
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
