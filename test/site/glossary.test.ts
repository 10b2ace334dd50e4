/** Every slogan and regulation in the speeches links to its glossary entry, and the entries show where they are used. */
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { formatCoverage, coverage } from '../../src/lib/glossary/coverage.ts';
import { loadGlossary } from '../../src/lib/glossary/load.ts';
import { attr, DIST, pageOfSource, readPage, select, selectAll, text } from '../helpers/dist.ts';

const glossary = loadGlossary('content/glossary');

/** The entry page a link on `pagePath` leads to, and the term it names. */
function entryOf(link: Element, pagePath: string): { path: string; term: string } {
  const target = new URL(attr(link, 'href'), `http://site/${pagePath}`).pathname.slice(1);
  return { path: target, term: text(select('h1', readPage(target))!) };
}

/** Links in the speech's article whose text is `form`, in the element with id `within` if given. */
function termLinks(source: string, form: string, within?: string) {
  const { article, path } = pageOfSource(source);
  const scope = within ? select(`#${within}`, article) : article;
  expect(scope, `#${within} in ${source}`).toBeTruthy();
  return { path, links: selectAll('a.term', scope!).filter((a) => text(a) === form) };
}

/** The paragraph right after a heading: where a marker line's body text goes. */
function paragraphAfter(source: string, headingId: string): string {
  const { article } = pageOfSource(source);
  const children = (select('.speech-body', article)!.children as Element[]).filter((c) => c.type === 'element');
  const at = children.findIndex((c) => attr(c, 'id') === headingId);
  if (at < 0) throw new Error(`no heading #${headingId} in the page of ${source}`);
  const next = children[at + 1];
  if (next?.tagName !== 'p') throw new Error(`#${headingId} in the page of ${source} is not followed by a paragraph`);
  return attr(next, 'id');
}

describe('term links in the speeches', () => {
  it('links 中央八项规定 in seed 000, part 一 §（四）, to 八项规定', () => {
    const paragraph = paragraphAfter('000_e6ad98bea2aab6a9.txt', 'sec-1-4');
    expect(paragraph).toBe('p7');
    const { links, path } = termLinks('000_e6ad98bea2aab6a9.txt', '中央八项规定', paragraph);
    expect(links.length).toBeGreaterThan(0);
    expect(entryOf(links[0]!, path).term).toBe('八项规定');
  });

  it('links 《中国共产党问责条例》 in seed 003, item 38', () => {
    const paragraph = paragraphAfter('003_16a607e6477bb386.txt', 'sec-11-3');
    expect(paragraph).toBe('p39');
    const { links, path } = termLinks('003_16a607e6477bb386.txt', '中国共产党问责条例', paragraph);
    expect(links).toHaveLength(1);
    expect(entryOf(links[0]!, path).term).toMatch(/问责条例/u);
  });

  it('links 《党支部工作条例》 (000) and 《中国共产党党支部工作条例》 (004) to the same entry', () => {
    const short = termLinks('000_e6ad98bea2aab6a9.txt', '党支部工作条例');
    const full = termLinks('004_9825695c093ec318.txt', '中国共产党党支部工作条例');
    expect(short.links.length).toBeGreaterThan(0);
    expect(full.links.length).toBeGreaterThan(0);
    expect(entryOf(short.links[0]!, short.path).path).toBe(entryOf(full.links[0]!, full.path).path);
  });

  // In 003 it stands in the heading of item 30 only: headings link their terms too.
  it.each(['001_397ebea4c409e4b0.txt', '002_a8c0b5baaef4c753.txt', '003_16a607e6477bb386.txt', '004_9825695c093ec318.txt'])('links “四种形态” in %s', (source) => {
    const { links, path } = termLinks(source, '四种形态');
    expect(links.length).toBeGreaterThan(0);
    expect(entryOf(links[0]!, path).term).toBe('四种形态');
  });

  it('links 民主集中制 in seed 002', () => {
    const { links, path } = termLinks('002_a8c0b5baaef4c753.txt', '民主集中制');
    expect(links.length).toBeGreaterThan(0);
    expect(entryOf(links[0]!, path).term).toBe('民主集中制');
  });

  // content/site.yaml: termLinks: first-in-section.
  it('links a term once per top-level section (一、…), and only its first use there', () => {
    let sections = 0;
    for (const source of ['000_e6ad98bea2aab6a9.txt', '001_397ebea4c409e4b0.txt', '002_a8c0b5baaef4c753.txt', '003_16a607e6477bb386.txt', '004_9825695c093ec318.txt']) {
      const { article } = pageOfSource(source);
      // The body as a flat run: a top-level heading (h2) starts a section.
      let seen = new Map<string, string>();
      for (const node of selectAll('.speech-body h2, .speech-body a.term', article)) {
        if (node.tagName === 'h2') {
          seen = new Map();
          sections++;
          continue;
        }
        const slug = attr(node, 'dataTerm');
        expect(seen.get(slug), `${slug} linked twice in one section of ${source}`).toBeUndefined();
        seen.set(slug, text(node));
      }
    }
    expect(sections).toBeGreaterThan(10);
  });

  it('lists every use of a term on its entry page, linked or not: 巡察工作 in the 县 speech', () => {
    const source = readFileSync('content/speeches/002_a8c0b5baaef4c753.txt', 'utf8');
    const { path, article } = pageOfSource('002_a8c0b5baaef4c753.txt');
    const inText = source.split('巡察工作').length - 1;
    const linked = selectAll('a.term[data-term="xunshi-xuncha"]', article).filter((a) => text(a) === '巡察工作').length;
    const listed = selectAll('.kwic a', readPage('glossary/xunshi-xuncha/')).filter((a) => attr(a, 'href').includes(path.replace(/index\.html$/u, '')) && text(select('mark', a)!) === '巡察工作');
    expect(inText).toBe(9);
    expect(linked).toBeGreaterThan(0);
    expect(linked).toBeLessThan(inText);
    expect(listed).toHaveLength(inText);
  });

  it('gives every term link the entry summary as its title', () => {
    for (const source of ['000_e6ad98bea2aab6a9.txt', '003_16a607e6477bb386.txt']) {
      const { article } = pageOfSource(source);
      const links = selectAll('a.term', article);
      expect(links.length, source).toBeGreaterThan(10);
      for (const link of links) {
        expect(attr(link, 'title')).toBe(glossary.bySlug.get(attr(link, 'dataTerm'))!.summary);
      }
    }
  });
});

