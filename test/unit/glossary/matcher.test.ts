import { describe, expect, it } from 'vitest';
import { createMatcher, type Match } from '../../../src/lib/glossary/matcher.ts';

const matcher = createMatcher([
  { text: '中国共产党问责条例', value: 'wenze' },
  { text: '问责条例', value: 'wenze' },
  { text: '全面从严治党', value: 'qmcyzd' },
  { text: '从严治党', value: 'cyzd' },
  { text: '一岗双责', value: 'yigang' },
  { text: '两个维护', value: 'weihu' },
  { text: '“三不”', value: 'sanbu' },
  { text: '八项规定', value: 'baxiang' },
  { text: '中央八项规定', value: 'baxiang' },
  { text: '八项规定精神', value: 'baxiang' },
]);
const found = (text: string) => matcher.find(text).map((m: Match<string>) => [text.slice(m.start, m.end), m.value]);

describe('createMatcher', () => {
  it('prefers the longest match at a position', () => {
    expect(found('严格落实《中国共产党问责条例》')).toEqual([['中国共产党问责条例', 'wenze']]);
    expect(found('推进全面从严治党向纵深发展')).toEqual([['全面从严治党', 'qmcyzd']]);
  });

  it('finds short forms and aliases', () => {
    expect(found('落实《问责条例》和从严治党要求')).toEqual([
      ['问责条例', 'wenze'],
      ['从严治党', 'cyzd'],
    ]);
    expect(found('深入贯彻中央八项规定精神')).toEqual([['中央八项规定', 'baxiang']]);
  });

  it('finds terms inside and next to malformed quotes', () => {
    expect(found('班子成员”一岗双责”责任，践行“两个维护"')).toEqual([
      ['一岗双责', 'yigang'],
      ['两个维护', 'weihu'],
    ]);
  });

  it('never returns overlapping matches', () => {
    const text = '全面从严治党全面从严治党从严治党中国共产党问责条例问责条例';
    const matches = matcher.find(text);
    for (let i = 1; i < matches.length; i++) expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
    expect(matches.map((m) => m.value)).toEqual(['qmcyzd', 'qmcyzd', 'cyzd', 'wenze', 'wenze']);
  });

  it('matches a pattern given with its marks only where the marks are, without them', () => {
    expect(found('“三不”机制更加完善')).toEqual([['三不', 'sanbu']]);
    expect(found('严格执行三不准要求')).toEqual([]);
  });

  it('finds nothing in a text with no term, or an empty text', () => {
    expect(found('今天天气很好。')).toEqual([]);
    expect(found('')).toEqual([]);
  });

  it('reports UTF-16 offsets, also after characters outside the BMP', () => {
    const text = '𠮷两个维护';
    const [match] = matcher.find(text);
    expect(match).toMatchObject({ start: 2, end: 6 });
  });

  it('handles patterns that are suffixes of others and repeated characters', () => {
    const m = createMatcher([
      { text: 'aaa', value: 1 },
      { text: 'aa', value: 2 },
      { text: 'ab', value: 3 },
    ]);
    expect(m.find('aaaab').map((x) => [x.start, x.end, x.value])).toEqual([
      [0, 3, 1],
      [3, 5, 3],
    ]);
  });

  it('drops a blocking pattern, and finds nothing inside it', () => {
    const blocked = createMatcher([
      { text: '新发展理念', value: 'xfzln' },
      { text: '创新发展理念', value: 'xfzln', block: true },
    ]);
    const at = (text: string) => blocked.find(text).map((m) => text.slice(m.start, m.end));
    expect(at('着力把握发展规律、创新发展理念、破解发展难题')).toEqual([]);
    expect(at('完整、准确、全面贯彻新发展理念')).toEqual(['新发展理念']);
  });
});
