/** The comparison page's renderers: the four lists and the outlines side by side, as elements. */
import { MIN_RATIO, MIN_USES_FOR_CHANGE, type Comparison, type DiffItem, type OutlineRow, type Side } from '../lib/language/compare.ts';
import type { Profile } from '../lib/language/profile.ts';
import { chineseDate } from '../lib/site/dates.ts';
import { el } from './dom.ts';

interface View {
  a: Profile;
  b: Profile;
  comparison: Comparison;
  outline: OutlineRow[];
  base: string;
}



export function summaryOf(c: Comparison): string {
  return `新提法 ${c.added.length} 个，不再出现 ${c.dropped.length} 个，使用更多 ${c.more.length} 个、更少 ${c.less.length} 个。`;
}

const rate = (side: Side) => side.rate.toFixed(1);
const dateOf = (p: Profile) => chineseDate(p.date ?? (p.year ? String(p.year) : ''));

/** Links to the paragraphs of one text that use an item: 第1处, 第2处… (at most `max`). */
function uses(root: Document, base: string, which: 'A' | 'B', profile: Profile, side: Side, max = 5): HTMLElement {
  const span = el(root, 'span', { class: 'diff-uses' }, `${which}：`);
  side.paragraphs.slice(0, max).forEach((id, i) => {
    span.append(el(root, 'a', { href: `${base}speeches/${profile.slug}/#${id}` }, `第${i + 1}处`), i < Math.min(max, side.paragraphs.length) - 1 ? '、' : '');
  });
  if (side.paragraphs.length > max) span.append(`等 ${side.paragraphs.length} 段`);
  return span;
}

function item(root: Document, view: View, d: DiffItem): HTMLElement {
  const term = d.slug ? el(root, 'a', { class: 'diff-term', href: `${view.base}glossary/${d.slug}/` }, d.label) : el(root, 'span', { class: 'diff-term' }, d.label);
  const counts = [d.a ? `A ${d.a.count} 次（每万字 ${rate(d.a)}）` : '', d.b ? `B ${d.b.count} 次（每万字 ${rate(d.b)}）` : ''].filter(Boolean).join(' → ');
  const li = el(root, 'li', {}, term, ' ', el(root, 'span', { class: 'diff-counts' }, counts));
  if (d.a) li.append(' ', uses(root, view.base, 'A', view.a, d.a));
  if (d.b) li.append(' ', uses(root, view.base, 'B', view.b, d.b));
  return li;
}

function section(root: Document, view: View, id: string, title: string, note: string, items: DiffItem[], attrs: Record<string, string>): HTMLElement {
  const list = items.length ? el(root, 'ol', { class: 'diff-list', ...attrs }, ...items.map((d) => item(root, view, d))) : el(root, 'p', { class: 'diff-empty' }, '没有。');
  return el(root, 'section', { class: 'diff-section', 'aria-labelledby': id }, el(root, 'h2', { id }, title, ' ', el(root, 'span', { class: 'count' }, `${items.length}`)), el(root, 'p', { class: 'diff-note' }, note), list);
}

function heading(root: Document, which: 'A' | 'B', p: Profile, base: string): HTMLElement {
  return el(root, 'p', { class: 'compare-text' }, `${which}：`, el(root, 'a', { href: `${base}speeches/${p.slug}/` }, p.title), dateOf(p) ? `（${dateOf(p)}，${p.chars.toLocaleString('zh-CN')} 字）` : `（${p.chars.toLocaleString('zh-CN')} 字）`);
}

function outlineTable(root: Document, view: View): HTMLElement {
  const cell = (which: 'a' | 'b', row: OutlineRow) => {
    const item = row[which];
    const profile = view[which];
    return el(root, 'td', item ? { class: `depth-${item.depth}` } : {}, ...(item ? [el(root, 'a', { href: `${view.base}speeches/${profile.slug}/#${item.id}` }, item.text)] : []));
  };
  const rows = view.outline.map((row) => el(root, 'tr', { class: row.a && row.b ? 'outline-row outline-row--both' : 'outline-row' }, cell('a', row), cell('b', row)));
  return el(
    root,
    'section',
    { class: 'diff-section', 'aria-labelledby': 'diff-outline' },
    el(root, 'h2', { id: 'diff-outline' }, '提纲对照'),
    el(root, 'p', { class: 'diff-note' }, '标题相同（不计序号和数字）的小节排在同一行。'),
    el(root, 'table', { class: 'outline-compare' }, el(root, 'thead', {}, el(root, 'tr', {}, el(root, 'th', { scope: 'col' }, `A：${view.a.title}`), el(root, 'th', { scope: 'col' }, `B：${view.b.title}`))), el(root, 'tbody', {}, ...rows)),
  );
}

export function renderComparison(root: Document, view: View): DocumentFragment {
  const fragment = root.createDocumentFragment();
  const { comparison: c } = view;
  fragment.append(
    el(root, 'div', { class: 'compare-texts' }, heading(root, 'A', view.a, view.base), heading(root, 'B', view.b, view.base)),
    section(root, view, 'diff-new', '新提法', 'B 中使用、A 中没有出现的术语和提法，按 B 中的次数排列。', c.added, { 'data-diff': 'new' }),
    section(root, view, 'diff-dropped', '不再出现', 'A 中使用、B 中没有出现的术语和提法。', c.dropped, { 'data-diff': 'dropped' }),
    section(root, view, 'diff-more', '使用更多', `两篇都用、B 中每万字次数至少是 A 的 ${MIN_RATIO} 倍的（两篇合计至少 ${MIN_USES_FOR_CHANGE} 次）。`, c.more, { 'data-diff': 'changed', 'data-direction': 'more' }),
    section(root, view, 'diff-less', '使用更少', `两篇都用、A 中每万字次数至少是 B 的 ${MIN_RATIO} 倍的（两篇合计至少 ${MIN_USES_FOR_CHANGE} 次）。`, c.less, { 'data-diff': 'changed', 'data-direction': 'less' }),
    outlineTable(root, view),
  );
  return fragment;
}
