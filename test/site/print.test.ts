/**
 * Printed pages, read back the way a reader holds them: Chromium prints to
 * PDF, poppler's pdftotext and pdfinfo read the paper.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, readPage, selectAll } from '../helpers/dist.ts';
import { servedSite } from '../helpers/site.ts';

interface Printed {
  text: string;
  pages: number;
  page(n: number): string;
  /** The text of all pages without their running heads and page numbers. */
  body(): string;
}

const TMP = mkdtempSync(path.join(tmpdir(), 'pkb-print-'));
const site = servedSite();

let printed = 0;
/** Print a page to PDF, once `ready` is on it and after `prepare` (what a reader does first). */
async function print(address: string, ready?: string, consoleErrors?: string[], prepare?: (tab: Page) => Promise<void>): Promise<Printed> {
  const tab = await site.browser.context.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error') consoleErrors?.push(message.text());
  });
  await tab.goto(`${site.server.url}${address}`, { waitUntil: 'networkidle' });
  if (ready) await tab.waitForSelector(ready);
  await prepare?.(tab);
  const file = path.join(TMP, `${++printed}.pdf`);
  writeFileSync(file, await tab.pdf({ preferCSSPageSize: true }));
  await tab.close();
  const pages = Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const text = (first?: number, last?: number) =>
    execFileSync('pdftotext', [...(first ? ['-f', String(first), '-l', String(last)] : []), '-layout', file, '-'], { encoding: 'utf8' });
  const page = (n: number) => text(n, n);
  const body = () =>
    Array.from({ length: pages }, (_, i) => {
      const lines = page(i + 1).split('\n');
      const content = lines.filter((l) => !/^\s*(\d+\s*\/\s*\d+|—\s*\d+\s*—)\s*$/u.test(l));
      // From page 2, the first line is the running head.
      return (i > 0 ? content.slice(content.findIndex((l) => l.trim()) + 1) : content).join('\n');
    }).join('\n');
  return { text: text(), pages, page, body };
}

/** Text to compare: no white space, and no note numbers (they sit inside the text, after a word joiner U+2060), nor any digit. */
const plain = (text: string) => text.replace(/[\s\d\u2060]+/gu, '');

/** Closing punctuation, which Chinese typesetting never puts at a line's start. */
const CLOSING = '，。、；：！？”’）》」』】…';
/**
 * Lines that start with a note number or closing punctuation. A note number
 * follows a word joiner (U+2060) in the PDF's text; without one, it shows as
 * digits running into closing punctuation (⁶”，).
 */
const badLineStarts = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('\u2060') || new RegExp(`^(\\d+\\s*)?[${CLOSING}]`, 'u').test(line));
const CHROME = ['搜索讲话和术语', '跳到正文', '内网离线版', '上一篇', '下一篇', '学习讲义版', '全文搜索', '讲话文稿'];

interface Speech {
  slug: string;
  title: string;
  source: string;
  chars: number;
  terms: string[];
}
const speeches = (JSON.parse(readFileSync(path.join(DIST, 'api/speeches.json'), 'utf8')) as { speeches: Speech[] }).speeches;
const terms = (JSON.parse(readFileSync(path.join(DIST, 'api/terms.json'), 'utf8')) as { terms: Array<{ slug: string; term: string; summary: string }> }).terms;
const entryOf = new Map(terms.map((t) => [t.slug, t]));

