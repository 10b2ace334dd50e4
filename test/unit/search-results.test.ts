/** What a search result shows of a page: the part and heading of its hit, and the excerpt with the hit marked. */
import { describe, expect, it } from 'vitest';
import { excerpt, headingAbove, hitSections, partAt, phraseStarts } from '../../src/lib/search/excerpt.ts';
import { PART_CHARS, resultFiles, searchPage, UNDATED, type SearchPage } from '../../src/lib/search/records.ts';
import { END_WORD, TITLE_WORDS } from '../../src/lib/search/tokens.ts';
import { recordWords } from '../helpers/record-words.ts';

const html = `<html><body><nav><p>导航不收录</p></nav><main data-pagefind-body>
<span data-pagefind-meta="kind:讲话"></span><span data-pagefind-filter="年份:2020"></span>
<span data-pagefind-sort="date:2020-03-05"></span>
<h1>在全市大会上的讲话</h1>
<p class="subtitle">——在全市全面从严治党工作会议上</p>
<p>同志们：</p>
<h2 id="sec-1">一、严格落实中央八项规定精神</h2>
<h3 id="sec-1-1">（一）坚决纠治“四风”</h3>
<p>要把贯彻八项规定精神作为长期任务。</p>
<p data-pagefind-ignore>不收录的段落</p>
<h2 id="sec-2">二、压实责任</h2>
<p>落实全面从严治党主体责任。</p>
</main></body></html>`;

const page = searchPage(html, '/speeches/s/', 3)!;
const { page: result, parts } = resultFiles(page, '/kb/speeches/s/');
/** Pagefind's word positions of every occurrence of `phrase`, counted as it counts recordHtml's words. */
/** Where each character of `phrase` is in the record, anywhere, as a search for that one word gives it. */
function wordPositions(record: SearchPage, phrase: string): Map<string, number[]> {
  const words = recordWords(record);
  return new Map([...phrase].map((c) => [c, words.flatMap((w, i) => (w === c ? [i] : []))]));
}

function positions(record: SearchPage, phrase: string): number[] {
  const words = recordWords(record);
  const chars = [...phrase];
  const out: number[] = [];
  words.forEach((_, i) => {
    if (chars.every((c, k) => words[i + k] === c)) out.push(...chars.map((_, k) => i + k));
  });
  return out;
}

/** An excerpt as text, hits in brackets. */
const show = (segments: Array<{ text: string; hit: boolean }>) => segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');

describe('searchPage', () => {
  it('takes the main text block by block, without what is left out of the index', () => {
    expect(page.blocks.map((b) => b.text)).toEqual([
      '在全市大会上的讲话',
      '——在全市全面从严治党工作会议上',
      '同志们：',
      '一、严格落实中央八项规定精神',
      '（一）坚决纠治“四风”',
      '要把贯彻八项规定精神作为长期任务。',
      '二、压实责任',
      '落实全面从严治党主体责任。',
    ]);
    expect(page.meta).toEqual({ kind: '讲话', title: '在全市大会上的讲话' });
    expect(page.filters).toEqual({ 年份: ['2020'] });
    expect(page.sort).toEqual({ order: '000003', date: '2020-03-05' });
  });

  it('gives a page without a date the oldest date, so a search sorted by date still finds it', () => {
    expect(searchPage('<main data-pagefind-body><p>正文</p></main>', '/x/', 0)!.sort.date).toBe(UNDATED);
  });

  it('takes the h1 and the subtitle after it as the title, not an h1 further down', () => {
    expect(page.blocks.filter((b) => b.title).map((b) => b.text)).toEqual(['在全市大会上的讲话', '——在全市全面从严治党工作会议上']);
    const late = searchPage('<main data-pagefind-body><p>导语</p><h1>题目</h1></main>', '/x/', 0)!;
    expect(late.blocks.some((b) => b.title)).toBe(false);
  });
});

describe('recordHtml', () => {
  it('sets the title apart: a hit in the title is before TITLE_WORDS, every hit in the text after it', () => {
    expect(Math.max(...positions(page, '全市'))).toBeLessThan(TITLE_WORDS);
    expect(positions(page, '全面从严治党').length).toBe(12);
    expect(Math.min(...positions(page, '同志们'))).toBe(TITLE_WORDS);
    expect(Math.min(...positions(page, '八项规定'))).toBeGreaterThan(TITLE_WORDS);
  });

  it('ends with END_WORD, at a position that is the record\'s length in words', () => {
    const words = recordWords(page);
    expect(words.at(-1)).toBe(END_WORD);
    expect(words.indexOf(END_WORD)).toBe(words.length - 1);
  });
});

describe('searchPage, zero-width characters', () => {
  it('leaves them out of the indexed text, as Pagefind gives them no word position', () => {
    const pasted = searchPage('<main data-pagefind-body><p>同志们\u200B\u200B：压实\uFEFF责任</p></main>', '/x/', 0)!;
    expect(pasted.blocks.map((b) => b.text)).toEqual(['同志们：压实责任']);
  });
});

describe('resultFiles', () => {
  it('cuts the page into parts at each h2 and names each heading by where it starts', () => {
    expect(parts.map((p) => p.blocks[0])).toEqual(['在全市大会上的讲话', '同志们：', '一、严格落实中央八项规定精神', '二、压实责任']);
    expect(parts[1]!.at).toBe(TITLE_WORDS);
    expect(result.headings.map(([, id]) => id)).toEqual(['sec-1', 'sec-1-1', 'sec-2']);
    expect(result.url).toBe('/kb/speeches/s/');
  });

  it('counts word positions as Pagefind counts the words of the record', () => {
    const at = positions(page, '压实责任')[0]!;
    expect(partAt(result, at)).toBe(3);
    expect(headingAbove(result, at)?.[1]).toBe('sec-2');
    expect(parts[3]!.at).toBe(result.parts[3]);
  });
});

