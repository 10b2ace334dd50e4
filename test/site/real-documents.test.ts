/**
 * Real documents in: the 30 public texts of test/corpus/ (copied verbatim
 * from shared/corpus, see its SOURCES.md) and the team's own fixtures shaped
 * like real downloads (test/fixtures/speeches/, and two Word files made by
 * test/fixtures/docx.ts) are dropped into content/speeches/ of a copy of the
 * project as they are, and the site is built once. Each page must have the
 * right title, date and outline, no markup or page control in any title,
 * and every paragraph of its source verbatim (the page furniture
 * docs/reading-texts.md says is left out aside).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import mammoth from 'mammoth';
import type { Root as MdastRoot } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/chromium.ts';
import { seriousViolations } from '../../scripts/lib/gates/a11y.ts';
import { htmlErrors } from '../../scripts/lib/gates/html.ts';
import { brokenLinks } from '../../scripts/lib/gates/links.ts';
import { externalUrls } from '../../scripts/lib/gates/offline.ts';
import { serve } from '../../scripts/lib/serve.ts';
import { copyProject, ROOT, type ProjectCopy } from '../../scripts/lib/project.ts';
import { officeDocx, OFFICE_TEXT, styledDocx, STYLED_TEXT } from '../fixtures/docx.ts';
import { CORPUS, CORPUS_PAGES, copyCorpus } from '../helpers/corpus.ts';
import { attr, pageOfSource, readingText, readPage, select, speechPages, selectAll, text } from '../helpers/dist.ts';

const FIXTURES = path.join(ROOT, 'test/fixtures/speeches');

/** The team's fixtures: title, date, outline (headings as the page shows them). */
const FIXTURE_PAGES: Record<string, { title: string; h1?: string; date?: string; outline: string[]; leftovers?: string }> = {
  'front-matter.md': {
    title: '在全市机关党建工作会议上的讲话',
    date: '2024-03-05',
    outline: ['一、提高政治站位，把牢机关党建正确方向', '（一）坚持“两个维护”', '一是加强理论学习。', '二、夯实基层基础，提升机关党组织组织力'],
  },
  'news-page.txt': {
    title: '2026年某市政府工作报告',
    date: '2026-01-20',
    outline: ['一、2025年工作回顾', '（一）经济运行稳中有进。', '（二）民生保障持续加强。', '二、2026年主要任务', '（一）着力扩大有效需求。'],
    leftovers: '1–9, 28–32',
  },
  'bilingual.txt': { title: '在全省机关党建工作会议上的讲话', date: '2021-04-15', outline: ['一、加强理论学习', '1.加强理论学习。', '2.加强督导检查。', '二、夯实基层基础'] },
  // Where a heading ends in a text with no line breaks cannot be told: its chapters start paragraphs, none is a heading.
  'no-line-breaks.txt': { title: '在全市党风廉政建设工作会议上的讲话', date: '2023-02-10', outline: [] },
  'odd-titles.txt': { title: '学习笔记：“两个维护”#1---', outline: ['一、提高政治站位---', '二、用好“#”与“*”：符号---'] },
  'styled.docx': {
    title: STYLED_TEXT.title,
    date: '2021-04-15',
    outline: [STYLED_TEXT.chapter1, STYLED_TEXT.section1, STYLED_TEXT.lead, STYLED_TEXT.chapter2],
  },
  'office.docx': { title: OFFICE_TEXT.title, outline: [OFFICE_TEXT.chapter1, OFFICE_TEXT.section1, OFFICE_TEXT.chapter2] },
};

/** Line ranges as the build's warning names them (1–9, 123) → the line numbers. */
function lines(ranges = ''): Set<number> {
  const out = new Set<number>();
  for (const range of ranges.split(', ').filter(Boolean)) {
    const [from, to = from] = range.split('–').map(Number);
    for (let n = from!; n <= to!; n++) out.add(n);
  }
  return out;
}

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const squash = (value: string) => value.replace(/[\s\p{Cf}]+/gu, '');