describe('the glossary', () => {
  it('explains every document title and number formula of the seeds, or ignores it with a reason', () => {
    const texts = ['000_e6ad98bea2aab6a9', '001_397ebea4c409e4b0', '002_a8c0b5baaef4c753', '003_16a607e6477bb386', '004_9825695c093ec318'].map((n) => ({
      file: `${n}.txt`,
      text: readFileSync(`content/speeches/${n}.txt`, 'utf8'),
    }));
    const report = coverage(texts, glossary);
    expect(report.candidates.length).toBeGreaterThan(50);
    // Quoted phrases and titles: the shapes a speech itself marks as terms. (Unquoted shapes and watched
    // phrases are reported to editors; the core glossary that explains them is issue 12's work.)
    expect(report.missing.filter((c) => c.quoted), formatCoverage(report)).toEqual([]);
  });

  it('lists every entry on the index page, under its category and in the A–Z index', () => {
    const index = readPage('glossary/');
    const byCategory = selectAll('.entry-list a', index).map((a) => attr(a, 'href'));
    const az = selectAll('.az-list a', index).map((a) => attr(a, 'href'));
    const expected = glossary.entries.map((e) => `/glossary/${e.slug}/`).sort();
    expect([...byCategory].sort()).toEqual(expected);
    expect([...az].sort()).toEqual(expected);
  });

  it('shows on an entry page each use in context, linking to the paragraph that holds it', () => {
    const page = readPage('glossary/baxiang-guiding/');
    const lines = selectAll('.kwic a', page);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      const [pathname, anchor] = attr(line, 'href').split('#');
      const target = readPage(pathname!.slice(1));
      const paragraph = select(`#${anchor}`, target)!;
      expect(text(paragraph)).toContain(text(select('mark', line)!));
    }
    expect(selectAll('.uses-chart__row', page).length).toBeGreaterThan(1);
  });

  it('exports terms and speeches as JSON', () => {
    const { terms } = JSON.parse(readFileSync(`${DIST}/api/terms.json`, 'utf8')) as { terms: Array<{ slug: string; forms: string[]; uses: { total: number } }> };
    expect(terms.map((t) => t.slug).sort()).toEqual(glossary.entries.map((e) => e.slug));
    expect(terms.find((t) => t.slug === 'baxiang-guiding')).toMatchObject({ forms: expect.arrayContaining(['八项规定', '中央八项规定']) });
    const { speeches } = JSON.parse(readFileSync(`${DIST}/api/speeches.json`, 'utf8')) as { speeches: Array<{ slug: string; terms: string[] }> };
    expect(speeches).toHaveLength(5);
    expect(speeches[0]!.terms).toContain('baxiang-guiding');
  });
});
