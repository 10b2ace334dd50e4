/**
 * npm run glossary:todo [-- FOLDER…]: the terms the speeches use that the
 * glossary does not explain yet, those most speeches use first, each with two
 * uses in context: the list to hand out for writing. Extra folders (another
 * corpus) are read beside content/speeches/.
 */
import { candidateMark, coverageSummary } from '../src/lib/glossary/coverage.ts';
import { exitOnSourceErrors } from './lib/exit-on-source-errors.ts';
import { glossaryCoverage } from './lib/glossary-texts.ts';

try {
  const { report, texts } = await glossaryCoverage(process.argv.slice(2));
  console.log(`${coverageSummary(report)} in ${texts} speeches`);
  report.missing.forEach((c, i) => {
    console.log(`\n${i + 1}. ${candidateMark(c)}  ${c.files.length} 篇 ${c.count} 处`);
    for (const use of c.uses) console.log(`   ${use.file}: ……${use.before}【${c.phrase}】${use.after}……`);
  });
  if (report.missing.length) console.log('\nnpm run glossary:new -- TERM writes an entry to fill in; a phrase that is not an entry on purpose goes in content/glossary/ignore.yaml with a reason.');
} catch (error) {
  exitOnSourceErrors(error);
}