/**
 * The paragraphs of a source file, found independently of the converter: a
 * .txt by its lines and 　　 indents; a .md by remark's blocks (markup
 * removed, front matter and images aside); a .docx by mammoth's raw text.
 */
async function sourceParagraphs(file: string, bytes: Buffer, leftovers: Set<number>): Promise<string[]> {
  if (file.endsWith('.docx')) return (await mammoth.extractRawText({ buffer: bytes })).value.split(/\n+/u).map(squash).filter(Boolean);
  const source = bytes.toString('utf8');
  if (file.endsWith('.md')) {
    const tree = markdown.parse(source) as MdastRoot;
    const blocks: string[] = [];
    const visit = (node: MdastRoot['children'][number]): void => {
      if (node.type === 'yaml' || node.type === 'definition' || node.type === 'footnoteDefinition') return;
      if (node.type === 'list' || node.type === 'blockquote' || node.type === 'listItem') return (node.children as typeof node.children).forEach((c) => visit(c as never));
      if (node.type === 'table') return node.children.forEach((row) => row.children.forEach((cell) => blocks.push(mdastText(cell))));
      blocks.push(...mdastText(node).split(/\n|\u3000{2,}/u));
    };
    tree.children.forEach(visit);
    return blocks.map(squash).filter(Boolean);
  }
  return source
    .split(/\r\n|\r|\n/u)
    .flatMap((line, i) => (leftovers.has(i + 1) ? [] : line.split(/\u3000{2,}/u)))
    .map(squash)
    .filter(Boolean);
}

let copy: ProjectCopy;
let output = '';
const dist = () => path.join(copy.dir, 'dist');
const sources = new Map<string, Buffer>();

beforeAll(async () => {
  copy = copyProject();
  const speeches = path.join(copy.dir, 'content/speeches');
  copyCorpus(speeches);
  for (const name of Object.keys(CORPUS_PAGES)) sources.set(name, readFileSync(path.join(CORPUS, name)));
  for (const name of readdirSync(FIXTURES)) {
    copyFileSync(path.join(FIXTURES, name), path.join(speeches, name));
    sources.set(name, readFileSync(path.join(FIXTURES, name)));
  }
  for (const [name, make] of [
    ['styled.docx', styledDocx],
    ['office.docx', officeDocx],
  ] as const) {
    const bytes = Buffer.from(await make());
    writeFileSync(path.join(speeches, name), bytes);
    sources.set(name, bytes);
  }
  const result = copy.build();
  output = result.output;
  expect(result.status, result.output).toBe(0);
}, 600_000);

afterAll(() => copy?.remove());

const ALL = { ...CORPUS_PAGES, ...FIXTURE_PAGES };

