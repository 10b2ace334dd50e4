/**
 * The Word files beside the handouts, opened as Word would be asked to
 * (mammoth for the text, the styles and the notes; the file's own XML for
 * fonts and page): every paragraph of each seed speech verbatim and in order,
 * the outline as Word heading styles, every term note as a footnote, the
 * office's fonts and GB/T 9704 page, and the same bytes on every build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { handoutFromHast } from '../../src/lib/docx/from-hast.ts';
import { writeDocx } from '../../src/lib/docx/write.ts';
import { DIST, attr, pageOfSource, readPage, select, selectAll, sourceParagraphs, squash, text } from '../helpers/dist.ts';

const sources = readdirSync('content/speeches').filter((f) => f.endsWith('.txt'));

interface Opened {
  html: Root;
  /** The document's text without its footnotes or their marks. */
  body: string;
  headings: Array<{ level: number; text: string }>;
  footnotes: string[];
  xml: Record<string, string>;
}

async function open(file: string): Promise<Opened> {
  const bytes = readFileSync(file);
  const { value } = await mammoth.convertToHtml({ buffer: bytes });
  const html = fromHtml(value, { fragment: true });
  const notes = selectAll('li[id^="footnote-"]', html);
  const footnotes = notes.map((li) => text(li).replace(/\s*↑\s*$/u, '').trim());
  for (const node of [...selectAll('sup', html), ...selectAll('ol:has(> li[id^="footnote-"])', html)]) node.children = [];
  const headings = selectAll('h1, h2, h3, h4', html).map((h) => ({ level: Number(h.tagName.slice(1)), text: text(h).trim() }));
  const zip = unzipSync(bytes);
  const xml = Object.fromEntries(Object.entries(zip).filter(([name]) => name.endsWith('.xml')).map(([name, data]) => [name, new TextDecoder().decode(data)]));
  return { html, body: squash(text(html)), headings, footnotes, xml };
}

const docxOf = (slug: string) => path.join(DIST, 'handouts', slug, `${slug}.docx`);

describe.each(sources)('the Word handout of %s', (file) => {
  const page = pageOfSource(file);
  const slug = page.path.split('/')[1]!;
  const handout = readPage(`handouts/${slug}/index.html`);
  let opened: Opened;
  const ready = open(docxOf(slug)).then((o) => (opened = o));

  it('is linked from the handout page as 下载 Word 版, under the name of the speech', async () => {
    await ready;
    const link = selectAll('a', handout).find((a) => text(a) === '下载 Word 版');
    expect(attr(link!, 'href')).toBe(`/handouts/${slug}/${slug}.docx`);
    expect(attr(link!, 'download')).toBe(`学习讲义-${text(select('title', page.tree)!).replace(' · 党建学习知识库', '')}.docx`);
  });

  it('holds every paragraph of the source speech verbatim, in order', async () => {
    await ready;
    const paragraphs = sourceParagraphs(file);
    expect(paragraphs.length).toBeGreaterThan(10);
    let from = 0;
    for (const paragraph of paragraphs) {
      const at = opened.body.indexOf(paragraph, from);
      expect(at, `missing or out of order: ${paragraph.slice(0, 40)}…`).toBeGreaterThanOrEqual(0);
      from = at + paragraph.length;
    }
  });

  it('has the page’s outline as Word headings: 一、 as Heading 1, （一） as Heading 2', async () => {
    await ready;
    const outline = selectAll('.speech-body :is(h2, h3, h4)', page.article).map((h) => ({ level: Number(h.tagName.slice(1)) - 1, text: text(h).trim() }));
    expect(outline.length).toBeGreaterThan(2);
    expect(opened.headings).toEqual(outline);
    expect(opened.xml['word/document.xml']).toContain('<w:pStyle w:val="Heading1"/>');
    expect(opened.xml['word/document.xml']).toContain('<w:pStyle w:val="Title"/>');
  });

  it('gives every term note of the handout as a footnote, in order, at the term’s first use', async () => {
    await ready;
    const notes = selectAll('.term-notes li', page.article).map((li) => text(li).trim());
    expect(notes.length).toBeGreaterThan(3);
    expect(opened.footnotes).toEqual(notes);
    // The first footnote mark follows the first linked term of the text.
    const first = select('.speech-body a.term', page.article)!;
    const marked = fromHtml((await mammoth.convertToHtml({ path: docxOf(slug) })).value, { fragment: true });
    const ref = select('a[id="footnote-ref-1"]', marked)!;
    const paragraph = selectAll('p, h1, h2, h3', marked).find((p) => select('a[id="footnote-ref-1"]', p));
    expect(text(paragraph!).split(text(ref))[0]!.endsWith(text(first))).toBe(true);
  });
});

describe('the Word files', () => {
  it('name the office fonts and sizes, and a GB/T 9704 page with page numbers', async () => {
    const { xml } = await open(docxOf(pageOfSource(sources[0]!).path.split('/')[1]!));
    const styles = xml['word/styles.xml']!;
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`, 'u').exec(styles)?.[0] ?? '';
    expect(style('Title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('Title')).toContain('<w:sz w:val="44"/>');
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    // The outline levels the navigation pane and a table of contents read.
    expect(['Heading1', 'Heading2', 'Heading3'].map((id) => /<w:outlineLvl w:val="(\d)"\/>/u.exec(style(id))?.[1])).toEqual(['0', '1', '2']);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>[\s\S]*<\/w:docDefaults>/u);
    const doc = xml['word/document.xml']!;
    // A4 (210 × 297 mm) with margins top 37, bottom 35, left 28, right 26 mm, in twentieths of a point.
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/u);
    const footers = Object.entries(xml).filter(([name]) => /^word\/footer\d+\.xml$/u.test(name)).map(([, x]) => x);
    expect(footers).toHaveLength(2);
    for (const footer of footers) expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]* —<\/w:t>/u);
    expect(footers.map((f) => /<w:jc w:val="(\w+)"/u.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
  });

  it('are the same bytes when written again from the same page', async () => {
    const slug = pageOfSource(sources[1]!).path.split('/')[1]!;
    const tree = readPage(`handouts/${slug}/index.html`);
    const handout = select('[data-handout]', tree) as Element;
    const title = text(select('h1', handout)!).replace(/\s+/gu, ' ').trim();
    const again = await writeDocx(handoutFromHast(handout, title));
    expect(Buffer.from(again).equals(readFileSync(docxOf(slug)))).toBe(true);
  });

  it('give the glossary booklet every category as Heading 1 and every entry as Heading 2 with its summary', async () => {
    const booklet = readPage('handouts/glossary/index.html');
    const link = selectAll('a', booklet).find((a) => text(a) === '下载 Word 版');
    expect(attr(link!, 'href')).toBe('/handouts/glossary/glossary.docx');
    const opened = await open(path.join(DIST, 'handouts/glossary/glossary.docx'));
    const categories = selectAll('.booklet-category > h2', booklet).map((h) => text(h).trim());
    const entries = selectAll('.entry-document-print', booklet);
    expect(entries.length).toBeGreaterThan(300);
    expect(opened.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual(categories);
    expect(opened.headings.filter((h) => h.level === 2).map((h) => h.text)).toEqual(entries.map((e) => text(select('h3', e)!).trim()));
    let from = 0;
    for (const entry of entries) {
      const summary = squash(text(select('.entry-summary', entry)!));
      const at = opened.body.indexOf(summary, from);
      expect(at, summary).toBeGreaterThanOrEqual(0);
      from = at;
    }
    // 依据 is a label under each entry, not a level of the outline.
    expect(opened.headings.some((h) => h.text === '依据')).toBe(false);
  });
});
