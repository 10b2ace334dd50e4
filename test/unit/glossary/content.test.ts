/**
 * The glossary as written (content/glossary/): every entry passes the schema,
 * quotes its stored official texts word for word, links by its longest form,
 * and explains the vocabulary of real texts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCoverage, unexplainedShare } from '../../../src/lib/glossary/coverage.ts';
import { linkParagraphs } from '../../../src/lib/glossary/link.ts';
import { loadGlossary, parseEntry } from '../../../src/lib/glossary/load.ts';
import { speechToMdast } from '../../../src/lib/speech/to-mdx.ts';
import { glossaryCoverage } from '../../../scripts/lib/glossary-texts.ts';
import { misquotes } from '../../../scripts/lib/official-texts.ts';
import { parseText } from '../../helpers/speech.ts';

const glossary = loadGlossary('content/glossary');
function linkedTerms(text: string): Array<[string, string]> {
  const tree = speechToMdast(parseText(text));
  const uses = linkParagraphs(tree, { matcher: glossary.matcher, target: (slug) => ({ slug, href: `/glossary/${slug}/`, summary: '' }) });
  return uses.map((u) => [u.match, u.slug]);
}

describe('the glossary', () => {
  it('gives every entry an official basis', () => {
    for (const entry of glossary.entries) expect(entry.basis.length, entry.file).toBeGreaterThan(0);
  });

  it('quotes every stored official text word for word', () => {
    expect(misquotes(glossary.entries)).toEqual([]);
  });

  it('finds a quote that is not in its stored text, and passes one that is, line breaks and zero-width spaces aside', () => {
    const planted = parseEntry(
      [
        '---',
        'term: 四个全面',
        'category: 战略布局与目标',
        'summary: 测试用条目，检查引文是否逐字出自所列文本。',
        'basis:',
        '  - title: 《政府工作报告》',
        '    issuer: 国务院',
        '    date: 2015-03-05',
        '    quotes: [按照“四个全面”战略布局, 协调推进“四个全面”战略布局]',
        '---',
        '测试。',
      ].join('\n'),
      'content/glossary/planted.md',
    );
    expect(misquotes([planted])).toEqual(['content/glossary/planted.md: “协调推进“四个全面”战略布局” is not in 《政府工作报告》 (2015-03-05)']);
  });

  it('dates nothing in the future, and a document no earlier than its basis allows', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const entry of glossary.entries) {
      for (const date of [entry.document?.date, ...entry.basis.map((b) => b.date)].filter(Boolean)) expect(date! <= today, `${entry.file}: ${date}`).toBe(true);
    }
  });

  it('does not link 新发展理念 inside 创新发展理念 (to innovate the idea of development), as the 十七大 and 十八大 reports write', () => {
    expect(linkedTerms('标题\n\n着力把握发展规律、创新发展理念、破解发展难题。')).toEqual([]);
    expect(linkedTerms('标题\n\n完整、准确、全面贯彻新发展理念。')).toEqual([['新发展理念', 'xin-fazhan-linian']]);
  });

  it('links the longest form: 新时代中国特色社会主义思想 inside 习近平新时代中国特色社会主义思想 once, to the one entry', () => {
    expect(linkedTerms('标题\n\n坚持以习近平新时代中国特色社会主义思想为指导。')).toEqual([['习近平新时代中国特色社会主义思想', 'xinshidai-sixiang']]);
    expect(linkedTerms('标题\n\n学习新时代中国特色社会主义思想。')).toEqual([['新时代中国特色社会主义思想', 'xinshidai-sixiang']]);
  });
});

describe('the README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('shows an entry that is one of the glossary, cut down, not one made up', () => {
    const example = /An entry as it is in `(content\/glossary\/[a-z-]+\.md)`[^\n]*\n\n```md\n([\s\S]*?)```/u.exec(readme);
    expect(example, 'the README names the entry its example is cut from').not.toBeNull();
    const [, file, source] = example!;
    const shown = parseEntry(source!, file!);
    const real = glossary.entries.find((e) => e.file === file)!;
    expect(real).toBeDefined();
    expect(shown).toMatchObject({ term: real.term, category: real.category, summary: real.summary, slug: real.slug });
    for (const alias of shown.aliases) expect(real.aliases).toContain(alias);
    for (const basis of shown.basis) {
      const same = real.basis.find((b) => b.title === basis.title && b.issuer === basis.issuer && b.date === basis.date);
      expect(same, basis.title).toBeDefined();
      for (const quote of basis.quotes) expect(same!.quotes).toContain(quote);
    }
    for (const paragraph of shown.body.split(/\n+/u)) expect(real.body).toContain(paragraph);
  });

  it('quotes the coverage line the build prints for the seeds, with today’s numbers', async () => {
    const shown = /\n(glossary coverage: [^\n]+)\n/u.exec(readme)?.[1];
    const { report } = await glossaryCoverage([]);
    expect(shown).toBe(formatCoverage(report, 0));
  }, 120_000);
});

describe('coverage of real texts', () => {
  it('holds the core glossary: at least 300 entries', () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(300);
  });

  // The 30 real texts the glossary was written from, and two reports no entry was written from (test/heldout/SOURCES.md).
  it.each([
    { folder: 'test/corpus', texts: 35, candidates: 300 },
    { folder: 'test/heldout', texts: 7, candidates: 150 },
  ])('explains all but at most 15 % of the candidates of the seeds and $folder', async ({ folder, texts, candidates }) => {
    const { report, texts: read } = await glossaryCoverage([folder]);
    expect(read).toBe(texts);
    expect(report.candidates.length).toBeGreaterThan(candidates);
    console.log(formatCoverage(report, 0));
    expect(unexplainedShare(report)).toBeLessThanOrEqual(15);
  }, 120_000);
});
