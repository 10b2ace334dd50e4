/**
 * Self-tests made from the real glossary: every answer is a value of the
 * entry its question comes from, no wrong option is also right, a spec gives
 * the same questions every time, and the answer key names the right options.
 */
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/lib/glossary/load.ts';
import { CATEGORIES } from '../../src/lib/glossary/schema.ts';
import { isRight, keyOf, makeQuiz, optionLetter } from '../../src/lib/quiz/generate.ts';
import { quizMaterial } from '../../src/lib/quiz/material.ts';
import type { Question, QuizEntry, QuizSpec } from '../../src/lib/quiz/model.ts';
import { quizSearch, readQuizSpec } from '../../src/lib/quiz/spec.ts';

const glossary = loadGlossary('content/glossary');
const SPEECH = 'xian-congyan-zhidang-huiyi-2020';
const material = quizMaterial(
  glossary.entries.map((e) => ({ slug: e.slug, data: e, body: e.body })),
  {
    sifeng: [{ speech: SPEECH, slug: 'sifeng', paragraph: 'p9', before: '坚决纠治', match: '四风', after: '问题' }],
    'baxiang-guiding': [
      { speech: 'other', slug: 'baxiang-guiding', paragraph: 'p2', before: '落实中央', match: '八项规定', after: '精神' },
      { speech: SPEECH, slug: 'baxiang-guiding', paragraph: 'p4', before: '严格落实', match: '八项规定', after: '精神' },
      { speech: SPEECH, slug: 'baxiang-guiding', paragraph: 'p7', before: '再次落实', match: '八项规定', after: '精神' },
    ],
    'sige-yishi': [{ speech: SPEECH, slug: 'sige-yishi', paragraph: 'p3', before: '增强', match: '四个意识', after: '' }],
  },
  [
    { slug: SPEECH, title: '在县全面从严治党工作会议上的讲话' },
    { slug: 'other', title: '另一篇' },
  ],
  CATEGORIES,
);
const bySlug = new Map(material.entries.map((e) => [e.slug, e]));
const entryOf = (q: Question): QuizEntry => bySlug.get(q.entry)!;

/** Every kind of question, many times over: all entries, several seeds. */
const many = [
  ...['a', 'b', 'c', 'd', 'e', 'f'].flatMap((seed) => makeQuiz(material, { scope: { kind: 'all' }, count: 50, seed })),
  // Large enough to use up every other kind, so that 'meaning' is asked too.
  ...makeQuiz(material, { scope: { kind: 'all' }, count: 600, seed: 'z' }),
];

