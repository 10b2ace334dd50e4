/**
 * Which policy terms of the speeches the glossary explains. Candidates are
 * found four ways:
 * - document titles in 《》;
 * - quoted phrases with a count in them (“两个维护”, “三会一课”);
 * - the same numbered shapes without quotes (四个意识, 五位一体, 八项规定,
 *   四种形态), read to the longest known form, else to two characters;
 * - known policy phrases that texts write without quotes (新发展理念,
 *   全过程人民民主): the editors' watch list, content/glossary/watch.yaml.
 * A quoted or numbered phrase that stands inside a longer known form (“三公”
 * inside “三公”经费, 五项原则 inside 和平共处五项原则) is read as that form.
 * Each candidate is then a term or alias of an entry, sits in the ignore list
 * with a reason, or is reported as unexplained.
 */
import { bareForm, type Glossary } from './load.ts';

export type CandidateKind = 'document' | 'formula';
export type CandidateStatus = 'entry' | 'ignored' | 'missing';

/** One use of a candidate: its file and the words around it. */
export interface CandidateUse {
  file: string;
  before: string;
  after: string;
}

export interface Candidate {
  phrase: string;
  kind: CandidateKind;
  /** Files it occurs in, and how often in all. */
  files: string[];
  count: number;
  /** Whether any use is quoted (“…” or 《…》): the shapes a speech marks as a term itself. */
  quoted: boolean;
  /** The first uses, for an editor to write from. */
  uses: CandidateUse[];
  status: CandidateStatus;
  /** The entry's slug, for status 'entry'. */
  slug?: string;
  /** Why it is not an entry, for status 'ignored'. */
  reason?: string;
  /** Uses in each file, when asked for (CandidateOptions.perFile). */
  perFile?: Record<string, number>;
}

type Found = Omit<Candidate, 'status' | 'slug' | 'reason'>;

