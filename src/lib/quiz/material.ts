/** The quiz's material from the glossary's entries and where the speeches use them (both plain data). */
import type { TermUses } from '../content.ts';
import type { EntryData } from '../glossary/schema.ts';
import type { QuizEntry, QuizMaterial } from './model.ts';

export function quizMaterial(
  entries: ReadonlyArray<{ slug: string; data: EntryData }>,
  uses: TermUses,
  speeches: ReadonlyArray<{ slug: string; title: string }>,
  categories: readonly string[],
): QuizMaterial {
  const quizEntries: QuizEntry[] = entries.map(({ slug, data }) => {
    const seen = new Set<string>();
    const firstUses = (uses[slug] ?? []).filter((u) => !seen.has(u.speech) && seen.add(u.speech));
    return {
      slug,
      term: data.term,
      aliases: data.aliases,
      category: data.category,
      summary: data.summary,
      parts: data.parts,
      ...(data.document && { document: { ...data.document } }),
      uses: firstUses.map(({ speech, paragraph, before, match, after }) => ({ speech, paragraph, before, match, after })),
    };
  });
  const used = new Set(quizEntries.map((e) => e.category));
  return { entries: quizEntries, speeches: [...speeches], categories: categories.filter((c) => used.has(c)) };
}
