/**
 * The search page's renderers: each draws one thing from what the controller
 * (search.ts) gives it (the answer card, one result, the pager, the note on
 * scattered results, the filters) and knows nothing of Pagefind.
 */
import type { HitSection, Segment } from '../lib/search/excerpt.ts';
import { filterValues, resultHref } from '../lib/search/present.ts';
import type { ResultPage } from '../lib/search/records.ts';

/** An entry of the glossary whose form is the query, as its answer card shows it. */
export interface TermHit {
  form: string;
  slug: string;
  term: string;
  summary: string;
}

/** What one result shows: its page, the section and excerpt of its first hit, and its sections with hits. */
export interface ResultView {
  page: ResultPage;
  heading?: [number, string, string];
  sections: HitSection[];
  excerpt: Segment[];
}

export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; href?: string; type?: string; disabled?: boolean } = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const el = Object.assign(doc.createElement(tag), props);
  el.append(...children);
  return el;
}

/** An excerpt as DOM nodes: text, and <mark> around the hit. */
function excerptNodes(doc: Document, segments: Segment[]): Node[] {
  return segments.map(({ text, hit }) => (hit ? element(doc, 'mark', {}, [text]) : doc.createTextNode(text)));
}

/** The answer card: the glossary entry whose form is the query. */
export function renderQuick(into: HTMLElement, hit: TermHit | undefined, href: string): void {
  into.replaceChildren();
  if (!hit) return;
  const doc = into.ownerDocument;
  const link = element(doc, 'a', { href, className: 'quick-term__link' }, [hit.term]);
  into.append(
    element(doc, 'aside', { className: 'quick-term' }, [
      element(doc, 'p', { className: 'quick-term__label' }, ['术语']),
      element(doc, 'p', { className: 'quick-term__title' }, [link, hit.form !== hit.term ? `（${hit.form}）` : '']),
      element(doc, 'p', { className: 'quick-term__summary' }, [hit.summary]),
    ]),
  );
}

/**
 * One result: the page's kind and title (the link, to its first hit), how
 * many hits it has, the section and excerpt of the first, and its other
 * sections with hits folded under it, each a deep link.
 */
export function renderResult(doc: Document, view: ResultView, query: string): HTMLLIElement {
  const { page, heading, sections, excerpt } = view;
  const at = (h: [number, string, string] | undefined) => resultHref(h ? `${page.url}#${h[1]}` : page.url, query);
  const hits = sections.reduce((n, s) => n + s.hits, 0);
  const others = sections.filter((s) => s.heading?.[1] !== heading?.[1]);
  const item = element(doc, 'li', { className: 'search-result' }, [
    element(doc, 'p', { className: 'search-result__kind' }, [page.facts ?? (page.kind || '讲话')]),
    element(doc, 'a', { className: 'search-result__title', href: at(heading) }, [page.title]),
    hits > 1 ? element(doc, 'span', { className: 'search-result__hits' }, [`${hits} 处`]) : '',
    heading && heading[2] !== page.title ? element(doc, 'p', { className: 'search-result__section' }, [heading[2]]) : '',
    element(doc, 'p', { className: 'search-result__excerpt' }, excerptNodes(doc, excerpt)),
  ]);
  if (others.length > 0) {
    const fold = element(doc, 'details', { className: 'search-result__more' }, [element(doc, 'summary', {}, [`本篇还有 ${others.length} 处`])]);
    fold.append(
      element(
        doc,
        'ul',
        {},
        others.map((s) => element(doc, 'li', {}, [element(doc, 'a', { href: at(s.heading) }, [s.heading?.[2] ?? '正文开头']), s.hits > 1 ? `（${s.hits} 处）` : ''])),
      ),
    );
    item.append(fold);
  }
  return item;
}

/** The button that shows the next results, or nothing when all are shown. */
export function renderPager(into: HTMLElement, left: number, onClick: (button: HTMLButtonElement) => void): void {
  into.replaceChildren();
  if (left <= 0) return;
  const button = element(into.ownerDocument, 'button', { type: 'button', className: 'search-more__button' }, [`显示更多结果（还有 ${left} 条）`]);
  button.addEventListener('click', () => {
    button.disabled = true;
    onClick(button);
  });
  into.append(button);
}

/** The note on pages that hold every character of the query but not together, with a button to list them. */
export function renderScattered(into: HTMLElement, count: number, quoted: string, onShow: (list: HTMLOListElement) => void): void {
  const doc = into.ownerDocument;
  const note = element(doc, 'p', { className: 'search-scattered' }, [`另有 ${count} 条结果含有${quoted}中的每个字，但这些字不相连。`]);
  const show = element(doc, 'button', { type: 'button' }, ['显示这些结果']);
  show.addEventListener('click', () => {
    show.remove();
    const list = element(doc, 'ol', { className: 'search-results search-results--scattered' });
    note.after(list);
    onShow(list);
  });
  note.append(' ', show);
  into.append(note);
}

/** The filters: a group of boxes per filter in `keys`, values in their natural order, those of `ticked` ticked. */
export function renderFilters(
  into: HTMLFieldSetElement,
  keys: readonly string[],
  all: Record<string, Record<string, number>>,
  ticked: Record<string, string[]>,
  order: Record<string, string[]>,
): void {
  const doc = into.ownerDocument;
  for (const key of keys) {
    const values = filterValues(key, Object.keys(all[key] ?? {}), order);
    if (values.length === 0) continue;
    const group = element(doc, 'div', { className: 'search-filters__group' }, [element(doc, 'span', { className: 'search-filters__name' }, [key])]);
    for (const value of values) {
      const box = doc.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = ticked[key]?.includes(value) ?? false;
      group.append(element(doc, 'label', {}, [box, value]));
    }
    into.append(group);
  }
}
