/**
 * npm run glossary:new -- 一带一路 [SLUG]: writes content/glossary/SLUG.md for
 * a new term, with its uses in the speeches as comments to write from. The
 * build refuses the file until its summary, basis and definition are written.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findCandidates } from '../src/lib/glossary/coverage.ts';
import { bareForm, loadGlossary, type Glossary } from '../src/lib/glossary/load.ts';
import { slugOf } from '../src/lib/glossary/pinyin.ts';
import { scaffoldEntry } from '../src/lib/glossary/scaffold.ts';
import { ENTRY_SLUG } from '../src/lib/glossary/schema.ts';
import { PATHS } from '../src/lib/paths.ts';
import { exitOnSourceErrors } from './lib/exit-on-source-errors.ts';
import { speechTexts } from './lib/glossary-texts.ts';

const [term, slugArg] = process.argv.slice(2);
if (!term) {
  console.error('usage: npm run glossary:new -- TERM [SLUG]   (e.g. npm run glossary:new -- 一带一路)');
  process.exit(2);
}
const bare = bareForm(term.trim());
const slug = slugArg ?? slugOf(bare);
if (!ENTRY_SLUG.test(slug)) {
  console.error(`“${bare}” gives no usable file name; name one: npm run glossary:new -- ${bare} some-slug`);
  process.exit(2);
}
const file = path.join(PATHS.glossarySources, `${slug}.md`);
// An entry that does not pass the schema (another new one, half written) is named with its line.
let glossary: Glossary;
try {
  glossary = loadGlossary(PATHS.glossarySources);
} catch (error) {
  exitOnSourceErrors(error);
}
const owner = glossary.forms.get(bare);
if (owner) {
  console.error(`“${bare}” is already a term or alias of ${glossary.bySlug.get(owner)!.file}`);
  process.exit(1);
}
if (existsSync(file)) {
  console.error(`${file} exists already: choose another slug (npm run glossary:new -- ${bare} ${slug}-2)`);
  process.exit(1);
}
const [found] = findCandidates(await speechTexts([]).catch(exitOnSourceErrors), { watch: [bare] }).filter((c) => c.phrase === bare);
writeFileSync(file, scaffoldEntry({ term: bare, uses: found?.uses ?? [], files: found?.files.length ?? 0, count: found?.count ?? 0 }));
console.log(`wrote ${file}: fill in summary, basis and the definition, then npm run build`);
