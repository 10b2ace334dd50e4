/**
 * The formulations of the speeches that the glossary does not explain: quoted
 * slogans, numbered formulas and 《》 titles, found as the coverage report
 * finds candidates, paragraph by paragraph. They are found over the whole
 * library at once, so a phrase is one of them in every text or in none: one
 * text is never said to lack what it writes below a threshold.
 */
import { coverage, type CandidateKind } from '../glossary/coverage.ts';
import type { Glossary } from '../glossary/load.ts';
import type { BlockText } from '../glossary/link.ts';

/** One formulation in one speech: the paragraph of each use, in reading order (a paragraph once per use). */
export interface FormulaUse {
  phrase: string;
  kind: CandidateKind;
  paragraphs: string[];
}

export type FormulaGlossary = Pick<Glossary, 'forms' | 'ignore' | 'watch' | 'notIn'>;

/** Each speech's formulations that are neither a glossary form nor in the ignore list, by speech slug. */
export function corpusFormulas(speeches: ReadonlyArray<{ slug: string; blocks: readonly BlockText[] }>, glossary: FormulaGlossary): Record<string, FormulaUse[]> {
  const texts = speeches.flatMap((speech, i) => speech.blocks.map((block) => ({ file: `${i}\t${block.id}`, text: block.text })));
  const order = speeches.map((speech) => new Map(speech.blocks.map((block, k) => [block.id, k])));
  const result: Record<string, FormulaUse[]> = Object.fromEntries(speeches.map((s) => [s.slug, []]));
  for (const candidate of coverage(texts, glossary, { perFile: true }).candidates) {
    if (candidate.status !== 'missing') continue;
    const bySpeech = new Map<number, Array<[string, number]>>();
    for (const [file, count] of Object.entries(candidate.perFile ?? {})) {
      const [index, id] = file.split('\t') as [string, string];
      bySpeech.set(Number(index), [...(bySpeech.get(Number(index)) ?? []), [id, count]]);
    }
    for (const [index, blocks] of bySpeech) {
      const position = order[index]!;
      blocks.sort((x, y) => position.get(x[0])! - position.get(y[0])!);
      result[speeches[index]!.slug]!.push({ phrase: candidate.phrase, kind: candidate.kind, paragraphs: blocks.flatMap(([id, count]) => Array<string>(count).fill(id)) });
    }
  }
  return result;
}
