/** What the search page says of a query, and the order it offers filter values in. */
import { describe, expect, it } from 'vitest';
import { filterValues, quotedQuery } from '../../src/browser/search.ts';

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
