import { describe, expect, it } from 'vitest';
import { coverage, findCandidates, formatCoverage } from '../../../src/lib/glossary/coverage.ts';
import { loadGlossary } from '../../../src/lib/glossary/load.ts';

const glossary = loadGlossary('test/fixtures/glossary', '.');
const texts = [
  { file: 'a.txt', text: '落实《中国共产党问责条例》和《实施意见》，整治“四风”，坚持“一线”工作法。' },
  { file: 'b.txt', text: '执行《问责条例》，落实“两个维护"，做到“三不”，学习“以人民为中心”。' },
];

describe('findCandidates', () => {
  it('finds document titles and quoted phrases with a count, malformed closing quotes included', () => {
    expect(findCandidates(texts).map((c) => `${c.kind}:${c.phrase}`)).toEqual([
      'document:中国共产党问责条例',
      'document:实施意见',
      'formula:四风',
      'formula:一线',
      'document:问责条例',
      'formula:两个维护',
      'formula:三不',
    ]);
  });
});

describe('findCandidates without quotes', () => {
  const known = new Set(['两个一百年', '五个必由之路', '四个意识']);
  const phrases = (text: string, watch: string[] = []) => findCandidates([{ file: 'a.txt', text }], { known, watch }).map((c) => c.phrase);

  it('finds numbered formulas written without quotes, read to the longest known form', () => {
    expect(phrases('增强四个意识，统筹推进五位一体总体布局，实现两个一百年奋斗目标，深刻把握五个必由之路。')).toEqual(['四个意识', '五位一体', '两个一百年', '五个必由之路']);
  });

  it('reads an unknown shape to two characters, and counts it only when texts use it twice', () => {
    expect(phrases('防止四大考验。')).toEqual([]);
    expect(phrases('经受住四大考验，警惕四大考验。')).toEqual(['四大考验']);
  });

  it('leaves out ordinals, larger numbers, approximations and quoted uses counted once already', () => {
    expect(phrases('第三个方面，三十个方面，两个多月，两个多月。')).toEqual([]);
    expect(phrases('学习十九大和十九届历次全会精神，学习十九大和二十大精神，二十大精神。')).toEqual([]);
    expect(findCandidates([{ file: 'a.txt', text: '做到“两个维护”，做到两个维护。' }], { known: new Set(['两个维护']) }).map((c) => [c.phrase, c.count])).toEqual([['两个维护', 2]]);
  });

  it('reads a quoted or numbered phrase inside a longer known form as that form', () => {
    const holding = new Set(['“三公”经费', '和平共处五项原则', '团结和民主两大主题']);
    const found = (text: string) => findCandidates([{ file: 'a.txt', text }], { known: holding }).map((c) => c.phrase);
    expect(found('中央国家机关“三公”经费减少。控制“三公”消费。')).toEqual(['“三公”经费', '三公']);
    expect(found('今年是和平共处五项原则提出六十周年，围绕团结和民主两大主题履行职能。')).toEqual(['和平共处五项原则', '团结和民主两大主题']);
    // Two counts inside one form are one use of it.
    const twice = findCandidates([{ file: 'a.txt', text: '充分利用两个市场两种资源。' }], { known: new Set(['两个市场两种资源']) });
    expect(twice.map((c) => [c.phrase, c.count])).toEqual([['两个市场两种资源', 1]]);
    // Where the surrounding words differ, the phrase stays as found.
    expect(found('坚持五项原则，坚持五项原则。')).toEqual(['五项原则']);
  });

  it('reads a title without the spaces some pages put inside 《》', () => {
    expect(findCandidates([{ file: 'a.txt', text: '（《 人民日报 》2020年11月25日）' }]).map((c) => c.phrase)).toEqual(['人民日报']);
  });

  it('does not count a watched phrase inside a phrase that holds it by accident', () => {
    expect(findCandidates([{ file: 'a.txt', text: '创新发展理念，贯彻新发展理念。' }], { watch: ['新发展理念'], notIn: ['创新发展理念'] }).map((c) => [c.phrase, c.count])).toEqual([['新发展理念', 1]]);
  });

  it('counts overlapping watched phrases each on its own', () => {
    expect(phrases('打赢精准脱贫攻坚战。', ['精准脱贫', '脱贫攻坚'])).toEqual(['精准脱贫', '脱贫攻坚']);
  });

  it('finds watched policy phrases wherever they occur, and keeps two uses in context', () => {
    const [c] = findCandidates([{ file: 'a.txt', text: '完整准确全面贯彻新发展理念，加快构建新发展格局。\n坚持新发展理念。' }], { watch: ['新发展理念'] });
    expect(c).toMatchObject({ phrase: '新发展理念', count: 2, uses: [{ file: 'a.txt', before: '完整准确全面贯彻', after: '，加快构建新发展格局。' }, { file: 'a.txt', before: '坚持', after: '。' }] });
  });
});

describe('coverage', () => {
  const report = coverage(texts, glossary);

  it('explains each candidate by an entry (a quotes-only alias too) or the ignore list, and reports the rest', () => {
    expect(report.candidates.map((c) => [c.phrase, c.status])).toEqual([
      ['中国共产党问责条例', 'entry'],
      ['实施意见', 'ignored'],
      ['四风', 'entry'],
      ['一线', 'ignored'],
      ['问责条例', 'entry'],
      ['两个维护', 'missing'],
      ['三不', 'entry'],
    ]);
  });

  it('ignores every count of a shape the ignore list writes with #', () => {
    const report = coverage([{ file: 'a.txt', text: '抓好三个方面，做好两个方面，做好两个方面，抓好三个方面。' }], { ...glossary, ignore: [{ phrase: '#个方面', reason: '泛称' }] });
    expect(report.candidates.map((c) => [c.phrase, c.status])).toEqual([['三个方面', 'ignored'], ['两个方面', 'ignored']]);
  });

  it('prints totals and where each unexplained candidate occurs', () => {
    expect(formatCoverage(report).split('\n')).toEqual([
      'glossary coverage: 7 candidates (《…》 titles, number formulas, watched phrases): 4 entries, 2 ignored, 1 unexplained (14.3 %)',
      '  ? “两个维护” ×1 in b.txt',
      '  → for each: an entry or alias in content/glossary/, or a line in content/glossary/ignore.yaml with a reason',
    ]);
  });
});
