import { describe, expect, it } from 'vitest';
import { END_WORD, indexText, looseQuery, pagefindQueries, queryPhrases, tokens } from '../../src/lib/search/tokens.ts';

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

describe('pagefindQueries', () => {
  it('quotes a phrase of two or more characters', () => {
    expect(pagefindQueries('八项规定')).toEqual(['"八 项 规 定"']);
    expect(pagefindQueries('X县')).toEqual(['"X 县"']);
  });

  it('leaves a single character or word bare', () => {
    expect(pagefindQueries('党')).toEqual(['党']);
    expect(pagefindQueries(' X ')).toEqual(['X']);
  });

  it('makes a search of each part between spaces or punctuation', () => {
    expect(pagefindQueries('八项规定 “四风”')).toEqual(['"八 项 规 定"', '"四 风"']);
  });

  it('gives nothing for a query of punctuation only', () => {
    expect(pagefindQueries('“”，')).toEqual([]);
  });
});

describe('looseQuery', () => {
  it('asks for every character, anywhere, and for the word that ends every record (its length)', () => {
    expect(looseQuery('风四')).toBe(`风 四 ${END_WORD}`);
    expect(looseQuery('八项 四风')).toBe(`八 项 四 风 ${END_WORD}`);
  });
});

describe('queryPhrases', () => {
  it('gives the parts of a query as they stand in a text', () => {
    expect(queryPhrases('八项规定 “四风”')).toEqual(['八项规定', '四风']);
    expect(queryPhrases('《问责条例》')).toEqual(['问责条例']);
  });
});
