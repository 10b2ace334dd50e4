/** The quiz's material from the glossary's entries and where the speeches use them (both plain data). */
import type { TermUses } from '../content.ts';
import type { EntryData } from '../glossary/schema.ts';
import type { QuizEntry, QuizMaterial } from './model.ts';

/**
 * A document's date is asked as the year it was first issued only where its entry gives no sign of
 * another version: no 修订, 修改, 试行 or 此前, and no year before the date, in its summary or definition.
 */
function firstIssue(data: EntryData, body: string): boolean {
  const date = data.document?.date;
  if (!date) return false;
  const text = `${data.summary}\n${body}`;
  if (/修订|修改|试行|此前|原有|废止/u.test(text)) return false;
  const year = Number(date.slice(0, 4));
  return ![...text.matchAll(/(1[89]\d\d|20\d\d)年/gu)].some((m) => Number(m[1]) < year);
}

export function quizMaterial(
  entries: ReadonlyArray<{ slug: string; data: EntryData; body?: string | undefined }>,
  uses: TermUses,
  speeches: ReadonlyArray<{ slug: string; title: string }>,
  categories: readonly string[],
): QuizMaterial {
  const quizEntries: QuizEntry[] = entries.map(({ slug, data, body = '' }) => {
    const seen = new Set<string>();
    const firstUses = (uses[slug] ?? []).filter((u) => !seen.has(u.speech) && seen.add(u.speech));
    return {
      slug,
      term: data.term,
      aliases: data.aliases,
      category: data.category,
      summary: data.summary,
      parts: data.parts,
      ...(data.document && { document: { ...data.document }, yearAskable: firstIssue(data, body) }),
      uses: firstUses.map(({ speech, paragraph, before, match, after }) => ({ speech, paragraph, before, match, after })),
    };
  });
  const used = new Set(quizEntries.map((e) => e.category));
  return { entries: quizEntries, speeches: [...speeches], categories: categories.filter((c) => used.has(c)) };
}
