import { describe, expect, it } from 'vitest';
import { BLOCK_BREAK, indexText, pagefindQuery, restoreExcerpt, tokens } from '../../src/lib/search/tokens.ts';

describe('tokens', () => {
  it('makes every Chinese character a token and keeps Latin words and numbers whole', () => {
    expect(tokens('深入贯彻中央八项规定')).toEqual([...'深入贯彻中央八项规定']);
    expect(tokens('X县2020年APP')).toEqual(['X', '县', '2020', '年', 'APP']);
  });

  it('keeps each punctuation mark as a token and drops white space', () => {
    expect(tokens('“四风”，好 事')).toEqual(['“', '四', '风', '”', '，', '好', '事']);
  });
});

describe('indexText', () => {
  it('separates tokens by spaces, punctuation keeping its place', () => {
    expect(indexText('八项规定，四风')).toBe('八 项 规 定 ， 四 风');
  });
});

describe('pagefindQuery', () => {
  it('quotes a phrase of two or more characters', () => {
    expect(pagefindQuery('八项规定')).toBe('"八 项 规 定"');
    expect(pagefindQuery('X县')).toBe('"X 县"');
  });

  it('leaves a single character or word bare', () => {
    expect(pagefindQuery('党')).toBe('党');
    expect(pagefindQuery(' X ')).toBe('X');
  });

  it('makes a phrase of each part between spaces or punctuation', () => {
    expect(pagefindQuery('八项规定 “四风”')).toBe('"八 项 规 定" "四 风"');
  });

  it('drops the quotes for a loose search', () => {
    expect(pagefindQuery('风四', { loose: true })).toBe('风 四');
  });

  it('gives nothing for a query of punctuation only', () => {
    expect(pagefindQuery('“”，')).toBe('');
  });
});

describe('restoreExcerpt', () => {
  it('restores the text and joins the marks of a phrase', () => {
    expect(restoreExcerpt(`中 央 <mark>八 </mark><mark>项 </mark><mark>规 </mark><mark>定</mark> 精 神 ， 严 ${BLOCK_BREAK} 二`)).toBe(
      '中央<mark>八项规定</mark>精神，严\u3000二',
    );
  });

  it('keeps the space between Latin words', () => {
    expect(restoreExcerpt('Windows XP 系 统')).toBe('Windows XP系统');
  });
});
