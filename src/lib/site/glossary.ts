/** The glossary as the pages show it: entries, categories, and where each is used. */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { TermUses } from '../content.ts';
import { bareForm, surfaceForms } from '../glossary/load.ts';
import { comparePinyin } from '../glossary/pinyin.ts';
import { CATEGORIES, type Basis } from '../glossary/schema.ts';
import { PATHS } from '../paths.ts';
import { chineseDate } from './dates.ts';

export type GlossaryEntry = CollectionEntry<'glossary'>;

/** Entries in pinyin order of their terms. */
export async function listEntries(): Promise<GlossaryEntry[]> {
  const entries = await getCollection('glossary');
  return entries.sort((a, b) => comparePinyin(a.data.term, b.data.term));
}

let uses: TermUses | undefined;
/** Where each entry is used in the speeches (written by the build's first step). */
export function termUses(): TermUses {
  uses ??= JSON.parse(readFileSync(PATHS.generatedTermUses, 'utf8')) as TermUses;
  return uses;
}

export function usesOf(slug: string): TermUses[string] {
  return termUses()[slug] ?? [];
}

export function byCategory(entries: readonly GlossaryEntry[]): Array<{ category: (typeof CATEGORIES)[number]; entries: GlossaryEntry[] }> {
  return CATEGORIES.map((category) => ({ category, entries: entries.filter((e) => e.data.category === category) })).filter((g) => g.entries.length > 0);
}

export const formsOf = (entry: GlossaryEntry): string[] => surfaceForms(entry.data);

/** 国务院，2015年3月5日: who issued an official text, and when. */
export const basisLine = (basis: Pick<Basis, 'issuer' | 'date'>): string => `${basis.issuer}，${chineseDate(basis.date)}`;

/** The glossary's forms grouped by their first character (hex code point), for the search page's quick answer. */
export async function termShards(): Promise<Map<string, Array<{ form: string; slug: string; term: string; summary: string }>>> {
  const shards = new Map<string, Array<{ form: string; slug: string; term: string; summary: string }>>();
  for (const entry of await listEntries()) {
    for (const form of formsOf(entry).map(bareForm)) {
      const shard = form.codePointAt(0)!.toString(16);
      shards.set(shard, [...(shards.get(shard) ?? []), { form, slug: entry.id, term: bareForm(entry.data.term), summary: entry.data.summary }]);
    }
  }
  return shards;
}
