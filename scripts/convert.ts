/**
 * Build step 1: content/ → .generated/ (speeches as MDX with their terms
 * linked, and where each glossary term is used). Exits non-zero, naming every
 * bad file, when any source cannot be read.
 */
import { siteBase } from '../src/lib/base.ts';
import { buildContent } from '../src/lib/content.ts';
import { PATHS } from '../src/lib/paths.ts';
import { formatCoverage } from '../src/lib/glossary/coverage.ts';
import { exitOnSourceErrors } from './lib/exit-on-source-errors.ts';

try {
  const result = await buildContent();
  for (const warning of result.warnings) console.warn(`⚠ ${warning}`);
  // The first unexplained candidates; all of them, with their uses: npm run glossary:todo, or the editors' page.
  console.log(formatCoverage(result.coverage, 30));
  // Entries whose pages list no uses: the most recently edited first, so an entry just added shows.
  if (result.unused.length > 0) {
    const named = result.unused.slice(0, 5).map((e) => e.file);
    const more = result.unused.length - named.length;
    console.warn(`⚠ ${result.unused.length} of ${result.glossary.entries.length} glossary entries are used in no speech (their pages list no uses): ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
  }
  // Where to read what this build changed (under the base path the site is built for).
  const base = siteBase();
  const shown = result.changed.slice(0, 10);
  for (const speech of shown) console.log(`new or changed: ${base}speeches/${speech.meta.slug}/  (${PATHS.speechSources}/${speech.meta.source})`);
  if (result.changed.length > shown.length) console.log(`new or changed: ${result.changed.length - shown.length} more speeches`);
  console.log(
    `converted ${result.speeches.length} speeches (${result.reused} unchanged, taken from the previous build) with ${result.glossary.entries.length} glossary entries → .generated/ (${result.written} files written, ${result.removed} removed)`,
  );
} catch (error) {
  exitOnSourceErrors(error);
}
