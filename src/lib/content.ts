/**
 * Build step 1, shared by `npm run build` (scripts/convert.ts) and `astro dev`:
 * read the glossary, convert every speech (linking its terms), check the
 * glossary's coverage, and write the generated content. Nothing is written
 * when any source is bad.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { glossaryHref, siteBase } from './base.ts';
import { coverage, type CoverageReport } from './glossary/coverage.ts';
import { loadGlossary, type Glossary } from './glossary/load.ts';
import type { TermUse } from './glossary/link.ts';
import { PATHS } from './paths.ts';
import { convertFolder, writeSpeeches, type ConvertedSpeech } from './speech/convert.ts';


export interface TermUses {
  /** Per entry slug, every use in the speeches, in speech order. */
  [slug: string]: Array<TermUse & { speech: string }>;
}

export interface ContentResult {
  glossary: Glossary;
  speeches: ConvertedSpeech[];
  coverage: CoverageReport;
  warnings: string[];
  written: number;
  removed: number;
}

export function termUses(speeches: readonly ConvertedSpeech[]): TermUses {
  const uses: TermUses = {};
  for (const speech of speeches) {
    for (const use of speech.uses) (uses[use.slug] ??= []).push({ speech: speech.meta.slug, ...use });
  }
  return uses;
}

async function writeIfChanged(file: string, content: string): Promise<boolean> {
  const current = await readFile(file, 'utf8').catch(() => undefined);
  if (current === content) return false;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return true;
}

export async function buildContent(cwd = process.cwd(), base = siteBase()): Promise<ContentResult> {
  const glossary = loadGlossary(path.join(cwd, PATHS.glossarySources), cwd);
  const { speeches, warnings } = await convertFolder(path.join(cwd, PATHS.speechSources), {
    cwd,
    linking: {
      matcher: glossary.matcher,
      target: (slug) => {
        const entry = glossary.bySlug.get(slug);
        return entry && { slug, href: glossaryHref(base, slug), summary: entry.summary };
      },
    },
  });
  const report = coverage(
    speeches.map((s) => ({ file: path.join(PATHS.speechSources, s.meta.source), text: s.text })),
    glossary,
  );
  const { written, removed } = await writeSpeeches(speeches, path.join(cwd, PATHS.generatedSpeeches));
  const usesChanged = await writeIfChanged(path.join(cwd, PATHS.generatedTermUses), `${JSON.stringify(termUses(speeches), null, 1)}\n`);
  return { glossary, speeches, coverage: report, warnings, written: written + (usesChanged ? 1 : 0), removed };
}
