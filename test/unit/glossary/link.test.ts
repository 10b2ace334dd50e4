import { readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { linkParagraphs, remarkGlossaryLinks, type LinkTarget } from '../../../src/lib/glossary/link.ts';
import { loadGlossary } from '../../../src/lib/glossary/load.ts';
import type { TermLinks } from '../../../src/lib/settings.ts';
import { mdastToMdx, speechToMdast } from '../../../src/lib/speech/to-mdx.ts';
import { parseText as parseSpeech } from '../../helpers/speech.ts';

const glossary = loadGlossary('test/fixtures/glossary', '.');
const target = (slug: string): LinkTarget | undefined => {
  const entry = glossary.bySlug.get(slug);
  return entry && { slug, href: `../${slug}/`, summary: entry.summary };
};

function markdownToHtml(markdown: string, path = 'x.md', links?: TermLinks): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGlossaryLinks({ matcher: glossary.matcher, target, selfSlug: (file) => file.path?.replace(/^.*\/|\.md$/gu, ''), ...(links ? { links } : {}) }))
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(processor.processSync({ value: markdown, path }));
}

function speechBody(text: string, links?: TermLinks) {
  const tree = speechToMdast(parseSpeech(text));
  const uses = linkParagraphs(tree, { matcher: glossary.matcher, target, ...(links ? { links } : {}) });
  const mdx = mdastToMdx(tree, { slug: 't' } as never);
  return { uses, body: mdx.slice(mdx.indexOf('---\n\n') + 5) };
}

describe('remarkGlossaryLinks on a definition', () => {
  it('links each term to its entry, with its summary as the title', () => {
    expect(markdownToHtml('落实八项规定，执行问责条例。')).toBe(
      '<p>落实<a href="../baxiang-guiding/" title="中央政治局关于改进工作作风、密切联系群众的八项规定。" class="term" data-term="baxiang-guiding">八项规定</a>，执行<a href="../wenze-tiaoli/" title="规范党内问责工作的基础性党内法规。" class="term" data-term="wenze-tiaoli">问责条例</a>。</p>',
    );
  });

  it('links nothing inside code or existing links, and not the entry itself', () => {
    const html = markdownToHtml(readFileSync('test/fixtures/glossary/sifeng.md', 'utf8').split('---\n')[2]!, 'content/glossary/sifeng.md');
    expect(html).not.toContain('data-term="sifeng"');
    expect(html).toContain('<code>四风</code>');
    expect(html).toContain('<a href="https://example.invalid/">已有链接里的四风</a>');
    expect(html).toContain('<h2>四风的标题不链接</h2>');
    expect(html).toContain('落实<a href="../baxiang-guiding/"');
  });

  it('leaves a text with no term as it is', () => {
    expect(markdownToHtml('今天天气很好。')).toBe('<p>今天天气很好。</p>');
  });
});

