/**
 * Build step 1, shared by `npm run build` (scripts/convert.ts) and `astro dev`:
 * read the glossary, convert every speech (linking its terms), check the
 * glossary's coverage, and write the generated content. Nothing is written
 * when any source is bad.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { glossaryHref, siteBase } from './base.ts';
import { coverage, type CoverageReport } from './glossary/coverage.ts';
import { loadGlossary, surfaceForms, type Glossary, type GlossaryEntry } from './glossary/load.ts';
import type { TermUse } from './glossary/link.ts';
import { corpusFormulas } from './language/formulas.ts';
import { PATHS } from './paths.ts';
import { loadSettings } from './settings.ts';
import { writeIfChanged } from './write-if-changed.ts';
import { convertFolder, writeSpeeches, type ConversionCache, type ConvertedSpeech } from './speech/convert.ts';


export interface TermUses {
  /** Per entry slug, every use in the speeches, in speech order. */
  [slug: string]: Array<TermUse & { speech: string }>;
}

/** Converted speeches kept as JSON files between builds (.cache/convert/). */
function fileCache(dir: string): ConversionCache & { prune(): Promise<void> } {
  const used = new Set<string>();
  return {
    async get(key) {
      used.add(`${key}.json`);
      const text = await readFile(path.join(dir, `${key}.json`), 'utf8').catch(() => undefined);
      return text === undefined ? undefined : (JSON.parse(text) as ConvertedSpeech);
    },
    async set(key, speech) {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, `${key}.json`), JSON.stringify(speech));
    },
    async prune() {
      const names = await readdir(dir).catch(() => [] as string[]);
      await Promise.all(names.filter((n) => !used.has(n)).map((n) => rm(path.join(dir, n), { force: true })));
    },
  };
}

/** A digest of the pipeline's code: a cached conversion is stale when the code that made it changed. */
async function codeDigest(cwd: string): Promise<string> {
  const hash = createHash('sha256');
  const dir = path.join(cwd, 'src/lib');
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  for (const file of files) hash.update(file).update(await readFile(path.join(dir, file)));
  return hash.digest('hex');
}

export interface ContentResult {
  glossary: Glossary;
  speeches: ConvertedSpeech[];
  coverage: CoverageReport;
  warnings: string[];
  written: number;
  removed: number;
  /** Speeches taken unchanged from the previous build. */
  reused: number;
  /** Speeches whose page is new or changed in this build. */
  changed: ConvertedSpeech[];
  /** Glossary entries that no speech uses (their pages list no uses), the most recently edited first. */
  unused: GlossaryEntry[];
}

export function termUses(speeches: readonly ConvertedSpeech[]): TermUses {
  const uses: TermUses = {};
  for (const speech of speeches) {
    for (const use of speech.uses) (uses[use.slug] ??= []).push({ speech: speech.meta.slug, ...use });
  }
  return uses;
}

export async function buildContent(cwd = process.cwd(), base = siteBase()): Promise<ContentResult> {
  const glossary = loadGlossary(path.join(cwd, PATHS.glossarySources), cwd);
  const settings = loadSettings(cwd);
  // A conversion depends on its source, the pipeline's code, the glossary, the settings and the base path.
  const salt = createHash('sha256')
    .update(await codeDigest(cwd))
    .update(JSON.stringify(settings))
    .update(JSON.stringify(glossary.entries.map((e) => [e.slug, surfaceForms(e), e.notIn, e.summary])))
    .update(base)
    .digest('hex');
  const cache = fileCache(path.join(cwd, PATHS.conversionCache));
  const { speeches, warnings, reused } = await convertFolder(path.join(cwd, PATHS.speechSources), {
    cwd,
    cache,
    cacheSalt: salt,
    linking: {
      links: settings.termLinks,
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
  await cache.prune();
  const { written, removed, changed } = await writeSpeeches(speeches, path.join(cwd, PATHS.generatedSpeeches));
  const uses = termUses(speeches);
  const usesChanged = await writeIfChanged(path.join(cwd, PATHS.generatedTermUses), `${JSON.stringify(uses, null, 1)}\n`);
  const edited = (entry: GlossaryEntry) => statSync(path.resolve(cwd, entry.file)).mtimeMs;
  const unused = glossary.entries.filter((e) => !uses[e.slug]).sort((a, b) => edited(b) - edited(a) || a.slug.localeCompare(b.slug));
  // The full report, for the editors' page.
  const coverageChanged = await writeIfChanged(path.join(cwd, PATHS.generatedCoverage), `${JSON.stringify(report, null, 1)}\n`);
  // The formulations the glossary does not explain, speech by speech, for comparisons and frequencies.
  const formulas = corpusFormulas(speeches.map((s) => ({ slug: s.meta.slug, blocks: s.blocks })), glossary);
  const formulasChanged = await writeIfChanged(path.join(cwd, PATHS.generatedFormulas), `${JSON.stringify(formulas)}\n`);
  const generated = [usesChanged, coverageChanged, formulasChanged].filter(Boolean).length;
  return { glossary, speeches, coverage: report, warnings, written: written + generated, removed, reused, changed, unused };
}
