/**
 * The texts the editors' glossary tools read: the site's speeches, plus any
 * folders named on the command line (another corpus to check the glossary
 * against), each converted by the pipeline as the build converts it.
 */
import path from 'node:path';
import { coverage, type CoverageReport } from '../../src/lib/glossary/coverage.ts';
import { loadGlossary, type Glossary } from '../../src/lib/glossary/load.ts';
import { PATHS } from '../../src/lib/paths.ts';
import { convertFolder } from '../../src/lib/speech/convert.ts';

const NOTES = /^(?:SOURCES|README)\.md$/iu;

export async function speechTexts(extraDirs: readonly string[], cwd = process.cwd()): Promise<Array<{ file: string; text: string }>> {
  const texts: Array<{ file: string; text: string }> = [];
  for (const dir of [path.join(cwd, PATHS.speechSources), ...extraDirs.map((d) => path.resolve(cwd, d))]) {
    const { speeches } = await convertFolder(dir, { cwd });
    // A corpus folder's own notes (SOURCES.md, README.md) are not speeches.
    for (const s of speeches.filter((s) => !NOTES.test(s.meta.source))) texts.push({ file: path.relative(cwd, path.join(dir, s.meta.source)), text: s.text });
  }
  return texts;
}

export async function glossaryCoverage(extraDirs: readonly string[], cwd = process.cwd()): Promise<{ glossary: Glossary; report: CoverageReport; texts: number }> {
  const glossary = loadGlossary(path.join(cwd, PATHS.glossarySources), cwd);
  const texts = await speechTexts(extraDirs, cwd);
  return { glossary, report: coverage(texts, glossary), texts: texts.length };
}