describe('linkParagraphs on a speech', () => {
  it('links terms as JSX elements and reports each use with its paragraph and context', () => {
    const { uses, body } = speechBody('题目\n\n同志们：\n要严格落实《中国共产党问责条例》，持之以恒落实中央八项规定精神。\n');
    expect(body).toContain(
      '<a class="term" href="../wenze-tiaoli/" title="规范党内问责工作的基础性党内法规。" data-term="wenze-tiaoli" data-note="1">中国共产党问责条例</a>',
    );
    expect(uses).toEqual([
      { slug: 'wenze-tiaoli', paragraph: 'p2', before: '要严格落实《', match: '中国共产党问责条例', after: '》，持之以恒落实中央八项规定精神。' },
      { slug: 'baxiang-guiding', paragraph: 'p2', before: '要严格落实《中国共产党问责条例》，持之以恒落实', match: '中央八项规定精神', after: '。' },
    ]);
  });

  it('links in headings, next to malformed quotes and inside emphasised lead phrases, not in placeholders', () => {
    const { uses, body } = speechBody('一、全面从严治党\n总体。一是落实“三不”要求。坚持全面从严治党，**局执行问责条例”。\n');
    expect(uses.map((u) => [u.match, u.slug, u.paragraph])).toEqual([
      ['全面从严治党', 'quanmian-congyan-zhidang', 'sec-1'],
      ['三不', 'sanbu', 'p1'],
      ['全面从严治党', 'quanmian-congyan-zhidang', 'p1'],
      ['问责条例', 'wenze-tiaoli', 'p1'],
    ]);
    expect(body).toContain('<h2 id="sec-1" data-line="1" data-marker="chapter">一、<a class="term" href="../quanmian-congyan-zhidang/"');
    expect(body).toContain('<strong class="lead">一是落实“<a class="term"');
  });

  it('numbers the printed notes by first use, repeating the number for a later use', () => {
    const { body } = speechBody('题目\n\n同志们：\n落实八项规定，执行问责条例。\n再谈八项规定。\n');
    expect([...body.matchAll(/data-term="([a-z-]+)" data-note="(\d+)"/gu)].map((m) => `${m[1]}:${m[2]}`)).toEqual(['baxiang-guiding:1', 'wenze-tiaoli:2', 'baxiang-guiding:1']);
  });

  it('finds no use in a speech without terms', () => {
    expect(speechBody('题目\n\n同志们：\n今天天气很好。\n').uses).toEqual([]);
  });
});

describe('how often a term is linked (termLinks in content/site.yaml)', () => {
  const speech = [
    '题目',
    '',
    '同志们：',
    '开头讲八项规定。再讲八项规定。',
    '一、全面从严治党',
    '落实八项规定，坚持全面从严治党。',
    '八项规定不是小事。',
    '（一）严格执行',
    '继续落实八项规定。',
    '二、作风建设',
    '八项规定要常抓。八项规定要长抓。',
    '',
  ].join('\n');
  /** The linked uses of 八项规定, by the paragraph or heading they are in. */
  const linked = (body: string) => [...body.matchAll(/<(?:p|h\d) id="([\w-]+)"[^\n]*/gu)].map((m) => [m[1], [...m[0].matchAll(/data-term="baxiang-guiding"/gu)].length]);

  it('first-in-section: the first use in each top-level section and before the first, every use still reported', () => {
    const { uses, body } = speechBody(speech, 'first-in-section');
    expect(linked(body)).toEqual([
      ['p1', 0],
      ['p2', 1],
      ['sec-1', 0],
      ['p3', 1],
      ['p4', 0],
      ['sec-1-1', 0],
      ['p5', 0],
      ['sec-2', 0],
      ['p6', 1],
    ]);
    expect(uses.filter((u) => u.slug === 'baxiang-guiding').map((u) => u.paragraph)).toEqual(['p2', 'p2', 'p3', 'p4', 'p5', 'p6', 'p6']);
    // A later use keeps the entry's note number: there is one number per entry.
    expect(body.match(/data-term="baxiang-guiding" data-note="1"/gu)).toHaveLength(3);
  });

  it('first-in-paragraph and every', () => {
    expect(linked(speechBody(speech, 'first-in-paragraph').body).map(([, n]) => n)).toEqual([0, 1, 0, 1, 1, 0, 1, 0, 1]);
    expect(linked(speechBody(speech, 'every').body).map(([, n]) => n)).toEqual([0, 2, 0, 1, 1, 0, 1, 0, 2]);
    expect(speechBody(speech, 'every').uses).toEqual(speechBody(speech, 'first-in-section').uses);
  });

  it('links a term once in a definition, or once per paragraph of it', () => {
    const definition = '落实八项规定。\n\n执行八项规定，八项规定。';
    expect(markdownToHtml(definition, 'x.md', 'first-in-section').match(/data-term="baxiang-guiding"/gu)).toHaveLength(1);
    expect(markdownToHtml(definition, 'x.md', 'first-in-paragraph').match(/data-term="baxiang-guiding"/gu)).toHaveLength(2);
    expect(markdownToHtml(definition, 'x.md').match(/data-term="baxiang-guiding"/gu)).toHaveLength(3);
  });
});
