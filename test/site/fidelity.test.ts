/**
 * Nothing is lost: every paragraph of every source speech appears verbatim
 * (white space aside) in the text of its built page.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageOfSource, sourceParagraphs, squash, text } from '../helpers/dist.ts';

const sources = readdirSync('content/speeches').filter((f) => f.endsWith('.txt'));

describe.each(sources)('%s', (file) => {
  const page = pageOfSource(file);
  const pageText = squash(text(page.article));

  it('has a page', () => {
    expect(page.path).toMatch(/^speeches\/[a-z0-9-]+\/$/u);
  });

  it('shows every source paragraph verbatim, in order', () => {
    const paragraphs = sourceParagraphs(file);
    expect(paragraphs.length).toBeGreaterThan(10);
    let from = 0;
    for (const paragraph of paragraphs) {
      const at = pageText.indexOf(paragraph, from);
      expect(at, `missing or out of order: ${paragraph.slice(0, 40)}…`).toBeGreaterThanOrEqual(0);
      from = at + paragraph.length;
    }
  });
});
