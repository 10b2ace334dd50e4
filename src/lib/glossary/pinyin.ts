/** Pinyin keys of glossary terms: for sorting, A–Z grouping and the filter (baxiang, bxgd). */
import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** Toneless syllables run together: 八项规定 → baxiangguiding. */
  full: string;
  /** First letters: 八项规定 → bxgd. */
  initials: string;
}

function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).filter((s) => /^[a-z]+$/u.test(s));
}

export function pinyinKeys(text: string): PinyinKeys {
  const parts = syllables(text);
  return { full: parts.join(''), initials: parts.map((s) => s[0]).join('') };
}

/** The A–Z letter a term is filed under; # for a term that starts with no Chinese or Latin letter. */
export function initialLetter(text: string): string {
  const first = syllables(text.replace(/^[^\p{Script=Han}A-Za-z]+/u, '').slice(0, 1))[0] ?? /[A-Za-z]/u.exec(text)?.[0]?.toLowerCase();
  return first ? first[0]!.toUpperCase() : '#';
}

/** Compare terms by pinyin, then by the characters themselves: a stable A–Z order. */
export function comparePinyin(a: string, b: string): number {
  const ka = pinyinKeys(a).full;
  const kb = pinyinKeys(b).full;
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The text the glossary filter matches a query against: term and aliases, in characters, pinyin and initials. */
export function filterKeys(forms: readonly string[]): string {
  return forms.flatMap((form) => {
    const keys = pinyinKeys(form);
    return [form, keys.full, keys.initials];
  }).join(' ').toLowerCase();
}

/** A readable file name for a new entry: 八项规定 → baxiang-guiding, 一带一路 → yidai-yilu (syllables in pairs). */
export function slugOf(term: string): string {
  const parts = syllables(term.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, ''));
  const words: string[] = [];
  for (let i = 0; i < parts.length; i += 2) words.push(parts.slice(i, i + 2).join(''));
  const latin = term.match(/[A-Za-z0-9]+/gu)?.map((w) => w.toLowerCase()) ?? [];
  return [...words, ...(parts.length ? [] : latin)].join('-');
}
