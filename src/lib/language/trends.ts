/**
 * 高频术语: the terms and formulations used most in each year's texts, with
 * the change from the year before, for all texts or those of one kind and
 * level. The build sums the profiles per year, kind and level (trendData);
 * the page ranks a year from those sums (rankYears), in Astro and, for
 * another filter, in the browser.
 */
import { PER_CHARS } from './compare.ts';
import type { ItemKind, Profile } from './profile.ts';

export interface TrendGroup {
  year: number;
  kind: string;
  /** '' for a text without a level. */
  level: string;
  texts: number;
  chars: number;
  /** Uses of each item (by ProfileItem.key). */
  counts: Record<string, number>;
}

export interface TrendData {
  items: Record<string, { label: string; kind: ItemKind; slug?: string }>;
  groups: TrendGroup[];
}

export interface TrendFilter {
  kind?: string | undefined;
  level?: string | undefined;
}

export interface YearRow {
  key: string;
  label: string;
  kind: ItemKind;
  slug?: string;
  count: number;
  /** Uses per 10,000 characters of the year's texts. */
  rate: number;
  /** The rate the year before (the last earlier year with texts); undefined when there is none. */
  before?: number;
}

export interface YearRank {
  year: number;
  texts: number;
  chars: number;
  /** The year compared with: the last earlier year with texts. */
  previous?: number;
  rows: YearRow[];
}

const yearOf = (p: Profile) => (p.date ? Number(p.date.slice(0, 4)) : p.year);

/** The profiles of dated texts summed per year, kind and level. */
export function trendData(profiles: Iterable<Profile>): TrendData {
  const items: TrendData['items'] = {};
  const groups = new Map<string, TrendGroup>();
  for (const p of profiles) {
    const year = yearOf(p);
    if (year === undefined) continue;
    const id = JSON.stringify([year, p.kind, p.level ?? '']);
    const group = groups.get(id) ?? { year, kind: p.kind, level: p.level ?? '', texts: 0, chars: 0, counts: {} };
    group.texts++;
    group.chars += p.chars;
    for (const item of p.items) {
      items[item.key] ??= { label: item.label, kind: item.kind, ...(item.slug ? { slug: item.slug } : {}) };
      group.counts[item.key] = (group.counts[item.key] ?? 0) + item.count;
    }
    groups.set(id, group);
  }
  return { items, groups: [...groups.values()].sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind) || a.level.localeCompare(b.level)) };
}

/** Each year with texts that match the filter, newest first, with its `top` items by uses. */
export function rankYears(data: TrendData, filter: TrendFilter = {}, top = 20): YearRank[] {
  const years = new Map<number, { texts: number; chars: number; counts: Map<string, number> }>();
  for (const g of data.groups) {
    if ((filter.kind && g.kind !== filter.kind) || (filter.level !== undefined && filter.level !== '' && g.level !== filter.level)) continue;
    const year = years.get(g.year) ?? { texts: 0, chars: 0, counts: new Map<string, number>() };
    year.texts += g.texts;
    year.chars += g.chars;
    for (const [key, n] of Object.entries(g.counts)) year.counts.set(key, (year.counts.get(key) ?? 0) + n);
    years.set(g.year, year);
  }
  const order = [...years.keys()].sort((a, b) => b - a);
  const rate = (n: number, chars: number) => (n / Math.max(1, chars)) * PER_CHARS;
  return order.map((year, i) => {
    const y = years.get(year)!;
    const previousYear = order[i + 1];
    const before = previousYear === undefined ? undefined : years.get(previousYear)!;
    const rows = [...y.counts]
      .sort((a, b) => b[1] - a[1] || data.items[a[0]]!.label.localeCompare(data.items[b[0]]!.label, 'zh-CN'))
      .slice(0, top)
      .map(([key, count]): YearRow => ({
        key,
        ...data.items[key]!,
        count,
        rate: rate(count, y.chars),
        ...(before ? { before: rate(before.counts.get(key) ?? 0, before.chars) } : {}),
      }));
    return { year, texts: y.texts, chars: y.chars, ...(previousYear === undefined ? {} : { previous: previousYear }), rows };
  });
}

/** 较上年 as the page writes it: 新 (not used the year before), +0.4 or −0.3 per 10,000 characters, 持平, or — (no year before). */
export function changeLabel(row: Pick<YearRow, 'rate' | 'before'>): string {
  if (row.before === undefined) return '—';
  if (row.before === 0) return '新';
  const diff = Math.round((row.rate - row.before) * 10) / 10;
  return diff === 0 ? '持平' : diff > 0 ? `+${diff.toFixed(1)}` : `−${Math.abs(diff).toFixed(1)}`;
}
