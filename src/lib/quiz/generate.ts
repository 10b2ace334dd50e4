/**
 * 应知应会 self-tests made from the glossary's fields, never from invented
 * facts: every answer is a value of the entry its question comes from (a
 * formula's parts, its term, its summary, a document's title, issuer or
 * year), and every wrong option is a value of another entry that cannot also
 * be right. The same spec (scope, count, seed) gives the same questions.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { QUESTION_KINDS, type QuestionKind, type Question, type QuizEntry, type QuizMaterial, type QuizPassage, type QuizSpec } from './model.ts';

type Rng = ReturnType<typeof xoroshiro128plus>;

/** FNV-1a: a seed string (from the address) to the generator's 32-bit seed. */
function seedNumber(seed: string): number {
  let hash = 0x811c9dc5;
  for (const ch of seed) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

function shuffled<T>(rng: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const BLANK = '______';
const OPTIONS = 4;
/** Parts longer than this are sentences (八个明确), not words to fill in or tick. */
const SHORT_PART = 16;

const yearOf = (date: string): string => `${date.slice(0, 4)}年`;
/** A term as a question quotes it: in “”, unless it already opens with a quotation mark or 《. */
export const quoted = (term: string): string => (/^[“《]/u.test(term) ? term : `“${term}”`);

/** The entry's own forms hidden in a text about it, so that an option does not name its answer. */
function masked(entry: QuizEntry, text: string): string {
  const bare = (f: string) => f.replace(/[“”"《》‘’]/gu, '');
  // Each form, and the quoted core of a form (两新 of “两新”组织), hidden wherever the text has it, quoted or not.
  const cores = [entry.term, ...entry.aliases].flatMap((f) => [...f.matchAll(/[“《]([^”》]{2,})[”》]/gu)].map((m) => m[1]!));
  const forms = [...new Set([entry.term, ...entry.aliases, ...cores].map(bare))].filter((f) => f.length >= 2);
  let out = text;
  for (const form of forms.sort((a, b) => b.length - a.length)) {
    const pattern = [...form].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[“”‘’"《》]?');
    out = out.replace(new RegExp(`[“《‘]?${pattern}[”》’]?`, 'gu'), BLANK);
  }
  return out;
}

/** Whether a text names one of an entry's forms: then it fits that entry too. */
const names = (text: string, entry: QuizEntry): boolean => masked(entry, text) !== text;

/** A summary that says something once its term is hidden (推动______。 does not). */
const telling = (entry: QuizEntry): boolean => masked(entry, entry.summary).replaceAll(BLANK, '').length >= 16;

/** Issuers that share a body (中共中央 in 中共中央、国务院) would both be right. */
function sharesBody(a: string, b: string): boolean {
  // A plenary session of the Central Committee acts as 中共中央.
  const body = (x: string) => (/^中国共产党第.+届中央委员会第.+次全体会议$/u.test(x) ? '中共中央' : x);
  const bodies = (s: string) => s.split(/[、，,和]/u).map((x) => body(x.trim()));
  if (body(a) === body(b)) return true;
  return a.includes(b) || b.includes(a) || bodies(a).some((x) => bodies(b).includes(x));
}

/** A formula whose parts can be asked: its term does not hold one of them, and no part holds 、 (its extent would be unclear). */
const askableParts = (entry: QuizEntry): boolean => {
  const term = entry.term.replace(/[“”"《》]/gu, '');
  return !entry.parts.some((p) => term.includes(p) || p.includes('、'));
};

/** Other entries' values that are plainly not this entry's, most like it first (same count of parts, same category). */
function formulaRivals(entry: QuizEntry, all: readonly QuizEntry[]): QuizEntry[] {
  const mine = new Set(entry.parts);
  return all.filter(
    (other) =>
      other.slug !== entry.slug &&
      other.parts.length >= 2 &&
      other.term !== entry.term &&
      !other.parts.some((p) => mine.has(p) || entry.parts.some((q) => q.includes(p) || p.includes(q))),
  );
}

function closest<T>(rng: Rng, candidates: readonly T[], distance: (c: T) => number, n: number): T[] {
  // Shuffle first so that ties are broken by the seed, then keep the nearest.
  return shuffled(rng, candidates)
    .map((c, i) => ({ c, d: distance(c), i }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, n)
    .map((x) => x.c);
}

interface Context {
  rng: Rng;
  all: readonly QuizEntry[];
  lastYear: number;
  passage?: QuizPassage | undefined;
}

function single(ctx: Context, entry: QuizEntry, kind: QuestionKind, prompt: string, answer: string, wrong: string[], source: Question['source']): Question | undefined {
  const distinct = [...new Set(wrong)].filter((w) => w !== answer);
  if (distinct.length < OPTIONS - 1) return undefined;
  const options = shuffled(ctx.rng, [answer, ...distinct.slice(0, OPTIONS - 1)]);
  return { kind, form: 'single', entry: entry.slug, prompt, options, answers: [answer], source, passage: ctx.passage };
}

const makers: Record<QuestionKind, (ctx: Context, entry: QuizEntry) => Question | undefined> = {
  /** 填空: one part of a formula left out, the others in their official order. */
  fill(ctx, entry) {
    if (!askableParts(entry) || entry.parts.length < 3 || entry.parts.length > 10 || entry.parts.some((p) => p.length > SHORT_PART)) return undefined;
    const i = uniformInt(ctx.rng, 0, entry.parts.length - 1);
    const before = `${quoted(entry.term)}是指：${entry.parts.slice(0, i).map((p) => `${p}、`).join('')}`;
    const after = `${entry.parts.slice(i + 1).map((p) => `、${p}`).join('')}。`;
    return {
      kind: 'fill',
      form: 'text',
      entry: entry.slug,
      prompt: `${before}${BLANK}${after}`,
      blank: { before, after },
      options: [],
      answers: [entry.parts[i]!],
      source: { field: 'parts', text: entry.parts.join('、') },
      passage: ctx.passage,
    };
  },
  /** 单选: which formula a list of parts belongs to. */
  formula(ctx, entry) {
    if (!askableParts(entry) || entry.parts.length < 2 || entry.parts.join('').length > 120) return undefined;
    const rivals = closest(ctx.rng, formulaRivals(entry, ctx.all), (o) => Math.abs(o.parts.length - entry.parts.length) * 2 + (o.category === entry.category ? 0 : 1), OPTIONS - 1);
    return single(ctx, entry, 'formula', `${entry.parts.join('、')}，合称为：`, entry.term, rivals.map((o) => o.term), { field: 'term', text: entry.term });
  },
  /** 多选: which of these belong to a formula; the wrong ones are parts of formulas that share none of its parts. */
  parts(ctx, entry) {
    if (!askableParts(entry) || entry.parts.length < 3 || entry.parts.some((p) => p.length > SHORT_PART)) return undefined;
    const right = shuffled(ctx.rng, entry.parts).slice(0, Math.min(3, entry.parts.length - 1));
    const pool = formulaRivals(entry, ctx.all).flatMap((o) => o.parts.filter((p) => p.length <= SHORT_PART));
    const wrong = shuffled(ctx.rng, [...new Set(pool)]).slice(0, 5 - right.length);
    if (wrong.length < 5 - right.length) return undefined;
    return {
      kind: 'parts',
      form: 'multiple',
      entry: entry.slug,
      prompt: `下列各项中，属于${quoted(entry.term)}的有：`,
      options: shuffled(ctx.rng, [...right, ...wrong]),
      answers: entry.parts.filter((p) => right.includes(p)),
      source: { field: 'parts', text: entry.parts.join('、') },
      passage: ctx.passage,
    };
  },
  /** 单选: what a term means, its summary against other entries' summaries (each with its own term hidden). */
  meaning(ctx, entry) {
    if (!telling(entry)) return undefined;
    // A summary naming the other entry (精准扶贫 in 六个精准's) fits both: never offered against it.
    const fair = (o: QuizEntry) => o.slug !== entry.slug && o.term !== entry.term && telling(o) && !names(o.summary, entry) && !names(entry.summary, o);
    const others = closest(ctx.rng, ctx.all.filter(fair), (o) => (o.category === entry.category ? 0 : 1), OPTIONS - 1);
    return single(ctx, entry, 'meaning', `${quoted(entry.term)}指的是：`, masked(entry, entry.summary), others.map((o) => masked(o, o.summary)), { field: 'summary', text: entry.summary });
  },
  /** 单选: which body issued a document. */
  issuer(ctx, entry) {
    const doc = entry.document;
    if (!doc) return undefined;
    const issuers = [...new Set(ctx.all.flatMap((o) => (o.document ? [o.document.issuer] : [])))].filter((i) => !sharesBody(i, doc.issuer));
    return single(ctx, entry, 'issuer', `${doc.title}的发布机关是：`, doc.issuer, shuffled(ctx.rng, issuers), { field: 'document.issuer', text: doc.issuer });
  },
  /** 单选: the year a document was issued; the wrong years are near it. */
  year(ctx, entry) {
    const date = entry.document?.date;
    // A revised text has more than one year: only a first issue is asked, and as the first, so that a
    // later revision's year (which an option may be) is plainly wrong.
    if (!entry.document || !date || !entry.yearAskable) return undefined;
    // A regulation (条例, 规定, 细则, 准则, 办法) may have been revised without its entry saying so; a
    // congress's or plenum's text, or an 意见 or 决议, is issued once.
    const once = /代表大会|全体会议/u.test(entry.document.issuer) || !/(条例|规定|细则|准则|办法|规则)(（[^）]*）)?》$/u.test(entry.document.title);
    if (!once) return undefined;
    const year = Number(date.slice(0, 4));
    const named = new Set([...entry.summary.matchAll(/(\d{4})年/gu)].map((m) => Number(m[1])));
    // No year after the newest document the glossary records: a reader would strike it out at once.
    const near = shuffled(ctx.rng, [-4, -3, -2, -1, 1, 2, 3, 4].filter((d) => year + d <= ctx.lastYear && !named.has(year + d))).map((d) => `${year + d}年`);
    return single(ctx, entry, 'year', `${entry.document.title}最早发布于：`, yearOf(date), near, { field: 'document.date', text: date });
  },
  /** 单选: the full title of a document, asked by the shortest name the entry gives it (问责条例). */
  fullName(ctx, entry) {
    const doc = entry.document;
    if (!doc) return undefined;
    const full = doc.title.replace(/^《|》$/gu, '');
    // A short name is clearly shorter than the title, and not another version's name (……（试行）).
    const short = [entry.term, ...entry.aliases]
      .map((f) => f.replace(/^[《“]|[》”]$/gu, ''))
      .filter((f) => f !== full && f.length >= 2 && f.length < full.length - 2 && !f.includes('试行'))
      .sort((a, b) => a.length - b.length)[0];
    if (!short) return undefined;
    // A title that holds the short name (中央八项规定的实施细则 for 八项规定) could be taken for it.
    const titles = ctx.all.flatMap((o) => (o.document && o.slug !== entry.slug && o.document.title !== doc.title && !o.document.title.includes(short) ? [o.document.title] : []));
    return single(ctx, entry, 'fullName', `${quoted(short)}的全称是：`, doc.title, shuffled(ctx.rng, titles), { field: 'document.title', text: doc.title });
  },
};

/** The entries a spec draws on: all, one category, or the terms one speech uses. */
export function entriesInScope(material: QuizMaterial, spec: QuizSpec): QuizEntry[] {
  const { scope } = spec;
  if (scope.kind === 'category') return material.entries.filter((e) => e.category === scope.category);
  if (scope.kind === 'speech') return material.entries.filter((e) => e.uses.some((u) => u.speech === scope.speech));
  return material.entries;
}

/**
 * The questions of a spec. The kinds take turns in the seed's order, so that
 * a set mixes 填空, 单选 and 多选; each takes the next entry in scope (also in
 * the seed's order) it can ask about. An entry gives one question until every
 * entry in scope has given one; what a term means is asked when no other
 * kind is left. Questions that need more distinct wrong options than the
 * glossary has are not made.
 */
export function makeQuiz(material: QuizMaterial, spec: QuizSpec): Question[] {
  const rng = xoroshiro128plus(seedNumber(spec.seed));
  const pool = shuffled(rng, entriesInScope(material, spec));
  const lastYear = Math.max(...material.entries.flatMap((e) => (e.document?.date ? [Number(e.document.date.slice(0, 4))] : [])));
  const passageOf = (entry: QuizEntry): QuizPassage | undefined =>
    spec.scope.kind === 'speech' ? entry.uses.find((u) => u.speech === (spec.scope as { speech: string }).speech) : entry.uses[0];
  const questions: Question[] = [];
  const asked = new Set<string>();
  const entriesAsked = new Set<string>();
  const ask = (kind: QuestionKind, fresh: boolean): boolean => {
    for (const entry of pool) {
      if (asked.has(`${entry.slug}/${kind}`) || (fresh && entriesAsked.has(entry.slug))) continue;
      const question = makers[kind]({ rng, all: material.entries, lastYear, passage: passageOf(entry) }, entry);
      if (!question) continue;
      asked.add(`${entry.slug}/${kind}`);
      entriesAsked.add(entry.slug);
      questions.push(question);
      return true;
    }
    return false;
  };
  for (const fresh of [true, false]) {
    let kinds = shuffled(rng, QUESTION_KINDS.filter((k) => k !== 'meaning'));
    while (questions.length < spec.count && kinds.length > 0) kinds = kinds.filter((kind) => questions.length >= spec.count || ask(kind, fresh));
    while (questions.length < spec.count && ask('meaning', fresh));
  }
  return questions;
}

/** What a reader's answer is taken as: no spaces, quotes or closing punctuation. */
export function normalizeAnswer(text: string): string {
  return text.normalize('NFKC').replace(/[\s“”‘’"'《》「」。；;，,、()（）]/gu, '');
}

/** Whether a reader's answer is right: the typed text, or exactly the right options ticked. */
export function isRight(question: Question, given: readonly string[]): boolean {
  if (question.form === 'text') return given.length === 1 && normalizeAnswer(given[0]!) === normalizeAnswer(question.answers[0]!);
  const right = new Set(question.answers);
  return given.length === right.size && given.every((g) => right.has(g));
}

/** 单选/多选 options are lettered A, B, C…, as printed tests letter them. */
export const optionLetter = (i: number): string => String.fromCodePoint(0x41 + i);

/** The answer key's line for a question: the letters of the right options, or the text to fill in. */
export function keyOf(question: Question): string {
  if (question.form === 'text') return question.answers[0]!;
  return question.options.flatMap((o, i) => (question.answers.includes(o) ? [optionLetter(i)] : [])).join('');
}
