/** Stage 1, the readers: each format becomes the same source lines, with the structure the format states. */
import { describe, expect, it } from 'vitest';
import type { SourceDocument, SourceLine } from '../../src/lib/speech/model.ts';
import { readDocx } from '../../src/lib/speech/read/docx.ts';
import { sourceText } from '../../src/lib/speech/read/lines.ts';
import { markdownDocument } from '../../src/lib/speech/read/markdown.ts';
import { looksLikeMarkdown, readText, textDocument } from '../../src/lib/speech/read/text.ts';
import { officeDocx, OFFICE_TEXT, styledDocx, STYLED_TEXT } from '../fixtures/docx.ts';
import { sourceErrorOf } from '../helpers/errors.ts';

const lines = (doc: SourceDocument) => doc.blocks.filter((b): b is SourceLine => b.type === 'line');
const texts = (doc: SourceDocument) => lines(doc).map((l) => sourceText(l.content));

async function docxError(bytes: Uint8Array): Promise<string> {
  try {
    await readDocx(bytes, 'content/speeches/x.docx');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('the text reader', () => {
  it('gives a line per line of the file, with its number, and leaves out lines with nothing visible', () => {
    const doc = textDocument('\u200b\n\n政府工作报\n告\n\u3000\u3000第一段。\u3000\u3000第二段。\n', 't.txt');
    expect(lines(doc).map((l) => [l.line, sourceText(l.content)])).toEqual([
      [3, '政府工作报'],
      [4, '告'],
      [5, '第一段。'],
      [5, '第二段。'],
    ]);
  });

  it('takes a front-matter block off the top, keeping the line numbers of the text', () => {
    const doc = textDocument('---\nlayout: default\ntitle: Hello\n---\n标题\n正文。\n', 't.txt');
    expect(doc.frontMatter).toEqual({ yaml: 'layout: default\ntitle: Hello', firstLine: 2 });
    expect(lines(doc).map((l) => [l.line, sourceText(l.content)])).toEqual([
      [5, '标题'],
      [6, '正文。'],
    ]);
  });

  it('reads a .txt that is plainly Markdown as Markdown, and says so', () => {
    const doc = textDocument('## 一、总体要求\n\n**【典型案例】**\n\n正文。\n', 'content/speeches/n.txt');
    expect(lines(doc).map((l) => [l.heading ?? null, sourceText(l.content)])).toEqual([
      [2, '一、总体要求'],
      [null, '【典型案例】'],
      [null, '正文。'],
    ]);
    expect(doc.warnings).toEqual([expect.stringMatching(/^content\/speeches\/n\.txt: its lines are Markdown/u)]);
  });

  it.each([
    ['markup-looking text inside lines', '正文含有*星号*与**加粗**、_下划线_、#井号、[方括号](x)。\n第二行。'],
    ['a placeholder line', '**局要带头。\n第二行。'],
    ['one Markdown-looking line only', '## 标题\n正文。'],
  ])('keeps a text as text when it only has %s', (_, text) => {
    expect(looksLikeMarkdown(text)).toBe(false);
  });
});

describe('the Markdown reader', () => {
  const doc = markdownDocument(
    [
      '# 标题',
      '',
      '**“严”出约束力  ',
      '——副标题**',
      '',
      '正文有*强调*和[链接](https://example.org/a)。',
      '',
      '1. 第一项',
      '   - 子项',
      '',
      '> 引文。',
      '',
      '| 甲 | 乙 |',
      '| --- | --- |',
      '| 1 | 2 |',
      '',
      '![图](https://example.org/p.jpg)',
      '',
      '说明[^n]。',
      '',
      '[^n]: 注文。',
      '',
    ].join('\n'),
  );

  it('gives headings their level and every line its line number', () => {
    expect(lines(doc).map((l) => [l.line, l.heading ?? null, sourceText(l.content)]).slice(0, 4)).toEqual([
      [1, 1, '标题'],
      [3, null, '“严”出约束力'],
      [4, null, '——副标题'],
      [6, null, '正文有强调和链接。'],
    ]);
  });

  it('carries bold across a line break to both lines', () => {
    expect(lines(doc)[1]!.content).toEqual([{ type: 'strong', children: [{ type: 'text', value: '“严”出约束力' }] }]);
    expect(lines(doc)[2]!.content).toEqual([{ type: 'strong', children: [{ type: 'text', value: '——副标题' }] }]);
  });

  it('keeps emphasis, links, lists, quotes, tables, images and notes as structure', () => {
    expect(lines(doc)[3]!.content).toEqual([
      { type: 'text', value: '正文有' },
      { type: 'emphasis', children: [{ type: 'text', value: '强调' }] },
      { type: 'text', value: '和' },
      { type: 'link', url: 'https://example.org/a', children: [{ type: 'text', value: '链接' }] },
      { type: 'text', value: '。' },
    ]);
    expect(lines(doc).filter((l) => l.list).map((l) => [l.list, sourceText(l.content)])).toEqual([
      [{ ordered: true, depth: 1 }, '第一项'],
      [{ ordered: false, depth: 2 }, '子项'],
    ]);
    expect(lines(doc).find((l) => l.quote)?.content).toEqual([{ type: 'text', value: '引文。' }]);
    expect(doc.blocks.find((b) => b.type === 'table')).toMatchObject({ rows: [[[{ value: '甲' }], [{ value: '乙' }]], [[{ value: '1' }], [{ value: '2' }]]] });
    expect(lines(doc).at(-2)!.content).toEqual([{ type: 'image', url: 'https://example.org/p.jpg', alt: '图' }]);
    expect(lines(doc).at(-1)!.content).toEqual([{ type: 'text', value: '说明' }, { type: 'noteRef', id: 'n' }, { type: 'text', value: '。' }]);
    expect(doc.notes).toEqual([{ id: 'n', line: 21, content: [{ type: 'text', value: '注文。' }] }]);
  });

  it('closes bold before a Chinese character, as Chinese writers write it (**一是……。**正文)', () => {
    expect(lines(markdownDocument('**一是加强学习。**要求如下。\n'))[0]!.content).toEqual([
      { type: 'strong', children: [{ type: 'text', value: '一是加强学习。' }] },
      { type: 'text', value: '要求如下。' },
    ]);
  });

  it('shows raw HTML and code as the literal text they are', () => {
    expect(texts(markdownDocument('<b>粗</b>\n\n```\n代码 {x}\n```\n'))).toEqual(['<b>粗</b>', '代码 {x}']);
  });
});

describe('the Word reader', () => {
  it('reads a styled document: its Title and heading styles, bold runs, list, table and footnote', async () => {
    const doc = await readDocx(await styledDocx(), 'x.docx');
    const all = lines(doc);
    expect(all.map((l) => [l.heading ?? null, sourceText(l.content)]).slice(0, 6)).toEqual([
      [0, STYLED_TEXT.title],
      [null, STYLED_TEXT.subtitle],
      [null, STYLED_TEXT.salutation],
      [null, STYLED_TEXT.opening],
      [1, STYLED_TEXT.chapter1],
      [2, STYLED_TEXT.section1],
    ]);
    expect(all[6]!.content).toEqual([{ type: 'strong', children: [{ type: 'text', value: STYLED_TEXT.lead }] }, { type: 'text', value: STYLED_TEXT.leadRest }]);
    expect(all.filter((l) => l.list).map((l) => sourceText(l.content))).toEqual(STYLED_TEXT.list);
    expect(doc.blocks.find((b) => b.type === 'table')).toMatchObject({ rows: STYLED_TEXT.table.map((row) => row.map((cell) => [{ type: 'text', value: cell }])) });
    expect(doc.notes.map((n) => sourceText(n.content))).toEqual([STYLED_TEXT.footnote]);
    // Lines of a Word file are numbered by paragraph.
    expect(all.slice(0, 3).map((l) => l.line)).toEqual([1, 2, 3]);
  });

  it('reads a document typed without styles: its bold lines are bold', async () => {
    const doc = await readDocx(await officeDocx(), 'x.docx');
    const chapter = lines(doc).find((l) => sourceText(l.content) === OFFICE_TEXT.chapter1)!;
    expect(chapter.heading).toBeUndefined();
    expect(chapter.content).toEqual([{ type: 'strong', children: [{ type: 'text', value: OFFICE_TEXT.chapter1 }] }]);
  });

  it('refuses an old binary .doc saved under a .docx name, saying to save it as .docx', async () => {
    expect(await docxError(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/^content\/speeches\/x\.docx: this is an old binary Word document \(\.doc\).*save it as \.docx/u);
  });

  it('refuses a damaged .docx, naming it', async () => {
    const damaged = (await styledDocx()).slice(0, 400);
    expect(await docxError(damaged)).toMatch(/^content\/speeches\/x\.docx: the Word document cannot be read, it may be damaged/u);
    expect(await docxError(new TextEncoder().encode('不是 Word 文件'))).toMatch(/^content\/speeches\/x\.docx: not a Word document/u);
  });
});

describe('errors of the readers', () => {
  it('refuses a file of nothing but zero-width characters, which would publish a blank page', () => {
    const error = sourceErrorOf(() => readText(new TextEncoder().encode('\u200b\u200b\n\u200d\ufeff\n'), 'content/speeches/blank.txt'));
    expect(error.message).toBe('content/speeches/blank.txt: the file has no text, only white space or invisible characters (文件没有正文)');
  });
});

describe('the readers, found by review', () => {
  it('reads ---/标题/--- at the top as text, not as front matter', () => {
    expect(textDocument('---\n政府工作报告\n---\n正文。\n', 't.txt').frontMatter).toBeUndefined();
    const md = markdownDocument('---\n政府工作报告\n---\n\n正文。\n');
    expect(md.frontMatter).toBeUndefined();
    expect(texts(md)).toContain('政府工作报告');
  });

  it('keeps a table inside a Markdown note, and the start of an ordered list', () => {
    const doc = markdownDocument('正文[^1]。\n\n[^1]: 注释\n    | 甲 | 乙 |\n    |---|---|\n    | 1 | 2 |\n\n3. 推进改革。\n4. 深化开放。\n');
    expect(sourceText(doc.notes[0]!.content)).toBe('注释 甲 乙 1 2');
    expect(lines(doc).filter((l) => l.list).map((l) => l.list)).toEqual([
      { ordered: true, depth: 1, start: 3 },
      { ordered: true, depth: 1, start: 3 },
    ]);
  });
});
