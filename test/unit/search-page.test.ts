/** What the search page says of a query, and the order it offers filter values in. */
import { describe, expect, it } from 'vitest';
import { filterValues, quotedQuery } from '../../src/lib/search/present.ts';
import { readState, writeState } from '../../src/lib/search/state.ts';

describe('quotedQuery', () => {
  it('quotes a query once, whether or not the reader typed the quotes', () => {
    expect(quotedQuery('四个意识')).toBe('“四个意识”');
    expect(quotedQuery('“四个意识”')).toBe('“四个意识”');
    expect(quotedQuery('"四个意识"')).toBe('“四个意识”');
    expect(quotedQuery('八项规定 四风')).toBe('“八项规定 四风”');
  });
});

describe('filterValues', () => {
  const order = { 层级: ['中央', '省', '市', '县', '区', '乡镇', '其他'] };
  it('lists levels in their own order, not by pinyin', () => {
    expect(filterValues('层级', ['县', '区', '市', '省', '中央'], order)).toEqual(['中央', '省', '市', '县', '区']);
  });
  it('lists years newest first, and other values as Chinese sorts them', () => {
    expect(filterValues('年份', ['2019', '2024', '2021'])).toEqual(['2024', '2021', '2019']);
    expect(filterValues('类型', ['讲话', '方案', '报告'])).toEqual(['报告', '方案', '讲话']);
  });
});

describe('the search in the address', () => {
  const keys = ['类型', '年份'];
  it('reads the query, the order and the filters, relevance being the default', () => {
    expect(readState('?q=%E5%85%AB%E9%A1%B9%E8%A7%84%E5%AE%9A&%E5%B9%B4%E4%BB%BD=2020&%E5%B9%B4%E4%BB%BD=2021', keys)).toEqual({ q: '八项规定', sort: 'relevance', filters: { 年份: ['2020', '2021'] } });
    expect(readState(`?q=四风&排序=时间`, keys).sort).toBe('date');
  });
  it('writes what it reads, and nothing for relevance or an empty search', () => {
    const state = { q: '四风', sort: 'date' as const, filters: { 类型: ['讲话'] } };
    expect(decodeURIComponent(writeState(state))).toBe('?q=四风&排序=时间&类型=讲话');
    expect(readState(writeState(state), keys)).toEqual(state);
    expect(writeState({ q: '四风', sort: 'relevance', filters: {} })).toBe(`?q=${encodeURIComponent('四风')}`);
    expect(writeState({ q: ' ', sort: 'relevance', filters: {} })).toBe('');
  });
});
