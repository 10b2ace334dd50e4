/**
 * Build step 1: content/ → .generated/ (speeches as MDX with their terms
 * linked, and where each glossary term is used). Exits non-zero, naming every
 * bad file, when any source cannot be read.
 */
import { buildContent } from '../src/lib/content.ts';
import { formatCoverage } from '../src/lib/glossary/coverage.ts';
import { exitOnSourceErrors } from './lib/exit-on-source-errors.ts';

try {
  const result = await buildContent();
  for (const warning of result.warnings) console.warn(`⚠ ${warning}`);
  // The first unexplained candidates; all of them, with their uses: npm run glossary:todo, or the editors' page.
  console.log(formatCoverage(result.coverage, 30));
  console.log(
    `converted ${result.speeches.length} speeches (${result.reused} unchanged, taken from the previous build) with ${result.glossary.entries.length} glossary entries → .generated/ (${result.written} files written, ${result.removed} removed)`,
  );
} catch (error) {
  exitOnSourceErrors(error);
}
