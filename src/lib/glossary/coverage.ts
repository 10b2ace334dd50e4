/**
 * Which document titles (《…》) and number-formula slogans (“两个维护”, “三会一课”)
 * of the speeches the glossary explains: each candidate is a term or alias of
 * an entry, sits in the ignore list with a reason, or is reported as missing.
 */
import { bareForm, type Glossary } from './load.ts';

export type CandidateKind = 'document' | 'formula';

export interface Candidate {
  phrase: string;
  kind: CandidateKind;
  /** Files it occurs in, and how often in all. */
  files: string[];
  count: number;
  status: 'entry' | 'ignored' | 'missing';
  /** The entry's slug, for status 'entry'. */
  slug?: string;
}

const DOCUMENT = /《([^《》\n]{2,60})》/gu;
// A quoted phrase (closing quote possibly malformed) that contains a count.
const QUOTED = /“([^“”"，。；：！？\n]{1,16})[”"]/gu;
const NUMERAL = /[一二两三四五六七八九十双]/u;

/** Every candidate phrase in the texts, in order of first appearance. */
export function findCandidates(texts: ReadonlyArray<{ file: string; text: string }>): Array<Omit<Candidate, 'status' | 'slug'>> {
  const found = new Map<string, { phrase: string; kind: CandidateKind; files: Set<string>; count: number }>();
  const add = (phrase: string, kind: CandidateKind, file: string) => {
    const key = `${kind}:${phrase}`;
    const entry = found.get(key) ?? { phrase, kind, files: new Set<string>(), count: 0 };
    entry.files.add(file);
    entry.count++;
    found.set(key, entry);
  };
  for (const { file, text } of texts) {
    for (const m of text.matchAll(DOCUMENT)) add(m[1]!, 'document', file);
    for (const m of text.matchAll(QUOTED)) if (NUMERAL.test(m[1]!)) add(m[1]!, 'formula', file);
  }
  return [...found.values()].map((c) => ({ ...c, files: [...c.files].sort() }));
}

export interface CoverageReport {
  candidates: Candidate[];
  missing: Candidate[];
}

export function coverage(texts: ReadonlyArray<{ file: string; text: string }>, glossary: Pick<Glossary, 'forms' | 'ignore'>): CoverageReport {
  const ignored = new Set(glossary.ignore.map((i) => bareForm(i.phrase)));
  const candidates = findCandidates(texts).map((c): Candidate => {
    const slug = glossary.forms.get(c.phrase);
    if (slug) return { ...c, status: 'entry', slug };
    return { ...c, status: ignored.has(c.phrase) ? 'ignored' : 'missing' };
  });
  return { candidates, missing: candidates.filter((c) => c.status === 'missing') };
}

/** The build's coverage lines: totals, then each missing candidate with where it occurs. */
export function formatCoverage(report: CoverageReport): string {
  const count = (status: Candidate['status']) => report.candidates.filter((c) => c.status === status).length;
  const lines = [
    `glossary coverage: ${report.candidates.length} candidates (《…》 titles and number formulas): ${count('entry')} entries, ${count('ignored')} ignored, ${count('missing')} unexplained`,
  ];
  for (const c of report.missing) {
    const mark = c.kind === 'document' ? `《${c.phrase}》` : `“${c.phrase}”`;
    lines.push(`  ? ${mark} ×${c.count} in ${c.files.map((f) => f.replace(/^.*[\\/]/u, '')).join(', ')}`);
  }
  if (report.missing.length) lines.push('  → for each: an entry or alias in content/glossary/, or a line in content/glossary/ignore.yaml with a reason');
  return lines.join('\n');
}
