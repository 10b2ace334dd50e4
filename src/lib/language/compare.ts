/**
 * Two texts compared (A, the earlier, and B): the formulations B uses that A
 * never does (新提法), those A uses that B no longer does (不再出现), and
 * those both use, by how much more or less often B does for its length
 * (更多 / 更少). Pure, so that the comparison page runs it in the browser on
 * the profiles the build wrote, and a test on the real reports.
 */
import type { OutlineItem } from '../site/outline.ts';
import type { Profile, ProfileItem } from './profile.ts';

/** Counts are compared per 10,000 characters (每万字), so a long report is not “more” for its length alone. */
export const PER_CHARS = 10_000;
/** A change in rate counts only for what the two texts use this often together: one use against two is chance. */
export const MIN_USES_FOR_CHANGE = 4;
/** …and when one rate is at least this many times the other. */
export const MIN_RATIO = 1.5;

export interface Side {
  count: number;
  /** Uses per 10,000 characters. */
  rate: number;
  paragraphs: string[];
}

export interface DiffItem extends Omit<ProfileItem, 'count' | 'paragraphs'> {
  a?: Side;
  b?: Side;
}

export interface Comparison {
  added: DiffItem[];
  dropped: DiffItem[];
  more: DiffItem[];
  less: DiffItem[];
}

const side = (item: ProfileItem, chars: number): Side => ({ count: item.count, rate: (item.count / Math.max(1, chars)) * PER_CHARS, paragraphs: item.paragraphs });
const describe = ({ count: _c, paragraphs: _p, ...item }: ProfileItem) => item;
const byCount = (which: 'a' | 'b') => (x: DiffItem, y: DiffItem) => y[which]!.count - x[which]!.count || x.label.localeCompare(y.label, 'zh-CN');

export function compareProfiles(a: Profile, b: Profile): Comparison {
  const inA = new Map(a.items.map((i) => [i.key, i]));
  const inB = new Map(b.items.map((i) => [i.key, i]));
  const added = b.items.filter((i) => !inA.has(i.key)).map((i): DiffItem => ({ ...describe(i), b: side(i, b.chars) }));
  const dropped = a.items.filter((i) => !inB.has(i.key)).map((i): DiffItem => ({ ...describe(i), a: side(i, a.chars) }));
  const both = b.items.filter((i) => inA.has(i.key)).map((i): DiffItem => ({ ...describe(i), a: side(inA.get(i.key)!, a.chars), b: side(i, b.chars) }));
  const ratio = (d: DiffItem) => d.b!.rate / d.a!.rate;
  const changed = both.filter((d) => d.a!.count + d.b!.count >= MIN_USES_FOR_CHANGE);
  return {
    added: added.sort(byCount('b')),
    dropped: dropped.sort(byCount('a')),
    more: changed.filter((d) => ratio(d) >= MIN_RATIO).sort((x, y) => ratio(y) - ratio(x) || y.b!.count - x.b!.count),
    less: changed.filter((d) => ratio(d) <= 1 / MIN_RATIO).sort((x, y) => ratio(x) - ratio(y) || y.a!.count - x.a!.count),
  };
}

/** A heading as it compares: without its marker (一、 （一） 1. 一是), numbers, punctuation or spaces. */
export function headingKey(text: string): string {
  return text
    .replace(/^\s*(?:[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十百\d]+[，、,]?|[（(]?[一二三四五六七八九十百\d]+[)）]?[、.．]?)\s*/u, '')
    .replace(/[\d０-９一二三四五六七八九十百千〇零]+/gu, '#')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

export interface OutlineRow {
  a?: OutlineItem;
  b?: OutlineItem;
}

/**
 * The two outlines side by side: headings that match (by headingKey, at the
 * same depth) on one row, in an order both keep (their longest common
 * sequence); the others on rows of their own, where they stand.
 */
export function alignOutlines(a: readonly OutlineItem[], b: readonly OutlineItem[]): OutlineRow[] {
  const key = (item: OutlineItem) => `${item.depth}:${headingKey(item.text)}`;
  const ka = a.map(key);
  const kb = b.map(key);
  // lcs[i][j]: the longest common sequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = ka[i] === kb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const rows: OutlineRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && ka[i] === kb[j]) rows.push({ a: a[i++]!, b: b[j++]! });
    else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) rows.push({ a: a[i++]! });
    else rows.push({ b: b[j++]! });
  }
  return rows;
}

/** The text to compare a speech with by default: the one before it of the same kind and level, else of the same kind. */
export function previousOf<T extends { slug: string; kind: string; level?: string | undefined; date?: string | undefined; year?: number | undefined }>(speech: T, all: readonly T[]): T | undefined {
  const when = (s: T) => s.date ?? (s.year ? String(s.year) : '');
  const mine = when(speech);
  if (!mine) return undefined;
  const earlier = all.filter((s) => s.slug !== speech.slug && when(s) !== '' && when(s) < mine).sort((x, y) => (when(x) < when(y) ? 1 : when(x) > when(y) ? -1 : 0));
  return earlier.find((s) => s.kind === speech.kind && s.level === speech.level) ?? earlier.find((s) => s.kind === speech.kind);
}
