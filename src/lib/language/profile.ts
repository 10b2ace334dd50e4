/**
 * What a speech says, counted: every glossary term and every other
 * formulation it uses, with the paragraphs of the uses. A comparison of two
 * texts and the frequency pages are made from these.
 */
import type { TermUse } from '../glossary/link.ts';
import type { OutlineItem } from '../site/outline.ts';
import type { FormulaUse } from './formulas.ts';

export type ItemKind = 'term' | 'document' | 'formula';

export interface ProfileItem {
  /** The same in every text: term:SLUG, document:TITLE, formula:PHRASE. */
  key: string;
  /** As a reader knows it: the entry's term, a title in 《》, the formula. */
  label: string;
  kind: ItemKind;
  /** The glossary entry, for a term. */
  slug?: string;
  count: number;
  /** The paragraphs that use it, each once, in reading order. */
  paragraphs: string[];
}

export interface Profile {
  slug: string;
  title: string;
  date?: string;
  year?: number;
  kind: string;
  level?: string;
  /** Characters of Chinese text: what counts are normalised by. */
  chars: number;
  outline: OutlineItem[];
  items: ProfileItem[];
}

export interface SpeechFacts {
  slug: string;
  title: string;
  date?: string | undefined;
  year?: number | undefined;
  kind: string;
  level?: string | undefined;
  chars: number;
  outline: OutlineItem[];
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * For each glossary form, the other entries whose forms stand inside it:
 * “一带一路”建设、京津冀协同发展、长江经济带发展三大战略 holds 京津冀协同发展. A page
 * links the longest form only; a text that writes the long one still uses
 * the short one, and a comparison must not call it new where it reappears.
 */
export function formsWithin(forms: ReadonlyMap<string, string>): Map<string, string[]> {
  const list = [...forms];
  const within = new Map<string, string[]>();
  for (const [outer, outerSlug] of list) {
    const slugs = new Set<string>();
    for (const [inner, innerSlug] of list) if (innerSlug !== outerSlug && inner.length < outer.length && outer.includes(inner)) slugs.add(innerSlug);
    if (slugs.size) within.set(outer, [...slugs].sort());
  }
  return within;
}

/** A speech's term uses with those inside a longer form added (see formsWithin), each in the paragraph of the long one. */
export function usesWithin<U extends Pick<TermUse, 'slug' | 'paragraph' | 'match'>>(uses: readonly U[], within: ReadonlyMap<string, readonly string[]>): Array<Pick<TermUse, 'slug' | 'paragraph'>> {
  return uses.flatMap((use) => [use, ...(within.get(use.match) ?? []).map((slug) => ({ slug, paragraph: use.paragraph }))]);
}

/** The profile of one speech, from its term uses and formulations; `termOf` names an entry. */
export function profileOf(speech: SpeechFacts, uses: ReadonlyArray<Pick<TermUse, 'slug' | 'paragraph'>>, formulas: readonly FormulaUse[], termOf: (slug: string) => string): Profile {
  const terms = new Map<string, string[]>();
  for (const use of uses) terms.set(use.slug, [...(terms.get(use.slug) ?? []), use.paragraph]);
  const items: ProfileItem[] = [
    ...[...terms].map(([slug, paragraphs]): ProfileItem => ({ key: `term:${slug}`, label: termOf(slug), kind: 'term', slug, count: paragraphs.length, paragraphs: unique(paragraphs) })),
    ...formulas.map((f): ProfileItem => ({
      key: `${f.kind}:${f.phrase}`,
      label: f.kind === 'document' ? `《${f.phrase}》` : f.phrase,
      kind: f.kind,
      count: f.paragraphs.length,
      paragraphs: unique(f.paragraphs),
    })),
  ];
  return {
    slug: speech.slug,
    title: speech.title,
    ...(speech.date ? { date: speech.date } : {}),
    ...(speech.year ? { year: speech.year } : {}),
    kind: speech.kind,
    ...(speech.level ? { level: speech.level } : {}),
    chars: speech.chars,
    outline: speech.outline,
    items,
  };
}
