/**
 * Build step 1: content/speeches/*.txt → .generated/speeches/*.mdx.
 * Exits non-zero, naming every bad file, when any speech cannot be converted.
 */
import { ConversionFailed, convertFolder, writeSpeeches } from '../src/lib/speech/convert.ts';
import { PATHS } from '../src/lib/paths.ts';

try {
  const { speeches, warnings } = await convertFolder(PATHS.speechSources);
  for (const warning of warnings) console.warn(`⚠ ${warning}`);
  const { written, removed } = await writeSpeeches(speeches, PATHS.generatedSpeeches);
  console.log(`converted ${speeches.length} speeches → ${PATHS.generatedSpeeches} (${written} written, ${removed} removed, ${speeches.length - written} unchanged)`);
} catch (error) {
  if (error instanceof ConversionFailed) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
