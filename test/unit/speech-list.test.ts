/** The speech list page's order and filters, as the address gives them (src/browser/speech-list.ts). */
import { describe, expect, it } from 'vitest';
import { arrange, readListState, writeListState } from '../../src/browser/speech-list.ts';
import { newestFirst } from '../../src/lib/site/speech-order.ts';

const speech = (source: string, data: { date?: string; year?: number }) => ({ source, data: { source, ...data } });

describe('the speech list', () => {
  it('lists speeches newest first, a year alone before the dates of that year, undated last, ties by file name', () => {
    const sorted = newestFirst([
      speech('a.txt', {}),
      speech('b.txt', { date: '2019-05-01' }),
      speech('c.txt', { year: 2020 }),
      speech('d.txt', { date: '2020-11-12' }),
      speech('e.txt', { date: '2019-05-01' }),
    ]);
    expect(sorted.map((s) => s.source)).toEqual(['d.txt', 'c.txt', 'b.txt', 'e.txt', 'a.txt']);
  });

  const items = [
    { kind: '讲话', level: '省', date: '2024-03-05' },
    { kind: '讲话', level: '县', date: '2021' },
    { kind: '报告', level: '省', date: '2019-01-01' },
    { kind: '讲话', level: '省', date: '' },
  ];

  it('keeps the order built (newest first) by default, and reverses the dated ones on request, undated still last', () => {
    expect(arrange(items, { oldest: false, kinds: [], levels: [] })).toEqual([0, 1, 2, 3]);
    expect(arrange(items, { oldest: true, kinds: [], levels: [] })).toEqual([2, 1, 0, 3]);
  });

  it('keeps what has one of the ticked kinds and one of the ticked levels', () => {
    expect(arrange(items, { oldest: false, kinds: [], levels: ['省'] })).toEqual([0, 2, 3]);
    expect(arrange(items, { oldest: false, kinds: ['讲话'], levels: ['省'] })).toEqual([0, 3]);
    expect(arrange(items, { oldest: false, kinds: ['讲话'], levels: ['省', '县'] })).toEqual([0, 1, 3]);
  });

  it('keeps its state in the address, and reads it back', () => {
    const state = { oldest: true, kinds: ['讲话'], levels: ['省', '县'] };
    const query = writeListState(state);
    expect(decodeURIComponent(query)).toBe('?排序=旧&类型=讲话&层级=省&层级=县');
    expect(readListState(query)).toEqual(state);
    expect(writeListState({ oldest: false, kinds: [], levels: [] })).toBe('');
  });
});