const DOCUMENT = /《([^《》\n]{2,60})》/gu;
// A quoted phrase (closing quote possibly malformed) that contains a count.
const QUOTED = /“([^“”"，。；：！？\n]{1,16})[”"]/gu;
const NUMERAL = /[一二两三四五六七八九十双]/u;
// An unquoted count and its measure word, not part of a larger number or an ordinal (第三个).
const NUMBERED = /(?<![第\p{N}一二两三四五六七八九十百千万亿几])([二两三四五六七八九十]{1,3})(个|项|大|种|位一体)(?![多余来])/gu;
const HAN = /^\p{Script=Han}+$/u;
/** Uses kept per candidate. */
const USES_KEPT = 2;
const CONTEXT = 24;
/** A numbered shape that is neither quoted nor known counts only when texts use it this often. */
export const UNQUOTED_MIN_COUNT = 2;

/** A phrase's numerals as #: 三个方面 → #个方面, the form an ignore line can use for every count. */
export const numeralShape = (phrase: string): string => phrase.replace(/[一二两三四五六七八九十百]+/gu, '#');

export interface CandidateOptions {
  /** Surface forms (terms, aliases, ignored phrases, watched phrases): an unquoted numbered shape is read to the longest of these. */
  known?: ReadonlySet<string>;
  /** Policy phrases written without quotes that count wherever they occur. */
  watch?: readonly string[];
  /** Phrases that hold a watched phrase by accident (创新发展理念): no use there. */
  notIn?: readonly string[];
  /** Also count the uses in each file (Candidate.perFile). */
  perFile?: boolean;
}

/** Every candidate phrase in the texts, in order of first appearance. */
export function findCandidates(texts: ReadonlyArray<{ file: string; text: string }>, options: CandidateOptions = {}): Found[] {
  const known = options.known ?? new Set<string>();
  const watch = new Set(options.watch ?? []);
  // Not the glossary's matcher: its matches never overlap, and here each phrase counts on its own
  // (精准脱贫攻坚 holds both 精准脱贫 and 脱贫攻坚), read from the position where its count stands.
  const longest = Math.max(0, ...[...known].map((k) => k.length));
  const holders = coveringForms(known);
  const notIn = options.notIn ?? [];
  // Whether text[start, start + phrase.length) lies inside one of the notIn phrases.
  const byAccident = (text: string, start: number, phrase: string) =>
    notIn.some((n) => {
      for (let k = n.indexOf(phrase); k !== -1; k = n.indexOf(phrase, k + 1)) if (start >= k && text.startsWith(n, start - k)) return true;
      return false;
    });
  const found = new Map<string, Found & { fileSet: Set<string>; certain: boolean }>();
  const add = (phrase: string, kind: CandidateKind, file: string, text: string, start: number, end: number, certain: boolean, quoted = certain) => {
    const key = `${kind}:${phrase}`;
    const entry = found.get(key) ?? { phrase, kind, files: [], fileSet: new Set<string>(), count: 0, uses: [], certain: false, quoted: false, ...(options.perFile ? { perFile: {} } : {}) };
    entry.fileSet.add(file);
    entry.count++;
    if (entry.perFile) entry.perFile[file] = (entry.perFile[file] ?? 0) + 1;
    entry.certain ||= certain;
    entry.quoted ||= quoted;
    if (entry.uses.length < USES_KEPT) entry.uses.push({ file, ...around(text, start, end) });
    found.set(key, entry);
  };
  for (const { file, text } of texts) {
    const quotedSpans: Array<[number, number]> = [];
    // 《 人民日报 》: the spaces some pages put inside the brackets are not part of the title.
    for (const m of text.matchAll(DOCUMENT)) add(m[1]!.trim(), 'document', file, text, m.index, m.index + m[0].length, true);
    for (const m of text.matchAll(QUOTED)) {
      quotedSpans.push([m.index, m.index + m[0].length]);
      if (!NUMERAL.test(m[1]!)) continue;
      const form = coveringForm(text, m.index, `“${m[1]}”`, holders);
      if (form) add(form.phrase, 'formula', file, text, form.start, form.start + form.phrase.length, true);
      else add(m[1]!, 'formula', file, text, m.index, m.index + m[0].length, true);
    }
    const quotedAt = (i: number) => quotedSpans.some(([s, e]) => i > s && i < e);
    // The end of the last known form a count was read to: a second count inside it (两种 in 两个市场两种资源) is the same use.
    let coveredTo = 0;
    for (const m of text.matchAll(NUMBERED)) {
      if (quotedAt(m.index) || m.index < coveredTo) continue;
      // 十九大, 二十大: a party congress, not a formula.
      if (m[2] === '大' && m[1]!.includes('十')) continue;
      const form = coveringForm(text, m.index, m[0], holders);
      if (form) {
        add(form.phrase, 'formula', file, text, form.start, form.start + form.phrase.length, false, false);
        coveredTo = form.start + form.phrase.length;
        continue;
      }
      const phrase = numberedPhrase(text, m.index, m[0], known, longest);
      // X位一体 is a formula's shape by itself; other unquoted shapes need known forms or repeated use.
      if (phrase) add(phrase, 'formula', file, text, m.index, m.index + phrase.length, phrase.endsWith('位一体'), false);
    }
    for (const phrase of watch) {
      for (let i = text.indexOf(phrase); i !== -1; i = text.indexOf(phrase, i + phrase.length)) {
        if (!quotedAt(i) && !byAccident(text, i, phrase)) add(phrase, 'formula', file, text, i, i + phrase.length, false);
      }
    }
  }
  return [...found.values()]
    .filter((c) => c.certain || known.has(c.phrase) || watch.has(c.phrase) || c.count >= UNQUOTED_MIN_COUNT)
    .map(({ fileSet, certain: _certain, ...c }) => ({ ...c, files: [...fileSet].sort() }));
}

/** For each quoted count (“三公”) and numbered shape (五项) inside a known form, the forms holding it and where. */
function coveringForms(known: ReadonlySet<string>): Map<string, Array<{ form: string; offset: number }>> {
  const index = new Map<string, Array<{ form: string; offset: number }>>();
  const put = (key: string, form: string, offset: number) => {
    if (key === form) return;
    const forms = index.get(key) ?? [];
    forms.push({ form, offset });
    index.set(key, forms);
  };
  for (const form of known) {
    for (const m of form.matchAll(QUOTED)) if (m[0].endsWith('”')) put(m[0], form, m.index);
    for (const m of form.matchAll(NUMBERED)) put(m[0], form, m.index);
  }
  for (const forms of index.values()) forms.sort((a, b) => b.form.length - a.form.length);
  return index;
}

/** The longest known form that holds the words `key` found at `start` of the text, and where it starts. */
function coveringForm(text: string, start: number, key: string, index: ReadonlyMap<string, ReadonlyArray<{ form: string; offset: number }>>): { phrase: string; start: number } | undefined {
  for (const { form, offset } of index.get(key) ?? []) {
    if (start >= offset && text.startsWith(form, start - offset)) return { phrase: form, start: start - offset };
  }
  return undefined;
}

/** 五位一体 as it is; otherwise the longest known form from here, else the count, its measure word and two characters. */
function numberedPhrase(text: string, start: number, head: string, known: ReadonlySet<string>, longest: number): string | undefined {
  if (head.endsWith('位一体')) return head;
  for (let length = Math.min(longest, text.length - start); length > head.length; length--) {
    const form = text.slice(start, start + length);
    if (known.has(form)) return form;
  }
  const phrase = text.slice(start, start + head.length + 2);
  return HAN.test(phrase) && phrase.length === head.length + 2 ? phrase : undefined;
}

function around(text: string, start: number, end: number): Omit<CandidateUse, 'file'> {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  return {
    before: text.slice(Math.max(lineStart, start - CONTEXT), start).trimStart(),
    after: text.slice(end, Math.min(lineEnd === -1 ? text.length : lineEnd, end + CONTEXT)).trimEnd(),
  };
}

export interface CoverageReport {
  candidates: Candidate[];
  missing: Candidate[];
}

export function coverage(
  texts: ReadonlyArray<{ file: string; text: string }>,
  glossary: Pick<Glossary, 'forms' | 'ignore'> & { watch?: readonly string[]; notIn?: readonly string[] },
  options: Pick<CandidateOptions, 'perFile'> = {},
): CoverageReport {
  const ignored = new Map(glossary.ignore.map((i) => [bareForm(i.phrase), i.reason]));
  const known = new Set([...glossary.forms.keys(), ...ignored.keys(), ...(glossary.watch ?? [])]);
  const candidates = findCandidates(texts, { known, watch: glossary.watch ?? [], notIn: glossary.notIn ?? [], ...options }).map((c): Candidate => {
    const slug = glossary.forms.get(c.phrase);
    if (slug) return { ...c, status: 'entry', slug };
    const reason = ignored.get(c.phrase) ?? ignored.get(numeralShape(c.phrase));
    return reason ? { ...c, status: 'ignored', reason } : { ...c, status: 'missing' };
  });
  // A document title and a quoted phrase can be the same words: one candidate, the document.
  const documents = new Set(candidates.filter((c) => c.kind === 'document').map((c) => c.phrase));
  const distinct = candidates.filter((c) => c.kind === 'document' || !documents.has(c.phrase));
  return { candidates: distinct, missing: rankMissing(distinct.filter((c) => c.status === 'missing')) };
}

/** The unexplained candidates, those most speeches use first. */
export function rankMissing(missing: readonly Candidate[]): Candidate[] {
  return [...missing].sort((a, b) => b.files.length - a.files.length || b.count - a.count);
}

export const countByStatus = (report: CoverageReport, status: CandidateStatus): number => report.candidates.filter((c) => c.status === status).length;

/** The share of candidates unexplained, in per cent to one decimal: 4.9. */
export function unexplainedShare(report: CoverageReport): number {
  const total = report.candidates.length;
  return total ? Math.round((report.missing.length / total) * 1000) / 10 : 0;
}

/** The summary line: totals by status, and the share unexplained. */
export function coverageSummary(report: CoverageReport): string {
  return `glossary coverage: ${report.candidates.length} candidates (《…》 titles, number formulas, watched phrases): ${countByStatus(report, 'entry')} entries, ${countByStatus(report, 'ignored')} ignored, ${report.missing.length} unexplained (${unexplainedShare(report)} %)`;
}

export const candidateMark = (c: Pick<Candidate, 'kind' | 'phrase'>): string => (c.kind === 'document' ? `《${c.phrase}》` : `“${c.phrase}”`);

/** The build's coverage lines: totals, then each missing candidate with where it occurs. */
export function formatCoverage(report: CoverageReport, limit = Infinity): string {
  const lines = [coverageSummary(report)];
  for (const c of report.missing.slice(0, limit)) {
    lines.push(`  ? ${candidateMark(c)} ×${c.count} in ${c.files.map((f) => f.replace(/^.*[\\/]/u, '')).join(', ')}`);
  }
  if (report.missing.length > limit) lines.push(`  … and ${report.missing.length - limit} more: npm run glossary:todo`);
  if (report.missing.length) lines.push('  → for each: an entry or alias in content/glossary/, or a line in content/glossary/ignore.yaml with a reason');
  return lines.join('\n');
}