const unquoted = (s: string) => s.replace(/[“”‘’"《》]/gu, '');
function hidden(summary: string, entry: QuizEntry): RegExp {
  // A meaning option is the summary with the entry's own forms (or their quoted cores) hidden, quotes
  // and all; each ______ stands for one of them. Compared with the quotation marks left out.
  const cores = [entry.term, ...entry.aliases].flatMap((f) => [...f.matchAll(/[“《]([^”》]{2,})[”》]/gu)].map((m) => m[1]!));
  const forms = [entry.term, ...entry.aliases, ...cores].map(unquoted).sort((a, b) => b.length - a.length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`^${unquoted(summary).split('______').map(escape).join(`(?:${forms.map(escape).join('|')})`)}$`, 'u');
}

describe('quiz questions', () => {
  it('come in every kind from the real glossary', () => {
    expect(new Set(many.map((q) => q.kind))).toEqual(new Set(['fill', 'formula', 'parts', 'meaning', 'issuer', 'year', 'fullName']));
  });

  it('have answers that are values of the entry they come from', () => {
    for (const q of many) {
      const entry = entryOf(q);
      const label = `${q.kind} ${q.entry}`;
      switch (q.kind) {
        case 'fill':
          expect(entry.parts, label).toContain(q.answers[0]);
          expect(q.prompt.replace('______', q.answers[0]!), label).toBe(`${/^[“《]/u.test(entry.term) ? entry.term : `“${entry.term}”`}是指：${entry.parts.join('、')}。`);
          break;
        case 'formula':
          expect(q.answers, label).toEqual([entry.term]);
          expect(q.prompt, label).toBe(`${entry.parts.join('、')}，合称为：`);
          break;
        case 'parts':
          for (const a of q.answers) expect(entry.parts, label).toContain(a);
          break;
        case 'meaning':
          expect(unquoted(entry.summary), label).toMatch(hidden(q.answers[0]!, entry));
          break;
        case 'issuer':
          expect(q.answers, label).toEqual([entry.document!.issuer]);
          break;
        case 'year':
          expect(q.answers, label).toEqual([`${entry.document!.date!.slice(0, 4)}年`]);
          expect(q.prompt, label).toBe(`${entry.document!.title}最早发布于：`);
          // Asked only of a first issue: its entry names no revision and no earlier year.
          const body = glossary.bySlug.get(entry.slug)!.body;
          expect(`${entry.summary}${body}`, label).not.toMatch(/修订|修改|试行/u);
          for (const [, y] of `${entry.summary}${body}`.matchAll(/(\d{4})年/gu)) expect(Number(y), label).toBeGreaterThanOrEqual(Number(q.answers[0]!.slice(0, 4)));
          break;
        case 'fullName':
          expect(q.answers, label).toEqual([entry.document!.title]);
          break;
      }
      if (q.form !== 'text') for (const a of q.answers) expect(q.options, label).toContain(a);
    }
  });

  it('never offer a wrong option that is also a value of the entry', () => {
    for (const q of many) {
      const entry = entryOf(q);
      const wrong = q.options.filter((o) => !q.answers.includes(o));
      expect(new Set(q.options).size, q.entry).toBe(q.options.length);
      if (q.kind === 'parts') {
        expect(wrong.length).toBeGreaterThan(0);
        for (const w of wrong) expect(entry.parts.some((p) => p.includes(w) || w.includes(p)), `${q.entry}: ${w}`).toBe(false);
        // Every part of the entry shown is an answer: none is left among the wrong ones.
        expect(q.options.filter((o) => entry.parts.includes(o))).toEqual(expect.arrayContaining(q.answers));
        expect(q.options.filter((o) => entry.parts.includes(o)).length).toBe(q.answers.length);
      }
      if (q.kind === 'formula') for (const w of wrong) expect(w).not.toBe(entry.term);
      if (q.kind === 'issuer') for (const w of wrong) expect(entry.document!.issuer.includes(w) || w.includes(entry.document!.issuer), w).toBe(false);
      if (q.kind === 'fullName') for (const w of wrong) expect(w).not.toBe(entry.document!.title);
    }
  });

  it('are the same for the same address, and differ for another seed', () => {
    const spec: QuizSpec = { scope: { kind: 'category', category: '作风与纪律' }, count: 10, seed: 'k3x9q' };
    const again = readQuizSpec(quizSearch(spec), material)!;
    expect(again).toEqual(spec);
    const first = makeQuiz(material, spec);
    expect(first).toHaveLength(10);
    expect(makeQuiz(material, again)).toEqual(first);
    expect(makeQuiz(material, { ...spec, seed: 'other1' })).not.toEqual(first);
    for (const q of first) expect(entryOf(q).category).toBe('作风与纪律');
    // One question per entry while the scope has entries enough.
    expect(new Set(first.map((q) => q.entry)).size).toBe(10);
  });

  it('draw a speech’s test from the terms that speech uses, linking each to its passage there', () => {
    const quiz = makeQuiz(material, { scope: { kind: 'speech', speech: SPEECH }, count: 10, seed: 's1' });
    expect(new Set(quiz.map((q) => q.entry))).toEqual(new Set(['sifeng', 'baxiang-guiding', 'sige-yishi'].filter((s) => bySlug.has(s))));
    const baxiang = quiz.find((q) => q.entry === 'baxiang-guiding')!;
    expect(baxiang.passage).toEqual({ speech: SPEECH, paragraph: 'p4', before: '严格落实', match: '八项规定', after: '精神' });
  });

  it('leave out what would be ambiguous or wrong in the real glossary (cases found in review)', () => {
    const of = (slug: string) => many.filter((q) => q.entry === slug);
    // A term that holds its parts (和平共处五项原则 ⊃ 和平共处), or parts that hold 、, are not asked by parts.
    for (const slug of ['heping-gongchu', 'weida-jiandang-jingshen', 'sange-wubi']) for (const q of of(slug)) expect(['fill', 'formula', 'parts'], slug).not.toContain(q.kind);
    // The term is hidden in every meaning option, quoted or not (“两新”组织, 能耗“双控”).
    for (const q of many.filter((x) => x.kind === 'meaning')) {
      const entry = entryOf(q);
      const core = entry.term.replace(/[“”"《》]/gu, '');
      expect(unquoted(q.answers[0]!), q.entry).not.toContain(core);
      // No wrong option names the entry, nor is named by it.
      for (const w of q.options.filter((o) => o !== q.answers[0])) expect(unquoted(w), q.entry).not.toContain(core);
    }
    // A plenum's text is never offered 中共中央 as a wrong issuer.
    for (const slug of ['lishi-jueyi', 'lishi-jueyi-1981', 'zhengzhi-shenghuo-zhunze']) for (const q of of(slug).filter((x) => x.kind === 'issuer')) expect(q.options, slug).not.toContain('中共中央');
    // Regulations (条例…) are not asked by year: 问责条例 (2016) was revised in 2019, which its entry does not say.
    for (const q of many.filter((x) => x.kind === 'year' && !/代表大会|全体会议/u.test(entryOf(x).document!.issuer))) expect(entryOf(q).document!.title, q.entry).not.toMatch(/(条例|规定|细则|准则|办法|规则)(（[^）]*）)?》$/u);
    expect(many.some((x) => x.entry === 'wenze-tiaoli' && x.kind === 'year')).toBe(false);
    for (const q of many.filter((x) => x.kind === 'year')) for (const [, y] of entryOf(q).summary.matchAll(/(\d{4})年/gu)) if (`${y}年` !== q.answers[0]) expect(q.options, q.entry).not.toContain(`${y}年`);
    // A short name is a real short name of this text: not a 试行 version's, not as long as the title, and in no other option.
    for (const q of many.filter((x) => x.kind === 'fullName')) {
      const short = /^[“]?(.+?)[”]?的全称是：$/u.exec(q.prompt)![1]!;
      expect(short, q.entry).not.toContain('试行');
      expect(short.length, q.entry).toBeLessThan(entryOf(q).document!.title.length - 4);
      for (const w of q.options.filter((o) => o !== q.answers[0])) expect(w, q.entry).not.toContain(short);
    }
    expect(many.some((x) => x.kind === 'fullName')).toBe(true);
    expect(many.some((x) => x.kind === 'year')).toBe(true);
  });

  it('mark a reader’s answer right only when it is the answer', () => {
    const fill = many.find((q) => q.kind === 'fill')!;
    expect(isRight(fill, [` “${fill.answers[0]}”。`])).toBe(true);
    expect(isRight(fill, [fill.answers[0]!.slice(1)])).toBe(false);
    const multiple = many.find((q) => q.kind === 'parts')!;
    expect(isRight(multiple, multiple.answers)).toBe(true);
    expect(isRight(multiple, multiple.answers.slice(1))).toBe(false);
    expect(isRight(multiple, [...multiple.answers, multiple.options.find((o) => !multiple.answers.includes(o))!])).toBe(false);
  });

  it('give an answer key of the right options’ letters', () => {
    for (const q of many.slice(0, 100)) {
      const key = keyOf(q);
      if (q.form === 'text') expect(key).toBe(q.answers[0]);
      else expect([...key].map((letter) => q.options[letter.charCodeAt(0) - 65])).toEqual(q.options.filter((o) => q.answers.includes(o)));
    }
    expect(optionLetter(3)).toBe('D');
  });
});
