/**
 * The comparison page's controller: which two texts (the address, else the
 * newest and the one before it of its kind and level), their profiles from
 * the site, and the renderers (compare-render.ts).
 */
import { alignOutlines, compareProfiles, previousOf } from '../lib/language/compare.ts';
import type { Profile } from '../lib/language/profile.ts';
import { renderComparison, summaryOf } from './compare-render.ts';

export interface Choice {
  slug: string;
  kind: string;
  level?: string | undefined;
  date?: string | undefined;
}

/** The pair to compare: ?a=&b= as given; B by default the newest text, A the one before B of its kind (and level). */
export function pairFrom(search: string, choices: readonly Choice[]): { a?: string; b?: string } {
  const params = new URLSearchParams(search);
  const known = (slug: string | null) => (slug && choices.some((c) => c.slug === slug) ? slug : undefined);
  const b = known(params.get('b')) ?? choices[0]?.slug;
  const chosenA = known(params.get('a'));
  const a = chosenA ?? (b ? previousOf(choices.find((c) => c.slug === b)!, choices)?.slug : undefined);
  return { ...(a ? { a } : {}), ...(b ? { b } : {}) };
}

async function fetchProfile(base: string, slug: string): Promise<Profile> {
  const address = `${base}api/profiles/${encodeURIComponent(slug)}.json`;
  const response = await fetch(address);
  if (!response.ok) throw new Error(`${address}: ${response.status}`);
  return (await response.json()) as Profile;
}

export function enableCompare(root: Document): void {
  const page = root.querySelector<HTMLElement>('[data-compare]');
  const picker = root.querySelector<HTMLFormElement>('[data-compare-picker]');
  const status = root.querySelector<HTMLElement>('[data-compare-status]');
  const result = root.querySelector<HTMLElement>('[data-compare-result]');
  if (!page || !picker || !status || !result) return;
  const base = page.dataset.base ?? '/';
  const selects = { a: picker.elements.namedItem('a') as HTMLSelectElement, b: picker.elements.namedItem('b') as HTMLSelectElement };
  if (selects.a.options.length === 0) selects.a.append(...[...selects.b.options].map((o) => o.cloneNode(true)));
  const choices: Choice[] = [...selects.b.options].map((o) => ({ slug: o.value, kind: o.dataset.kind ?? '', level: o.dataset.level || undefined, date: o.dataset.date || undefined }));
  const { a, b } = pairFrom(location.search, choices);
  if (a) selects.a.value = a;
  if (b) selects.b.value = b;
  if (!a || !b) {
    status.textContent = b ? '这篇文稿之前没有同类文稿，请选择要对比的文稿 A。' : '请选择两篇文稿。';
    return;
  }
  if (a === b) {
    status.textContent = '请选择两篇不同的文稿。';
    return;
  }
  status.textContent = '正在对比……';
  Promise.all([fetchProfile(base, a), fetchProfile(base, b)])
    .then(([pa, pb]) => {
      const comparison = compareProfiles(pa, pb);
      result.replaceChildren(renderComparison(root, { a: pa, b: pb, comparison, outline: alignOutlines(pa.outline, pb.outline), base }));
      status.textContent = summaryOf(comparison);
      root.title = `${pa.title} 与 ${pb.title} · 文稿对比 · 党建学习知识库`;
    })
    .catch((error: unknown) => {
      status.textContent = `对比失败：${error instanceof Error ? error.message : String(error)}`;
    });
}
