/** 高频术语's sums and ranks (src/lib/language/trends.ts). */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/lib/language/profile.ts';
import { changeLabel, rankYears, trendData } from '../../src/lib/language/trends.ts';

const profile = (slug: string, when: { date?: string; year?: number }, kind: string, level: string | undefined, chars: number, items: Array<[string, number]>): Profile => ({
  slug,
  title: slug,
  ...when,
  kind,
  ...(level ? { level } : {}),
  chars,
  outline: [],
  items: items.map(([label, count]) => ({ key: `term:${label}`, label, kind: 'term', slug: label, count, paragraphs: [] })),
});

const data = trendData([
  profile('r2024', { date: '2024-03-05' }, '工作报告', '中央', 20_000, [['新质生产力', 6], ['三农', 2]]),
  profile('s2024', { year: 2024 }, '讲话', '省', 10_000, [['三农', 4]]),
  profile('r2023', { date: '2023-03-05' }, '工作报告', '中央', 20_000, [['三农', 8]]),
  profile('undated', {}, '讲话', undefined, 5_000, [['三农', 50]]),
]);

describe('rankYears', () => {
  it('ranks a year’s texts by uses, per 10,000 characters, against the year before; undated texts in no year', () => {
    const [y2024, y2023] = rankYears(data);
    expect(y2024).toMatchObject({ year: 2024, texts: 2, chars: 30_000, previous: 2023 });
    expect(y2024!.rows.map((r) => [r.label, r.count, r.rate, r.before])).toEqual([
      ['三农', 6, 2, 4],
      ['新质生产力', 6, 2, 0],
    ]);
    expect(y2024!.rows.map(changeLabel)).toEqual(['−2.0', '新']);
    expect(y2023).toMatchObject({ year: 2023, texts: 1 });
    expect(y2023!.rows[0]).not.toHaveProperty('before');
    expect(changeLabel(y2023!.rows[0]!)).toBe('—');
  });

  it('counts only the texts of the kind and level asked for', () => {
    const speeches = rankYears(data, { kind: '讲话' });
    expect(speeches.map((y) => y.year)).toEqual([2024]);
    expect(speeches[0]!.rows.map((r) => [r.label, r.count])).toEqual([['三农', 4]]);
    expect(rankYears(data, { level: '中央' }).map((y) => [y.year, y.texts])).toEqual([
      [2024, 1],
      [2023, 1],
    ]);
  });

  it('writes an unchanged rate as 持平', () => {
    expect(changeLabel({ rate: 1.23, before: 1.2 })).toBe('持平');
    expect(changeLabel({ rate: 1.5, before: 1.2 })).toBe('+0.3');
  });
});
