/**
 * Ranking, run through the search page's own search (run.ts) against a small
 * stand-in for Pagefind (test/helpers/pagefind-stand-in.ts).
 */
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/lib/search/rank.ts';
import { runSearch } from '../../src/lib/search/run.ts';
import { standIn } from '../helpers/pagefind-stand-in.ts';

const filler = (n: number) => '坚持以人民为中心的发展思想，推动高质量发展。'.repeat(n);
const page = (title: string, body: string, date?: string) => ({
  html: `<main data-pagefind-body>${date ? `<span data-pagefind-sort="date:${date}"></span>` : ''}<h1>${title}</h1><p>${body}</p></main>`,
});

const site = standIn({
  report: page('政府工作报告', `${filler(400)}严格落实中央八项规定精神。${filler(400)}`, '2024-03-05'),
  qa: page('作风建设问答', `八项规定精神是什么？落实八项规定精神要从小事做起。违反八项规定精神的行为要查处。${filler(3)}`, '2021-09-06'),
  titled: page('中央八项规定实施细则解读', `${filler(20)}细则是八项规定的具体化。${filler(20)}`, '2015-01-01'),
  mention: page('在全市大会上的讲话', `${filler(30)}八项规定。${filler(30)}`, '2025-01-10'),
  scattered: page('规定与八项工作', `八项工作要有规定。${filler(5)}`, '2020-01-01'),
  none: page('无关', filler(5)),
});

describe('ranking by relevance', () => {
  it('puts the page whose title holds the query first, then the short page about it above the long report that mentions it once', async () => {
    const outcome = (await runSearch(site, '八项规定', 'relevance'))!;
    expect(outcome.found.map((f) => f.id)).toEqual(['titled', 'qa', 'mention', 'report']);
    expect(outcome.found[0]!.inTitle).toBe(true);
    expect(outcome.found.find((f) => f.id === 'qa')!.starts).toHaveLength(3);
  });

  it('lists the pages that hold every character, not together, apart', async () => {
    const outcome = (await runSearch(site, '八项规定', 'relevance'))!;
    expect(outcome.scattered.map((r) => r.id)).toEqual(['scattered']);
  });

  it('counts the phrase\'s occurrences, not runs of its characters (规规矩矩 for 规定)', async () => {
    const pages = standIn({ rules: page('讲话', `要守规定。规规矩矩做人，定定心心做事。${filler(2)}`) });
    expect((await runSearch(pages, '规定', 'relevance'))!.found[0]!.starts).toHaveLength(1);
  });

  it('counts the occurrences in the text, not the one in the title', async () => {
    const titled = (await runSearch(site, '八项规定', 'relevance'))!.found[0]!;
    expect(titled.starts).toHaveLength(1);
  });

  it('keeps the order given among pages that score the same', () => {
    const at = new Map([
      ['四', [200]],
      ['风', [201]],
    ]);
    const positions = new Map(['a', 'b'].map((id) => [id, { at, end: 900 }]));
    expect(rank([{ id: 'b', words: [200, 201] }, { id: 'a', words: [200, 201] }], positions, [['四', '风']]).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('reads a title hit from the first occurrence only, not from the query\'s characters in another order', async () => {
    const pages = standIn({ other: page('十五五', `接续十四五。${filler(2)}`), own: page('十四五', `十四五规划。${filler(2)}`) });
    const found = (await runSearch(pages, '十四五', 'relevance'))!.found;
    expect(found.map((f) => [f.id, f.inTitle])).toEqual([
      ['own', true],
      ['other', false],
    ]);
  });
});

describe('sorted by time', () => {
  it('lists the pages newest first, whatever their relevance', async () => {
    const outcome = (await runSearch(site, '八项规定', 'date'))!;
    expect(outcome.found.map((f) => f.id)).toEqual(['mention', 'report', 'qa', 'titled']);
  });
});
