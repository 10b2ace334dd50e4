/** The outline of each seed survives: one heading per marker line, nested as the document nests them. */
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { attr, pageOfSource, select, selectAll, squash, text } from '../helpers/dist.ts';

const EXPECTED: Record<string, Record<string, number>> = {
  '000_e6ad98bea2aab6a9.txt': { chapter: 3, section: 13, item: 22, point: 3 },
  '001_397ebea4c409e4b0.txt': { chapter: 2, section: 8 },
  '002_a8c0b5baaef4c753.txt': { chapter: 6, point: 20 },
  '003_16a607e6477bb386.txt': { chapter: 11, item: 38 },
  '004_9825695c093ec318.txt': { chapter: 3, aspect: 2, point: 12 },
};

// Marker lines of a source, found with patterns of their own (not the converter's).
const MARKER_LINE = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|[一二三四五六七八九十]+[是要]|另?一方面)/u;

/** The headings of the speech's text (not of the term notes after it). */
const headingsOf = (article: Element) => selectAll('.speech-body :is(h2, h3, h4, h5, h6)', article);

describe.each(Object.entries(EXPECTED))('%s', (file, counts) => {
  const { article, tree } = pageOfSource(file);
  const headings = headingsOf(article);

  it('has one heading per marker line, of each marker kind', () => {
    const byKind: Record<string, number> = {};
    for (const h of headings) byKind[attr(h, 'dataMarker')] = (byKind[attr(h, 'dataMarker')] ?? 0) + 1;
    expect(byKind).toEqual(counts);
  });

  it('starts each heading with the marker line of the source, in order', () => {
    const markerLines = readFileSync(`content/speeches/${file}`, 'utf8')
      .split(/\r?\n/u)
      .map((l) => l.trim())
      .filter((l) => MARKER_LINE.test(l));
    expect(headings).toHaveLength(markerLines.length);
    headings.forEach((h, i) => {
      const heading = squash(text(h));
      expect(heading.length).toBeGreaterThan(1);
      expect(squash(markerLines[i]!).startsWith(heading), `${heading} ≠ ${markerLines[i]}`).toBe(true);
    });
  });

  it('gives every heading a unique id, a permalink to it and an entry in the table of contents', () => {
    const ids = headings.map((h) => attr(h, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    for (const h of headings) expect(attr(select('a.permalink', h)!, 'href')).toBe(`#${attr(h, 'id')}`);
    const toc = selectAll('nav.toc a', tree).map((a) => attr(a, 'href'));
    expect(toc).toEqual(ids.map((id) => `#${id}`));
  });

  it('gives every paragraph a unique anchor', () => {
    const ids = selectAll('p[id]', article).map((p) => attr(p, 'id'));
    expect(ids.length).toBeGreaterThan(10);
    expect(ids).toEqual(ids.map((_, i) => `p${i + 1}`));
  });
});

describe('nesting', () => {
  it('puts （一） under 一、 and 1. under （一） (seed 000)', () => {
    const { article } = pageOfSource('000_e6ad98bea2aab6a9.txt');
    const h = (id: string) => select(`#${id}`, article)!;
    expect([h('sec-3').tagName, h('sec-3-1').tagName, h('sec-3-1-1').tagName]).toEqual(['h2', 'h3', 'h4']);
    expect(squash(text(h('sec-3-1-1')))).toBe('1.把“两个维护”放在更加突出位置。');
  });

  it('puts item 38 under 十一、 (seed 003)', () => {
    const { article } = pageOfSource('003_16a607e6477bb386.txt');
    const item = select('#sec-11-3', article)!;
    expect(item.tagName).toBe('h3');
    expect(text(item)).toBe('38.从严考核问责。');
  });

  it('puts 一要 under 一方面 under 二、 (seed 004)', () => {
    const { article } = pageOfSource('004_9825695c093ec318.txt');
    expect(['sec-2', 'sec-2-1', 'sec-2-1-1'].map((id) => [select(`#${id}`, article)!.tagName, text(select(`#${id}`, article)!).slice(0, 4)])).toEqual([
      ['h2', '二、以永'],
      ['h3', '一方面，'],
      ['h4', '一要硬在'],
    ]);
  });

  it('keeps in-paragraph enumerations in the paragraph, lead phrase emphasised (seed 001)', () => {
    const { article } = pageOfSource('001_397ebea4c409e4b0.txt');
    const leads = selectAll('p strong.lead', article).map((s) => text(s));
    expect(leads).toContain('一是提高政治站位。');
    expect(headingsOf(article).some((h) => text(h).startsWith('一是'))).toBe(false);
  });

  it('marks anonymisation placeholders as hidden text (seed 004)', () => {
    const { article } = pageOfSource('004_9825695c093ec318.txt');
    const marks = selectAll('span.redacted', article);
    expect(marks.length).toBeGreaterThan(5);
    expect(marks.every((m) => attr(m, 'title') === '原文隐去' && /^(\*+|X+)$/u.test(text(m)))).toBe(true);
  });
});
