/**
 * A speech's 目录: marks the section being read (aria-current on its link,
 * and its heading in the folded bar phones get at the top), folds the outline
 * on narrow screens and closes it again once a section is chosen there.
 * Without JavaScript the outline is simply open, above the text on phones.
 */

/** Where a heading counts as being read: once its top has passed this share of the window. */
const READING_LINE = 0.25;

export function enableToc(root: Document, view: Window = window): void {
  const toc = root.querySelector<HTMLElement>('nav.toc');
  const details = toc?.querySelector('details');
  if (!toc || !details) return;
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.map((link) => root.getElementById(decodeURIComponent(link.hash.slice(1))));
  const current = toc.querySelector<HTMLElement>('[data-toc-current]');
  const narrow = view.matchMedia('(max-width: 67.99rem)');

  // On a phone the outline starts folded; opened, it stays above the text until a section is chosen.
  if (narrow.matches) details.open = false;
  toc.addEventListener('click', (event) => {
    if (narrow.matches && (event.target as Element).closest('a')) details.open = false;
  });

  let marked: HTMLAnchorElement | undefined;
  const mark = (): void => {
    const line = view.innerHeight * READING_LINE;
    let at = -1;
    targets.forEach((target, i) => {
      if (target && target.getBoundingClientRect().top <= line) at = i;
    });
    const link = at >= 0 ? links[at] : undefined;
    if (link === marked) return;
    marked?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'location');
    marked = link;
    if (current) current.textContent = link ? link.textContent : '';
    // Keep the marked line in sight inside the outline's own scrolling box (the page does not move).
    if (link && !narrow.matches && toc.scrollHeight > toc.clientHeight) {
      const top = link.offsetTop - toc.offsetTop;
      if (top < toc.scrollTop || top > toc.scrollTop + toc.clientHeight - link.offsetHeight) toc.scrollTop = top - toc.clientHeight / 3;
    }
  };
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    view.requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  };
  view.addEventListener('scroll', schedule, { passive: true });
  view.addEventListener('resize', schedule);
  mark();
}
