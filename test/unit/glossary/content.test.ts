/**
 * The glossary as written (content/glossary/): every entry passes the schema,
 * quotes its stored official texts word for word, links by its longest form,
 * and explains the vocabulary of real texts.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatCoverage } from '../../../src/lib/glossary/coverage.ts';
import { linkParagraphs } from '../../../src/lib/glossary/link.ts';
import { loadGlossary } from '../../../src/lib/glossary/load.ts';
import { speechToMdast } from '../../../src/lib/speech/to-mdx.ts';
import { glossaryCoverage } from '../../../scripts/lib/glossary-texts.ts';
import { parseText } from '../../helpers/speech.ts';

const glossary = loadGlossary('content/glossary');
const stored = parse(readFileSync('test/fixtures/official-texts.yaml', 'utf8')) as Array<{ title: string; date: string; file: string }>;
/** The words alone: the stored copies break lines inside titles and carry zero-width spaces. */
const words = (text: string) => text.replace(/[\s\u200b-\u200f\u2060\ufeff]/gu, '');

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
    const checked: string[] = [];
    for (const entry of glossary.entries) {
      for (const basis of entry.basis) {
        if (typeof basis === 'string') continue;
        const copy = stored.find((s) => s.title === basis.title && s.date === basis.date);
        if (!copy) continue;
        const text = words(readFileSync(`test/corpus/${copy.file}`, 'utf8'));
        for (const quote of basis.quotes) {
          expect(text.includes(words(quote)), `${entry.file}: “${quote}” is not in ${basis.title} (${basis.date})`).toBe(true);
          checked.push(quote);
        }
      }
    }
  });

  it('dates nothing in the future, and a document no earlier than its basis allows', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const entry of glossary.entries) {
      for (const date of [entry.document?.date, ...entry.basis.map((b) => (typeof b === 'string' ? undefined : b.date))].filter(Boolean)) expect(date! <= today, `${entry.file}: ${date}`).toBe(true);
    }
  });

  it('links the longest form: 新时代中国特色社会主义思想 inside 习近平新时代中国特色社会主义思想 once, to the one entry', () => {
    expect(linkedTerms('标题\n\n坚持以习近平新时代中国特色社会主义思想为指导。')).toEqual([['习近平新时代中国特色社会主义思想', 'xinshidai-sixiang']]);
    expect(linkedTerms('标题\n\n学习新时代中国特色社会主义思想。')).toEqual([['新时代中国特色社会主义思想', 'xinshidai-sixiang']]);
  });
});

describe('coverage of real texts', () => {
  it('reports the seeds and the 30 real texts, with the share unexplained', async () => {
    const { report, texts } = await glossaryCoverage(['test/corpus']);
    expect(texts).toBe(35);
    expect(report.candidates.length).toBeGreaterThan(300);
    // Issue 12's target is at most 15 %; the figure is printed here until the core glossary lands.
    console.log(formatCoverage(report, 0));
  }, 120_000);
});