describe('excerpt', () => {
  it('marks every occurrence of the phrase near the first hit, under the heading above it, blocks joined by a space', () => {
    const words = positions(page, '八项规定');
    const first = Math.min(...words);
    expect(headingAbove(result, first)?.[2]).toBe('一、严格落实中央八项规定精神');
    const segments = excerpt(parts[partAt(result, first)]!, words, [], 12, 30);
    expect(segments.slice(0, 3)).toEqual([
      { text: '一、严格落实中央', hit: false },
      { text: '八项规定', hit: true },
      { text: '精神\u3000（一）坚决纠治“四风”\u3000要把贯彻', hit: false },
    ]);
    expect(show(segments)).toBe('一、严格落实中央[八项规定]精神　（一）坚决纠治“四风”　要把贯彻[八项规定]精神作…');
  });

  it('marks every occurrence of a phrase found in the text, though Pagefind gives the first one only', () => {
    const firstOnly = positions(page, '八项规定').slice(0, 4);
    const part = parts[partAt(result, firstOnly[0]!)]!;
    expect(show(excerpt(part, firstOnly, ['八项规定'], 12, 30))).toBe('一、严格落实中央[八项规定]精神　（一）坚决纠治“四风”　要把贯彻[八项规定]精神作…');
  });

  it('never ends an excerpt inside a marked phrase, however long it is', () => {
    const firstOnly = positions(page, '八项规定').slice(0, 4);
    const part = parts[partAt(result, firstOnly[0]!)]!;
    const marked = Array.from({ length: 37 }, (_, k) => excerpt(part, firstOnly, ['八项规定'], 12, k + 4).filter((s) => s.hit).map((s) => s.text));
    expect(marked.flat().length).toBeGreaterThan(37);
    expect(new Set(marked.flat())).toEqual(new Set(['八项规定']));
  });

  it('finds the phrase in the text even where word positions would be off', () => {
    expect(show(excerpt(parts[2]!, [0, 1], ['四风'], 3, 6))).toBe('…纠治“[四风]”　要把…');
  });

  it('shows … where the text goes on beyond the excerpt', () => {
    const words = positions(page, '主体');
    expect(show(excerpt(parts[3]!, words, [], 2, 4))).toBe('…治党[主体]责任…');
  });

  it('shows the opening words of the part when the hit is not in its text', () => {
    expect(excerpt(parts[0]!, [], [], 12, 4)).toEqual([{ text: '在全市大…', hit: false }]);
  });

  it('marks the space between two Latin words of one hit', () => {
    const latin = searchPage('<main data-pagefind-body><p>使用 Windows XP 系统</p></main>', '/x/', 0)!;
    const { parts: [part] } = resultFiles(latin, '/x/');
    expect(excerpt(part!, [2, 3])).toEqual([
      { text: '使用 ', hit: false },
      { text: 'Windows XP', hit: true },
      { text: ' 系统', hit: false },
    ]);
  });
});

describe('resultFiles, a paragraph longer than a part', () => {
  // A 300,000-character paragraph (a text that lost its line breaks), with a phrase deep inside it.
  const filler = '全面从严治党永远在路上，'.repeat(25_000);
  const long = `${filler.slice(0, 150_006)}中央八项规定精神${filler.slice(150_006)}`;
  const record = searchPage(`<main data-pagefind-body><h1>题目</h1><p>${long}</p><p>结尾。</p></main>`, '/x/', 0)!;
  const { page: files, parts: cut } = resultFiles(record, '/x/');

  it('cuts it into parts of at most PART_CHARS characters that together give it whole', () => {
    expect(cut.length).toBeGreaterThan(250);
    for (const part of cut) expect(part.blocks.join('').length).toBeLessThanOrEqual(PART_CHARS);
    expect(cut.flatMap((p) => p.blocks).join('')).toBe(`题目${long}结尾。`);
    // Every part but the last few ends inside the paragraph, so it runs on into the next one.
    expect(cut.filter((p) => p.continues).length).toBe(cut.length - 2);
  });

  it('keeps Pagefind’s word positions, so a hit deep in the paragraph is found in its part and marked', () => {
    const words = positions(record, '八项规定');
    const part = cut[partAt(files, words[0]!)]!;
    expect(part.blocks.join('')).toContain('八项规定');
    expect(show(excerpt(part, words, [], 4, 8))).toBe('…治党中央[八项规定]精神永远…');
  });
});

describe('phraseStarts and hitSections', () => {
  it('finds each occurrence of a phrase from where each of its words is, not from runs of its characters', () => {
    const at = new Map([
      ['规', [3, 4, 10, 30]],
      ['定', [11, 20, 31]],
      ['矩', [5, 6]],
    ]);
    // 规规 at 3 is not 规定; 规定 at 10 and 30.
    expect(phraseStarts(at, [['规', '定']])).toEqual([10, 30]);
    // Several phrases: the occurrences of each, in page order.
    expect(phraseStarts(at, [['规', '定'], ['规', '矩']])).toEqual([4, 10, 30]);
  });

  it('counts a page\'s occurrences section by section, in page order', () => {
    const starts = phraseStarts(wordPositions(page, '八项规定'), [[...'八项规定']]);
    expect(starts).toHaveLength(2);
    expect(hitSections(result, starts).map((s) => [s.heading?.[1], s.hits])).toEqual([
      ['sec-1', 1],
      ['sec-1-1', 1],
    ]);
    expect(hitSections(result, phraseStarts(wordPositions(page, '责任'), [[...'责任']])).map((s) => [s.heading?.[2], s.hits])).toEqual([['二、压实责任', 2]]);
  });
});
