/**
 * The official texts stored in test/corpus/ (listed in test/fixtures/official-texts.yaml): a glossary basis
 * with one of their titles and dates has its quotes checked against the copy, word for word.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { GlossaryEntry } from '../../src/lib/glossary/load.ts';
import { ROOT } from './project.ts';

interface StoredText {
  title: string;
  date: string;
  file: string;
}

/** The words alone: the stored copies break lines inside titles and carry zero-width spaces. */
export const words = (text: string): string => text.replace(/[\s\u200b-\u200f\u2060\ufeff]/gu, '');

export function storedTexts(root = ROOT): StoredText[] {
  return parse(readFileSync(path.join(root, 'test/fixtures/official-texts.yaml'), 'utf8')) as StoredText[];
}

/** Quotes whose basis is a stored official text that does not hold them, word for word. */
export function misquotes(entries: readonly GlossaryEntry[], root = ROOT): string[] {
  const stored = storedTexts(root);
  const copies = new Map<string, string>();
  const wrong: string[] = [];
  for (const entry of entries) {
    for (const basis of entry.basis) {
      const copy = stored.find((s) => s.title === basis.title && s.date === basis.date);
      if (!copy) continue;
      if (!copies.has(copy.file)) copies.set(copy.file, words(readFileSync(path.join(root, 'test/corpus', copy.file), 'utf8')));
      const text = copies.get(copy.file)!;
      for (const quote of basis.quotes) if (!text.includes(words(quote))) wrong.push(`${entry.file}: “${quote}” is not in ${basis.title} (${basis.date})`);
    }
  }
  return wrong;
}
