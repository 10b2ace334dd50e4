import { compile, run } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { convertSpeech } from '../../src/lib/speech/convert.ts';
import { parse as parseYaml } from 'yaml';
import { mdxToHtml, readSpeechMdx } from '../../src/lib/speech/mdx-html.ts';

const body = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n\n') + 6);
const mdxOf = async (text: string) => body((await convertSpeech({ file: 't.txt', bytes: new TextEncoder().encode(text) })).mdx);

describe('mdxToHtml', () => {
  it('renders the converter’s elements and escapes text', async () => {
    expect(mdxToHtml(await mdxOf('题目\n\n同志们：\n一、总则\n正文<script>alert(1)</script>{x}*y* X局。\n'))).toBe(
      '<p id="p1" class="salutation">同志们：</p>' +
        '<h2 id="sec-1" data-marker="chapter">一、总则<a class="permalink" href="#sec-1" aria-label="本节链接"></a></h2>' +
        '<p id="p2">正文&#x3C;script>alert(1)&#x3C;/script>{x}<span class="redacted" title="原文隐去">*</span>y<span class="redacted" title="原文隐去">*</span> <span class="redacted" title="原文隐去">X</span>局。</p>',
    );
  });

  it('gives the same text MDX itself gives', async () => {
    const mdx = await mdxOf('题目\n\n同志们：\n一、总则\n（一）分则。正文“两个维护"、<b>&amp;</b> {a} `c` \\\\ 1. - + > #。一是甲。二是乙。\n');
    const html = mdxToHtml(mdx);
    // MDX, compiled and run with a tiny string JSX runtime, must say the same.
    const compiled = String(await compile(mdx, { outputFormat: 'function-body' }));
    const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
    const render = (node: unknown): string => {
      if (node === null || node === undefined || node === false) return '';
      if (typeof node === 'string') return esc(node);
      if (Array.isArray(node)) return node.map(render).join('');
      const { type, props } = node as { type: string | ((p: unknown) => unknown); props: Record<string, unknown> };
      if (typeof type === 'function') return render(type(props));
      return `<${type}>${render(props.children)}</${type}>`;
    };
    const jsx = (type: unknown, props: unknown) => ({ type, props });
    const { default: Content } = await run(compiled, { Fragment: (p: { children: unknown }) => p.children, jsx, jsxs: jsx, baseUrl: import.meta.url });
    const textOf = (markup: string) => markup.replace(/<[^>]+>/gu, '').replace(/&#x3C;|&lt;/gu, '<').replace(/&#x26;|&amp;/gu, '&');
    expect(textOf(html)).toBe(textOf(render(Content({}))).replace(/\n/gu, ''));
  });

  it('refuses MDX with an expression, naming where', () => {
    expect(() => mdxToHtml('<p id="p1">{1 + 1}</p>', '.generated/speeches/x.mdx')).toThrow(/^\.generated\/speeches\/x\.mdx:1: mdx\w*Expression is not supported/u);
  });

  it('names the speech’s source file, from its front matter, not only the generated MDX', () => {
    expect(() => mdxToHtml('---\nsource: 讲话.docx\n---\n\n<p id="p1">{1 + 1}</p>\n', '.generated/speeches/x.mdx')).toThrow(
      /^content\/speeches\/讲话\.docx \(generated as \.generated\/speeches\/x\.mdx:5\): mdx\w*Expression is not supported/u,
    );
  });

  describe('an error in the MDX a speech was converted to', () => {
    // No text an editor gives makes MDX this stage refuses (the converter escapes everything): a converter
    // bug or a hand-edited .generated/ file would. The speech's own file and line are named all the same.
    const generated = async (text: string, file: string) => (await convertSpeech({ file, bytes: new TextEncoder().encode(text) })).mdx;
    const lineOf = (mdx: string, needle: string) => mdx.split('\n').findIndex((line) => line.includes(needle)) + 1;

    it('names the source file and the line of the paragraph that holds what MDX allows but a speech never has', async () => {
      const mdx = (await generated('题目\n\n同志们：\n一、总则\n正文第一段。\n正文第二段。\n', 'content/speeches/讲话.txt')).replace('第二段', '第{x}二段');
      expect(() => mdxToHtml(mdx, '.generated/speeches/jiang-hua.mdx')).toThrow(
        `content/speeches/讲话.txt:6 (generated as .generated/speeches/jiang-hua.mdx:${lineOf(mdx, '第{x}二段')}): mdxTextExpression is not supported in speech MDX`,
      );
    });

    it('names the source file and the line of the list item where the MDX stops parsing', async () => {
      const mdx = (await generated('# 题目\n\n一、总则\n\n- 甲项\n- 乙项\n- 丙项\n', 'content/speeches/讲话.md')).replace('乙项', '乙<1项');
      expect(() => mdxToHtml(mdx, '.generated/speeches/jiang-hua.mdx')).toThrow(
        new RegExp(`^content/speeches/讲话\\.md:6 \\(generated as \\.generated/speeches/jiang-hua\\.mdx:${lineOf(mdx, '乙<1项')}\\): Unexpected character`, 'u'),
      );
    });
  });

  it('reads front matter whose values end in --- or hold # and quotes', () => {
    const { frontmatter, html } = readSpeechMdx('---\ntitle: "一、提高政治站位---"\nhead:\n  - role: title\n    text: "#1 “学习”---"\n---\n\n<p id="p1">正文</p>\n');
    expect(parseYaml(frontmatter)).toEqual({ title: '一、提高政治站位---', head: [{ role: 'title', text: '#1 “学习”---' }] });
    expect(html).toBe('<p id="p1">正文</p>');
  });
});

describe('renderAll', () => {
  it('renders many files on worker threads exactly as in this thread', async () => {
    const { renderAll } = await import('../../src/lib/speech/render-pool.ts');
    const jobs = await Promise.all(
      Array.from({ length: 80 }, async (_, i) => ({
        mdx: (await convertSpeech({ file: `s${i}.txt`, bytes: new TextEncoder().encode(`题目${i}\n\n同志们：\n一、第${i}部分\n正文<b>${i}</b>，X局。\n`) })).mdx,
        where: `s${i}.mdx`,
      })),
    );
    const read = await renderAll(jobs);
    expect(read).toEqual(jobs.map((job) => readSpeechMdx(job.mdx, job.where)));
    // The front matter comes back as the converter wrote it.
    expect(parseYaml(read[7]!.frontmatter)).toMatchObject({ title: '题目7', source: 's7.txt' });
    expect(read[7]!.html).toContain('<h2 id="sec-1" data-marker="chapter">一、第7部分');
  });

  it('names the file when a worker cannot render it', async () => {
    const { renderAll } = await import('../../src/lib/speech/render-pool.ts');
    const jobs = Array.from({ length: 80 }, (_, i) => ({ mdx: i === 50 ? '<p id="p1">{x}</p>' : '<p id="p1">正文</p>', where: `s${i}.mdx` }));
    await expect(renderAll(jobs)).rejects.toThrow(/^s50\.mdx:1: mdx\w*Expression is not supported/u);
  });
});