describe.each(Object.keys(ALL))('%s', (name) => {
  const expected = ALL[name]!;
  let article: Element;
  beforeAll(() => {
    article = pageOfSource(name, dist()).article;
  });

  it('has the right title, and no markup or page control in it', () => {
    const h1 = text(select('h1', article)!).trim();
    expect(h1.replace(/\s+/gu, ' ')).toBe((expected.h1 ?? expected.title).replace(/\s+/gu, ' '));
    expect(text(select('title', pageOfSource(name, dist()).tree)!)).toBe(`${expected.title} · 党建学习知识库`);
    for (const title of [h1, ...selectAll('.source-title', article).map(text)]) {
      expect(title).not.toMatch(/^#|\*\*|__|下载|打印|全屏|收藏|字号|字体|来源[：:]|\p{Cf}/u);
    }
  });

  it('shows its date in the title block, where the text has one, and not twice (the facts line or the text’s own line)', () => {
    const facts = text(select('.speech-head__facts', article)!);
    if (expected.date) {
      const [y, m, d] = expected.date.split('-').map(Number);
      const date = `${y}年${m}月${d}日`;
      const lines = selectAll('.speech-head > :not(.speech-head__facts)', article).map(text);
      // Given by a line of the text's head (its date line, its subtitle), it is not repeated in the facts line.
      expect(facts.includes(date) !== lines.some((line) => line.includes(date)), `${facts} | ${lines.join(' | ')}`).toBe(true);
    } else expect(facts).not.toMatch(/\d+年\d+月\d+日/u);
  });

  it('shows every paragraph of its source verbatim, in order (page furniture aside)', async () => {
    const paragraphs = await sourceParagraphs(name, sources.get(name)!, lines(expected.leftovers));
    const page = squash(readingText(article));
    let from = 0;
    for (const paragraph of paragraphs) {
      const at = page.indexOf(paragraph, from);
      expect(at, `missing or out of order: ${paragraph.slice(0, 40)}…`).toBeGreaterThanOrEqual(0);
      from = at + paragraph.length;
    }
  });

  it('has a Word handout with every paragraph of its source verbatim, in order, and its outline as Word headings', async () => {
    const slug = pageOfSource(name, dist()).path.split('/')[1]!;
    const { value } = await mammoth.convertToHtml({ path: path.join(dist(), 'handouts', slug, `${slug}.docx`) });
    const word = fromHtml(value, { fragment: true });
    // Footnote marks are not the speech's text; the footnotes (the source's notes, then the term notes) come last.
    for (const node of selectAll('sup', word)) node.children = [];
    const body = squash(text(word));
    const paragraphs = await sourceParagraphs(name, sources.get(name)!, lines(expected.leftovers));
    let from = 0;
    for (const paragraph of paragraphs) {
      const at = body.indexOf(paragraph, from);
      expect(at, `missing or out of order in the Word file: ${paragraph.slice(0, 40)}…`).toBeGreaterThanOrEqual(0);
      from = at + paragraph.length;
    }
    const outline = selectAll('.speech-body :is(h2, h3, h4)', article).map((h) => `${Number(h.tagName.slice(1)) - 1} ${squash(text(h))}`);
    expect(selectAll('h1, h2, h3', word).map((h) => `${h.tagName.slice(1)} ${squash(text(h))}`)).toEqual(outline);
  });

  it('tells the editor which lines were left out as page furniture, and nothing else', () => {
    const warning = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:\\d+: left out \\d+ line\\(s\\) of web-page furniture, lines ([^:]+):`, 'u').exec(output);
    expect(warning?.[1]).toBe(expected.leftovers);
  });
});

describe('the corpus', () => {
  it('gives every text a title of its own: no warning of a missing title', () => {
    expect(output).not.toMatch(/no title line in the text/u);
  });

  it.each(Object.entries(CORPUS_PAGES).filter(([, page]) => page.speaker))('shows the speaker of %s in the title block', (name, page) => {
    const speaker = text(select('.head-line--speaker', pageOfSource(name, dist()).article)!);
    expect(speaker.replace(/[\s\u3000]+/gu, ' ')).toBe(page.speaker!.replace(/[\s\u3000]+/gu, ' '));
  });

  it('gives a date once: the facts line leaves it out where a line of the title block gives it, and a search result keeps it', () => {
    const { article } = pageOfSource('xi-2020-laomo-biaozhang.txt', dist());
    expect(text(select('.head-line--date', article)!)).toContain('2020年11月24日');
    const facts = select('.speech-head__facts', article)!;
    expect(text(facts)).not.toContain('2020年');
    expect(attr(facts, 'dataResultFacts')).toContain('2020年11月24日');
  });

  it('lists the texts with their dates first, in one format: a full date, a year alone only where the text gives no more', () => {
    const cards = selectAll('.speech-list li', readPage('speeches/', dist()));
    expect(cards).toHaveLength(speechPages(dist()).length);
    const dates = cards.map((li) => select('.speech-list__facts > *', li)!);
    for (const d of dates) expect(text(d)).toMatch(/^(\d{4}年(\d{1,2}月\d{1,2}日)?|日期不详)$/u);
    // The card's date is the page's: that of the Xi speech of 2020-11-24, as its title block gives it.
    const card = cards.find((li) => text(li).includes(CORPUS_PAGES['xi-2020-laomo-biaozhang.txt']!.title))!;
    expect(attr(select('time', card)!, 'dateTime')).toBe('2020-11-24');
    expect(text(select('time', card)!)).toBe('2020年11月24日');
    // Dated to the day (the Xi speeches, the State Council reports since 2017), to the year (seeds 000 and 002, the texts whose sidecar gives a year), or not at all.
    expect(dates.filter((d) => /月/u.test(text(d))).length).toBeGreaterThanOrEqual(20);
    expect(dates.filter((d) => /^\d{4}年$/u.test(text(d))).length).toBe(2 + Object.values(CORPUS_PAGES).filter((p) => p.year).length);
  });

  it('shows 来源 and 时间 of a copied news page in the title block, not in the text', () => {
    const { article } = pageOfSource('gov-work-report-2026-shanghai.txt', dist());
    expect(text(select('.head-line--field', article)!)).toBe('来源：解放日报 时间：2026-02-09');
    expect(selectAll('.speech-body p', article).map(text).filter((p) => /^(来源|时间)：/u.test(p))).toEqual([]);
  });

  it('sends no request off the site, though its texts quote outside addresses', () => {
    expect(externalUrls(dist())).toEqual([]);
  });

  it('passes the link and HTML gates: lists, tables, quotes and notes of Markdown and Word are valid markup', async () => {
    expect(brokenLinks(dist())).toEqual([]);
    const speeches = path.join(dist(), 'speeches');
    const errors = (await htmlErrors(dist())).filter((e) => e.startsWith(speeches));
    expect(errors).toEqual([]);
  });

  it('never loads the pictures the CCDI note links on its old host: it says where each was', () => {
    const { article } = pageOfSource('ccdi-不得干扰巡视巡察工作.md', dist());
    expect(selectAll('img', article)).toEqual([]);
    expect(selectAll('.missing-image', article).map(text)).toEqual([
      '［图片（未加载，原地址 https://www.ccdi.gov.cn/hdjln/ywtt/202109/W020210929376928650754.jpg）］',
      '［图片（未加载，原地址 https://www.ccdi.gov.cn/hdjln/ywtt/202109/W020210929376928768437.jpg）］',
      '［图片（未加载，原地址 https://www.ccdi.gov.cn/hdjln/ywtt/202109/W020210929376928878549.jpg）］',
    ]);
    expect(output).toContain('ccdi-不得干扰巡视巡察工作.md:7: an address on another host is shown as text and never loaded');
  });
});

describe('the fixtures', () => {
  it.each(Object.entries(FIXTURE_PAGES))('%s keeps its outline', (name, page) => {
    const { article } = pageOfSource(name, dist());
    expect(selectAll('.speech-body :is(h2, h3, h4, h5, h6)', article).map((h) => text(h).trim())).toEqual(page.outline);
  });

  it('a Markdown file shows no Markdown markup, and its structure as elements', () => {
    const { article } = pageOfSource('front-matter.md', dist());
    const body = select('.speech-body', article)!;
    // No markup in the text, placeholders (**局) aside: they are the source's own.
    const words = text(body).replace(/\*\*局/gu, '');
    expect(words).not.toMatch(/\*\*|^#|\]\(|!\[|^>|^\|/mu);
    expect(selectAll('strong', body).map(text)).toContain('总结去年工作、部署今年任务');
    expect(selectAll('em', body).map(text)).toEqual(['坚持以上率下']);
    expect(selectAll('ol > li:not([id^="fn-"])', body).map((li) => squash(text(li)).slice(0, 16))).toEqual(['落实“第一议题”制度。', '开好专题民主生活会。会前谈心谈话']);
    expect(selectAll('blockquote p', body).map(text)).toEqual(['党的二十大报告指出：全面从严治党永远在路上。']);
    expect(selectAll('table td', body).map(text)).toEqual(['项目', '完成情况', '三会一课', '按月开展', '主题党日', '已完成']);
    // The outside link is text with its address, the placeholder stays marked, the note is a note.
    expect(selectAll('a[href^="http"]', body)).toEqual([]);
    expect(text(select('.source-address', body)!)).toBe('（https://www.example.gov.cn/wenjian.html）');
    expect(selectAll('.redacted', body).map(text)).toEqual(['X', '**', '××']);
    expect(text(select('#fn-1', body)!)).toBe('见《中国共产党支部工作条例（试行）》。');
    expect(attr(select('.source-note-ref a', body)!, 'href')).toBe('#fn-1');
  });

  it('front matter gives the title and date, and its other keys are warnings naming the line', () => {
    expect(output).toContain('front-matter.md:2: front-matter field layout is not used');
    expect(output).toContain('front-matter.md:5: front-matter field tags is not used');
    expect(text(pageOfSource('front-matter.md', dist()).article)).not.toContain('layout');
  });

  it('a bilingual text marks the other language, keeps it out of the title and the outline, and has a 只看中文 button', () => {
    const { tree, article } = pageOfSource('bilingual.txt', dist());
    expect(selectAll('.speech-head .translation', article).map((p) => [attr(p, 'lang'), text(p)])).toEqual([
      ['en', 'Speech at the Provincial Conference on Party Building in Government Agencies'],
      ['en', '(April 15, 2021)'],
    ]);
    const english = selectAll('.speech-body [lang="en"]', article);
    expect(english.map(text)).toContain('1. Strengthen theoretical study. We must take the study of the Party\'s new theories as our primary political task.');
    expect(english.every((p) => p.tagName === 'p')).toBe(true);
    expect(selectAll('.toc a', tree).map(text)).toEqual(['一、加强理论学习', '1.加强理论学习。', '2.加强督导检查。', '二、夯实基层基础']);
    expect(select('[data-translation-toggle]', tree)).toBeDefined();
    // 字 counts only the Chinese: no English letter is counted.
    const chars = Number(/(\d+) 字/u.exec(text(select('.speech-head__length', article)!))![1]);
    const chinese = squash(readFileSync(path.join(FIXTURES, 'bilingual.txt'), 'utf8').split('\n').filter((l) => /\p{Script=Han}/u.test(l)).join(''));
    expect(chars).toBe(chinese.length);
  });

  it('hides and shows the translations with 只看中文, in the page alone, and the page has no serious accessibility violation', async () => {
    const server = await serve(dist());
    const browser = await launch({ bypassCSP: true });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}speeches/bilingual/`);
      const english = page.locator('.speech-body p[lang="en"]').first();
      const button = page.getByRole('button', { name: '只看中文' });
      await expect.poll(() => english.isVisible()).toBe(true);
      await button.click();
      await expect.poll(() => english.isVisible()).toBe(false);
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('.speech-body p:not([lang])').first().isVisible()).toBe(true);
      await button.click();
      await expect.poll(() => english.isVisible()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('compares a report with the one before it from its page (与…对比), and the comparison is a link that reopens it', async () => {
    const server = await serve(dist());
    const browser = await launch();
    const errors: string[] = [];
    try {
      const page = await browser.context.newPage();
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      await page.goto(`${server.url}speeches/gov-work-report-2014/`);
      // The picker offers the earlier report of the same kind first.
      const picker = page.locator('form.compare-with');
      expect(await picker.locator('select[name="a"]').inputValue()).toBe('gov-work-report-2013');
      await picker.getByRole('button', { name: '对比' }).click();
      await page.waitForURL(/\/compare\/\?/u);
      const status = page.getByRole('status');
      await expect.poll(() => status.textContent()).toMatch(/^新提法 \d+ 个/u);
      const firstTexts = (diff: string) => page.locator(`[data-diff="${diff}"] > li`).evaluateAll((items) => items.map((li) => li.firstChild?.textContent ?? ''));
      const added = await firstTexts('new');
      expect(added).toContain('国家治理体系和治理能力现代化');
      expect(added).toContain('新型城镇化');
      expect(added).not.toContain('三农');
      expect(await firstTexts('dropped')).toContain('科教兴国战略');
      expect(await page.locator('[data-diff="changed"][data-direction="less"] > li').first().textContent()).toMatch(/^三农/u);
      // The outlines side by side: the 2014 report's sections, each a link into it.
      await expect.poll(() => page.locator('.outline-compare a[href*="gov-work-report-2014/#"]').count()).toBe(await page.locator('.outline-compare td:nth-child(2) a').count());
      const permalink = page.url();
      expect(new URL(permalink).searchParams.get('a')).toBe('gov-work-report-2013');
      expect(new URL(permalink).searchParams.get('b')).toBe('gov-work-report-2014');
      // A use is a link to its paragraph in the speech.
      await page.locator('[data-diff="new"] > li').filter({ hasText: /^新型城镇化/u }).getByRole('link', { name: '第1处' }).last().click();
      await page.waitForURL(/gov-work-report-2014\/#/u);
      const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(await page.locator(`[id="${target}"]`).textContent()).toContain('新型城镇化');

      // The link alone, in a fresh tab, gives the same comparison.
      const again = await browser.context.newPage();
      again.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      await again.goto(permalink);
      await expect.poll(() => again.getByRole('status').textContent()).toMatch(/^新提法/u);
      expect(await again.locator('[data-diff="new"] > li').evaluateAll((items) => items.map((li) => li.firstChild?.textContent ?? ''))).toEqual(added);
      // Opening it fetched no list of texts; 更换文稿 does, with the pair chosen.
      expect(server.log.some((r) => r.path.endsWith('compare-texts.json'))).toBe(false);
      await again.getByRole('button', { name: '更换文稿' }).click();
      await expect.poll(() => again.locator('select[name="a"]').inputValue()).toBe('gov-work-report-2013');
      expect(await again.locator('select[name="b"]').inputValue()).toBe('gov-work-report-2014');
      expect(await again.locator('select[name="b"] option').count()).toBe(speechPages(dist()).length);
      // On paper: the lists and the outlines, under the page's own running head, without the choosers.
      const pdf = path.join(copy.dir, 'compare.pdf');
      await again.pdf({ path: pdf, preferCSSPageSize: true });
      const paper = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const words of ['新提法', '不再出现', '提纲对照', '新型城镇化', '科教兴国战略', '二、2014年工作总体部署']) expect(paper).toContain(words);
      expect(paper).not.toMatch(/更换文稿|文稿 A（较早）|与.+对比\s+对比/u);
      // 选择其他文稿 from a speech page gives B alone: A is the report before it, and the comparison is shown.
      const chosen = await browser.context.newPage();
      await chosen.goto(`${server.url}compare/?b=gov-work-report-2014`);
      await expect.poll(() => chosen.getByRole('status').textContent()).toMatch(/^新提法/u);
      expect(await chosen.locator('select[name="a"]').inputValue()).toBe('gov-work-report-2013');
      expect(errors).toEqual([]);
      // The axe check injects a script, which the site's Content-Security-Policy refuses: a browser that bypasses it.
      const axe = await launch({ bypassCSP: true });
      try {
        const checked = await axe.context.newPage();
        await checked.goto(permalink);
        await expect.poll(() => checked.getByRole('status').textContent()).toMatch(/^新提法/u);
        expect(await seriousViolations(checked)).toEqual([]);
      } finally {
        await axe.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('shows when a term came in: 新型城镇化 first in the 2014 report, then year by year, in the page itself', () => {
    // Read in the texts: 新型城镇化 is in none of 2012 and 2013 nor the three congress reports; the 2014 report has it 4 times.
    for (const earlier of ['gov-work-report-2012.txt', 'gov-work-report-2013.txt', 'party-congress-report-16.txt', 'party-congress-report-17.txt', 'party-congress-report-18.txt']) {
      expect(readFileSync(path.join(CORPUS, earlier), 'utf8')).not.toContain('新型城镇化');
    }
    const entry = readPage('glossary/xinxing-chengzhenhua/', dist());
    const timeline = select('.entry-timeline', entry)!;
    const first = select('.entry-timeline__first a', timeline)!;
    expect(text(first)).toBe(CORPUS_PAGES['gov-work-report-2014.txt']!.title);
    const [page, id] = attr(first, 'href').split('#') as [string, string];
    expect(page).toBe('/speeches/gov-work-report-2014/');
    expect(text(select(`[id="${id}"]`, readPage('speeches/gov-work-report-2014/', dist()))!)).toContain('新型城镇化');
    expect(text(timeline)).toContain('（2014年）');
    const rows = selectAll('.uses-chart__row', timeline).map((row) => [text(select('.uses-chart__label', row)!), Number(text(select('.uses-chart__count', row)!))]);
    expect(rows[0]).toEqual(['2014年', 4]);
    expect(rows.map(([year]) => year)).toEqual(Array.from({ length: 2026 - 2014 + 1 }, (_, i) => `${2014 + i}年`));
    // No text of 2016 or 2019 in the library: those years show no use.
    expect(rows.find(([year]) => year === '2016年')).toEqual(['2016年', 0]);
    // It is the page's own markup (no script), and it is not left out of print with the list of uses.
    expect(select('.entry-uses .entry-timeline', entry)).toBeUndefined();
    expect(select('article .entry-timeline', entry)).toBeDefined();
  });

  it('dates 新常态 to the 2015 report, before the 2015 speech on political economy', () => {
    const first = select('.entry-timeline__first a', readPage('glossary/jingji-xinchangtai/', dist()))!;
    expect(text(first)).toBe(CORPUS_PAGES['gov-work-report-2015.txt']!.title);
    expect(readFileSync(path.join(CORPUS, 'gov-work-report-2015.txt'), 'utf8')).toContain('我国经济发展进入新常态');
  });

  it('ranks each year’s most used terms (高频术语): 2014 led by 新型城镇化, new that year; the 2026 reports by 高质量发展', async () => {
    const rowsOf = (section: Element) => selectAll('tbody tr', section).map((tr) => selectAll('td', tr).map(text));
    const trends = readPage('trends/', dist());
    const y2014 = select('section[aria-labelledby="year-2014"]', trends)!;
    // The 2014 report is the one text of 2014; the 2013 report, the year before, has no 新型城镇化.
    expect(rowsOf(y2014)[0]).toEqual(['1', '新型城镇化', '4', expect.stringMatching(/^\d+\.\d$/u), '新']);
    expect(text(select('th:last-child', y2014)!)).toBe('较上年（2013年）');
    expect(attr(select('tbody a', y2014)!, 'href')).toBe('/glossary/xinxing-chengzhenhua/');
    // Only dated texts count: as many years as the library's dated texts have.
    expect(selectAll('section.trend-year', trends).length).toBeGreaterThan(10);

    // Filtered to 工作报告 in the browser: 2026 holds the four provincial reports, which write 高质量发展 98 times in all,
    // and the short city report of the fixtures, which does not write it.
    expect(readFileSync(path.join(FIXTURES, 'news-page.txt'), 'utf8')).not.toContain('高质量发展');
    const corpus2026 = Object.keys(CORPUS_PAGES).filter((name) => name.startsWith('gov-work-report-2026-'));
    expect(corpus2026.map((name) => readFileSync(path.join(CORPUS, name), 'utf8').split('高质量发展').length - 1).reduce((a, b) => a + b)).toBe(98);
    const server = await serve(dist());
    const browser = await launch();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}trends/`);
      await page.getByRole('combobox', { name: '类型' }).selectOption('工作报告');
      await page.getByRole('button', { name: '筛选' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^工作报告文稿，\d+ 个年份。$/u);
      expect(new URL(page.url()).searchParams.get('类型')).toBe('工作报告');
      const first = page.locator('section[aria-labelledby="year-2026"] tbody tr').first().locator('td');
      expect(await first.allTextContents()).toEqual(['1', '高质量发展', '98', expect.stringMatching(/^\d+\.\d$/u), expect.any(String)]);
      expect(await page.locator('section[aria-labelledby="year-2026"] h2').textContent()).toMatch(/^2026年 5 篇/u);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('a styled Word file carries its list, table and footnote over', () => {
    const body = select('.speech-body', pageOfSource('styled.docx', dist()).article)!;
    expect(selectAll('ol > li:not([id^="fn-"])', body).map(text)).toEqual(STYLED_TEXT.list);
    expect(selectAll('table td', body).map(text)).toEqual(STYLED_TEXT.table.flat());
    expect(text(select('#fn-1', body)!)).toBe(STYLED_TEXT.footnote);
  });
});
