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

  it('prints totals and where each unexplained candidate occurs', () => {
    expect(formatCoverage(report).split('\n')).toEqual([
      'glossary coverage: 7 candidates (《…》 titles and number formulas): 4 entries, 2 ignored, 1 unexplained',
      '  ? “两个维护” ×1 in b.txt',
      '  → for each: an entry or alias in content/glossary/, or a line in content/glossary/ignore.yaml with a reason',
    ]);
  });
});
