/**
 * Term linking speed: the glossary matcher (one Aho–Corasick pass) against a
 * regular expression per term, with 2,000 terms over the seed texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';
import { loadGlossary } from '../../src/lib/glossary/load.ts';
import { random } from './corpus.ts';
import { ROOT } from './project.ts';

/** 2,000 terms: the glossary's forms, and made-up terms of 3–8 characters drawn from the seed texts. */
export function benchTerms(text: string, count = 2000): string[] {
  const terms = new Set(loadGlossary(path.join(ROOT, 'content/glossary'), ROOT).forms.keys());
  const rand = random(7);
  const han = text.replace(/[^\p{Script=Han}]/gu, '');
  while (terms.size < count) {
    const length = 3 + Math.floor(rand() * 6);
    const at = Math.floor(rand() * (han.length - length));
    terms.add(han.slice(at, at + length));
  }
  return [...terms];
}

export function benchLinking(): string {
  const dir = path.join(ROOT, 'content/speeches');
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const terms = benchTerms(seeds);
  const matcher = createMatcher(terms.map((text, i) => ({ text, value: i })));
  // About 20 million characters: the seeds, repeated.
  const text = seeds.repeat(Math.ceil(20_000_000 / seeds.length));
  matcher.find(seeds); // warm up
  let started = performance.now();
  let found = 0;
  const block = 100_000;
  for (let i = 0; i < text.length; i += block) found += matcher.find(text.slice(i, i + block)).length;
  const matcherSeconds = (performance.now() - started) / 1000;
  const matcherRate = text.length / matcherSeconds;

  // A regular expression per term, over a slice (it is far slower), scaled.
  const slice = seeds.repeat(2);
  const patterns = terms.map((t) => new RegExp(t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'gu'));
  started = performance.now();
  let regexFound = 0;
  for (const pattern of patterns) regexFound += slice.match(pattern)?.length ?? 0;
  const regexSeconds = (performance.now() - started) / 1000;
  const regexRate = slice.length / regexSeconds;
  return [
    `term linking, ${terms.length} terms: Aho–Corasick matcher ${(matcherRate / 1e6).toFixed(1)} million characters/s (${(text.length / 1e6).toFixed(1)} M characters in ${matcherSeconds.toFixed(2)} s, ${found} matches; goal ≥ 20)`,
    `  a regular expression per term: ${(regexRate / 1e6).toFixed(2)} million characters/s (timed over ${(slice.length / 1e6).toFixed(2)} M characters, ${regexFound} hits); the matcher is ${(matcherRate / regexRate).toFixed(0)} × faster`,
  ].join('\n');
}
