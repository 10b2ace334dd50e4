/**
 * The comparison page's controller: which two texts (the address, else the
 * newest and the one before it of its kind and level), their profiles from
 * the site, and the renderers (compare-render.ts).
 */
import { alignOutlines, compareProfiles, previousOf } from '../lib/language/compare.ts';
import type { Profile } from '../lib/language/profile.ts';
import { chineseDate } from '../lib/site/dates.ts';
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

export interface Text extends Choice {
  title: string;
}

async function fetchTexts(base: string): Promise<Text[]> {
  const address = `${base}api/compare-texts.json`;
  const response = await fetch(address);
  if (!response.ok) throw new Error(`${address}: ${response.status}`);
  return (await response.json()) as Text[];
}

const optionLabel = (t: Text) => `${t.title}（${t.kind}，${chineseDate(t.date ?? '') || '日期不详'}）`;

export function enableCompare(root: Document): void {
  const page = root.querySelector<HTMLElement>('[data-compare]');
  const picker = root.querySelector<HTMLFormElement>('[data-compare-picker]');
  const change = root.querySelector<HTMLButtonElement>('[data-compare-change]');
  const status = root.querySelector<HTMLElement>('[data-compare-status]');
  const result = root.querySelector<HTMLElement>('[data-compare-result]');
  if (!page || !picker || !change || !status || !result) return;
  const base = page.dataset.base ?? '/';
  const selects = { a: picker.elements.namedItem('a') as HTMLSelectElement, b: picker.elements.namedItem('b') as HTMLSelectElement };
  const failed = (error: unknown) => {
    status.textContent = `对比失败：${error instanceof Error ? error.message : String(error)}`;
  };

  const show = (a: string, b: string) => {
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
      .catch(failed);
  };

  // The texts to choose from, with the pair of the address (or its defaults) chosen.
  const openPicker = async (search: string) => {
    const texts = await fetchTexts(base);
    for (const select of [selects.a, selects.b]) select.replaceChildren(...texts.map((t) => new Option(optionLabel(t), t.slug)));
    const pair = pairFrom(search, texts);
    if (pair.a) selects.a.value = pair.a;
    if (pair.b) selects.b.value = pair.b;
    picker.hidden = false;
    change.hidden = true;
    return pair;
  };

  const params = new URLSearchParams(location.search);
  const [a, b] = [params.get('a'), params.get('b')];
  if (a && b) {
    show(a, b);
    change.hidden = false;
    change.addEventListener('click', () => {
      openPicker(location.search)
        .then(() => selects.a.focus())
        .catch(failed);
    });
    return;
  }
  openPicker(location.search)
    .then((pair) => {
      if (pair.a && pair.b) show(pair.a, pair.b);
      else status.textContent = pair.b ? '这篇文稿之前没有同类文稿，请选择要对比的文稿 A。' : '请选择两篇文稿。';
    })
    .catch(failed);
}