describe.each(speeches)('printed speech $slug', (speech) => {
  let pdf: Printed;
  beforeAll(async () => {
    pdf = await print(`speeches/${speech.slug}/`);
  });

  it('has no site chrome: navigation, search, table of contents, links', () => {
    for (const word of CHROME) expect(pdf.text).not.toContain(word);
  });

  it('has every paragraph of the speech', () => {
    const paper = plain(pdf.body());
    const source = readFileSync(`content/speeches/${speech.source}`, 'utf8').split(/\r?\n|\u3000{2}/u).map(plain).filter(Boolean);
    for (const paragraph of source) expect(paper, paragraph.slice(0, 30)).toContain(paragraph);
  });

  it('ends with 术语注释, explaining every term the speech uses with its entry\'s summary, in the order of first use', () => {
    const notes = plain(pdf.body().slice(pdf.body().lastIndexOf('术语注释')));
    expect(speech.terms.length).toBeGreaterThan(10);
    const at = speech.terms.map((slug) => {
      const { term, summary } = entryOf.get(slug)!;
      const where = notes.indexOf(plain(`${term}：${summary}`));
      expect(where, term).toBeGreaterThan(0);
      return where;
    });
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('numbers its pages and heads every one from page 2 with the title', () => {
    const squash = (text: string) => text.replace(/\s+/gu, '');
    expect(pdf.pages).toBeGreaterThan(2);
    for (let n = 1; n <= pdf.pages; n++) expect(squash(pdf.page(n)), `page ${n}`).toContain(`${n}/${pdf.pages}`);
    const heads = Array.from({ length: pdf.pages - 1 }, (_, i) => pdf.page(i + 2).trim().split('\n')[0]!.trim());
    expect(heads).toEqual(heads.map(() => speech.title.replace(/\u00a0/gu, ' ')));
  });

  it('has a sensible number of pages for its length', () => {
    expect(pdf.pages).toBeGreaterThanOrEqual(Math.ceil(speech.chars / 1500));
    expect(pdf.pages).toBeLessThanOrEqual(Math.ceil(speech.chars / 400) + 2);
  });

  it('as a GB/T handout with 学习笔记: no blank page, no line that starts with a note number or closing punctuation', async () => {
    const handout = await print(`handouts/${speech.slug}/?style=gbt&notes=1`);
    const pages = Array.from({ length: handout.pages }, (_, i) => handout.page(i + 1).replace(/—\s*\d+\s*—/gu, '').trim());
    expect(pages.filter((page) => page === '')).toEqual([]);
    expect(pages.at(-1)).toBe('学习笔记');
    // The speech's term links carry note numbers in this handout, and the check sees them.
    expect(handout.text.split('\u2060').length - 1).toBeGreaterThan(speech.terms.length);
    expect(badLineStarts(handout.text)).toEqual([]);
    expect(badLineStarts(pdf.text)).toEqual([]);
  });
});

describe('printed handouts', () => {
  it('sets a handout in official-document style: 22 lines of 28 characters, page numbers — n —', async () => {
    const pdf = await print('handouts/xian-congyan-zhidang-huiyi-2020/?style=gbt');
    const page2 = pdf.page(2).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(page2.at(-1)!.replace(/\s/gu, '')).toBe('—2—');
    const lines = page2.slice(0, -1);
    expect(lines).toHaveLength(22);
    expect(Math.max(...lines.map((l) => l.replace(/\s|\d/gu, '').length))).toBe(28);
    for (const word of CHROME) expect(pdf.text).not.toContain(word);
  });

  it('takes its options from the boxes a reader ticks, keeps them in the address, and prints so', async () => {
    const handout = 'handouts/xian-congyan-zhidang-huiyi-2020/';
    let address = '';
    const ticked = await print(handout, undefined, undefined, async (tab) => {
      await tab.getByLabel('附学习笔记页').check();
      await tab.getByLabel('公文版（GB/T 9704—2012）').check();
      address = tab.url();
    });
    expect(new URL(address).search).toBe('?notes=1&style=gbt');
    expect(ticked.page(ticked.pages).replace(/—\s*\d+\s*—/gu, '').trim()).toBe('学习笔记');
    expect(ticked.page(2).split('\n').map((l) => l.trim()).filter(Boolean).at(-1)!.replace(/\s/gu, '')).toBe('—2—');
    expect(ticked.pages).toBe((await print(`${handout}?notes=1&style=gbt`)).pages);
    // Unticked again: the reading style, numbered n / N, without the notes pages.
    const unticked = await print(`${handout}?notes=1&style=gbt`, undefined, undefined, async (tab) => {
      await tab.getByLabel('附学习笔记页').uncheck();
      await tab.getByLabel('阅读版').check();
      address = tab.url();
    });
    expect(new URL(address).search).toBe('');
    expect(unticked.text).not.toContain('学习笔记');
    expect(unticked.page(2).replace(/\s+/gu, '')).toContain(`2/${unticked.pages}`);
  });

  it('opens the print dialog from 打印, a button a page without JavaScript does not show', async () => {
    for (const address of ['handouts/xian-congyan-zhidang-huiyi-2020/', 'speeches/xian-congyan-zhidang-huiyi-2020/', 'handouts/glossary/']) {
      const buttons = selectAll('[data-print]', readPage(address));
      expect(buttons.length, address).toBeGreaterThan(0);
      expect(buttons.filter((b) => b.properties.hidden === undefined), address).toEqual([]);
      const tab = await site.browser.context.newPage();
      await tab.goto(`${site.server.url}${address}`);
      await tab.evaluate(() => {
        const w = window as unknown as { printed: number };
        w.printed = 0;
        window.print = () => void w.printed++;
      });
      await tab.getByRole('button', { name: '打印', exact: true }).first().click();
      expect(await tab.evaluate(() => (window as unknown as { printed: number }).printed), address).toBe(1);
      await tab.close();
    }
  });

  it('adds blank 学习笔记 pages when asked', async () => {
    const plainPdf = await print('handouts/xian-congyan-zhidang-huiyi-2020/');
    const withNotes = await print('handouts/xian-congyan-zhidang-huiyi-2020/?notes=1');
    expect(plainPdf.text).not.toContain('学习笔记');
    expect(withNotes.page(withNotes.pages)).toContain('学习笔记');
    expect(withNotes.pages).toBe(plainPdf.pages + 1);
  });

  it('prints the glossary booklet: cover, contents, every entry with its summary', async () => {
    const pdf = await print('handouts/glossary/');
    expect(pdf.page(1)).toContain('术语词典学习手册');
    expect(pdf.page(2)).toContain('目录');
    const paper = plain(pdf.text);
    expect(terms.length).toBeGreaterThan(300);
    // The contents hold the names only: an entry printed is its name and its summary.
    expect(terms.filter(({ term, summary }) => !paper.includes(plain(term)) || !paper.includes(plain(summary))).map((t) => t.term)).toEqual([]);
  });

  it('prints a handout put together from chosen speeches and terms, each part headed by its title from page 2, without a console error', async () => {
    const errors: string[] = [];
    const pdf = await print('handouts/?s=xian-congyan-zhidang-huiyi-2020,qu-congyan-zhidang-cuoshi&t=sifeng,baxiang-guiding', '[data-builder-preview] article', errors);
    expect(errors).toEqual([]);
    const paper = plain(pdf.text);
    expect(paper).toContain(plain('在县全面从严治党工作会议上的讲话'));
    expect(paper).toContain(plain('推进全面从严治党工作措施'));
    expect(paper).toContain('术语释义');
    expect(paper).toContain(plain('形式主义、官僚主义、享乐主义和奢靡之风'));
    expect(paper).not.toContain('组合学习讲义');
    // The running head of each page: the title of the part it belongs to, in the order chosen.
    const heads = Array.from({ length: pdf.pages }, (_, i) => pdf.page(i + 1).trim().split('\n')[0]!.trim());
    const runs = heads.slice(1).filter((head, i, all) => head !== all[i - 1]);
    expect(runs).toEqual(['在县全面从严治党工作会议上的讲话', '推进全面从严治党工作措施', '术语释义']);
    expect(heads.filter((h) => h === '在县全面从严治党工作会议上的讲话').length).toBeGreaterThan(3);
    expect(pdf.pages).toBeGreaterThan(20);
  });
});
