/** A term through the years (src/lib/language/timeline.ts). */
import { describe, expect, it } from 'vitest';
import { termTimeline } from '../../src/lib/language/timeline.ts';

const texts = [
  { slug: 'r2024', date: '2024-03-05' },
  { slug: 'n2022', year: 2022 },
  { slug: 's2022', date: '2022-01-10' },
  { slug: 'old', date: '2019-05-01' },
  { slug: 'undated' },
];

describe('termTimeline', () => {
  it('finds the earliest dated text that uses the term, and its first paragraph there', () => {
    const t = termTimeline(
      [
        { speech: 'r2024', paragraph: 'p3' },
        { speech: 's2022', paragraph: 'p9' },
        { speech: 's2022', paragraph: 'p12' },
        { speech: 'n2022', paragraph: 'p1' },
        { speech: 'undated', paragraph: 'p2' },
      ],
      texts,
    );
    // A year alone (2022) sorts before a day of that year: the text known only by its year comes first.
    expect(t.first).toEqual({ text: texts[1], paragraph: 'p1' });
    expect(t.years).toEqual([
      { year: 2019, uses: 0, texts: 0 },
      { year: 2020, uses: 0, texts: 0 },
      { year: 2021, uses: 0, texts: 0 },
      { year: 2022, uses: 3, texts: 2 },
      { year: 2023, uses: 0, texts: 0 },
      { year: 2024, uses: 1, texts: 1 },
    ]);
    expect(t.undated).toBe(1);
  });

  it('has no first text when only undated texts use it', () => {
    const t = termTimeline([{ speech: 'undated', paragraph: 'p2' }], texts);
    expect(t.first).toBeUndefined();
    expect(t.years.every((y) => y.uses === 0)).toBe(true);
  });
});
