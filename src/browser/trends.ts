/**
 * 高频术语 for one kind or level: the filter in the address (?类型=&层级=), the
 * sums from api/trends.json ranked by the page's own rules, and the same
 * tables the build wrote for all texts.
 */
import { changeLabel, rankYears, type TrendData, type YearRank } from '../lib/language/trends.ts';
import { el } from './dom.ts';


function yearSection(root: Document, base: string, y: YearRank): HTMLElement {
  const head = ['排名', '术语或提法', '次数', '每万字', `较上年${y.previous ? `（${y.previous}年）` : ''}`].map((h) => el(root, 'th', { scope: 'col' }, h));
  const rows = y.rows.map((row, i) =>
    el(
      root,
      'tr',
      {},
      el(root, 'td', {}, String(i + 1)),
      el(root, 'td', {}, row.slug ? el(root, 'a', { href: `${base}glossary/${row.slug}/` }, row.label) : row.label),
      el(root, 'td', {}, String(row.count)),
      el(root, 'td', {}, row.rate.toFixed(1)),
      el(root, 'td', {}, changeLabel(row)),
    ),
  );
  return el(
    root,
    'section',
    { class: 'trend-year', 'aria-labelledby': `year-${y.year}` },
    el(root, 'h2', { id: `year-${y.year}` }, `${y.year}年 `, el(root, 'span', { class: 'count' }, `${y.texts} 篇，${(y.chars / 10_000).toFixed(1)} 万字`)),
    el(root, 'table', { class: 'trend-table' }, el(root, 'thead', {}, el(root, 'tr', {}, ...head)), el(root, 'tbody', {}, ...rows)),
  );
}

export function enableTrends(root: Document): void {
  const page = root.querySelector<HTMLElement>('[data-trends]');
  const form = root.querySelector<HTMLFormElement>('[data-trends-filter]');
  const status = root.querySelector<HTMLElement>('[data-trends-status]');
  const result = root.querySelector<HTMLElement>('[data-trends-result]');
  if (!page || !form || !status || !result) return;
  const base = page.dataset.base ?? '/';
  const params = new URLSearchParams(location.search);
  const filter = { kind: params.get('类型') ?? '', level: params.get('层级') ?? '' };
  (form.elements.namedItem('类型') as HTMLSelectElement).value = filter.kind;
  (form.elements.namedItem('层级') as HTMLSelectElement).value = filter.level;
  if (!filter.kind && !filter.level) return;
  status.textContent = '正在统计……';
  fetch(`${base}api/trends.json`)
    .then(async (response) => {
      if (!response.ok) throw new Error(`api/trends.json: ${response.status}`);
      const years = rankYears((await response.json()) as TrendData, filter);
      result.replaceChildren(...years.map((y) => yearSection(root, base, y)));
      const named = [filter.kind, filter.level ? `${filter.level}${filter.level === '其他' ? '' : '级'}` : ''].filter(Boolean).join('、');
      status.textContent = years.length ? `${named}文稿，${years.length} 个年份。` : `没有${named}的文稿。`;
    })
    .catch((error: unknown) => {
      status.textContent = `统计失败：${error instanceof Error ? error.message : String(error)}`;
    });
}
