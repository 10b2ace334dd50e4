import { describe, expect, it } from 'vitest';
import { comparePinyin, filterKeys, initialLetter, pinyinKeys } from '../../../src/lib/glossary/pinyin.ts';

describe('pinyin keys', () => {
  it('spells a term in toneless pinyin and initials', () => {
    expect(pinyinKeys('八项规定')).toEqual({ full: 'baxiangguiding', initials: 'bxgd' });
    expect(pinyinKeys('“四风”')).toEqual({ full: 'sifeng', initials: 'sf' });
  });

  it('files a term under its first letter', () => {
    expect(['八项规定', '《问责条例》', '中国共产党问责条例', '一岗双责'].map(initialLetter)).toEqual(['B', 'W', 'Z', 'Y']);
  });

  it('sorts by pinyin', () => {
    expect(['四风', '八项规定', '民主集中制', '两个维护'].sort(comparePinyin)).toEqual(['八项规定', '两个维护', '民主集中制', '四风']);
  });

  it('gives the filter characters, pinyin and initials of every form', () => {
    expect(filterKeys(['八项规定', '中央八项规定'])).toBe('八项规定 baxiangguiding bxgd 中央八项规定 zhongyangbaxiangguiding zybxgd');
  });
});
