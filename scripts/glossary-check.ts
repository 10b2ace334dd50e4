/**
 * npm run glossary:check -- [DRAFT_FOLDER …]
 *
 * Checks glossary entries before they land: content/glossary/ together with the draft folders given (each a
 * folder of SLUG.md files). Reports schema errors and alias clashes with their file and line, quotes that a
 * stored official text does not hold word for word, and, as notes, `related` slugs that no entry has yet and
 * the quotes that no stored text can check (a reviewer reads those against the source by hand).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collect, SourceError, SourceErrors, sourceErrorsOf } from '../src/lib/errors.ts';
import { buildGlossary, IGNORE_FILE, loadGlossary, parseEntry, type GlossaryEntry } from '../src/lib/glossary/load.ts';
import { misquotes, storedTexts } from './lib/official-texts.ts';

const folders = process.argv.slice(2);
const errors: SourceError[] = [];
const base = collect(errors, () => loadGlossary('content/glossary'));
const drafts: GlossaryEntry[] = [];
for (const folder of folders) {
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.md') && !/^[A-Z]/u.test(n)).sort()) {
    const file = path.join(folder, name);
    const entry = collect(errors, () => parseEntry(readFileSync(file, 'utf8'), file));
    if (entry) drafts.push(entry);
  }
}
const clash = drafts.find((d) => base?.bySlug.has(d.slug));
if (clash) errors.push(new SourceError(clash.file, `slug ${clash.slug} is already content/glossary/${clash.slug}.md`));

const entries = [...(base?.entries ?? []), ...drafts];
const notes: string[] = [];
try {
  buildGlossary(entries, base?.ignore ?? [], `content/glossary/${IGNORE_FILE}`);
} catch (error) {
  for (const e of sourceErrorsOf(error) ?? [])
    if (e.reason.includes('相关条目不存在')) notes.push(e.message);
    else errors.push(e);
}
const wrong = misquotes(entries);
const stored = storedTexts();
const unchecked = drafts.flatMap((d) =>
  d.basis.flatMap((b) => (stored.some((s) => s.title === b.title && s.date === b.date) ? [] : b.quotes.map((q) => `${d.file}: ${b.title} (${b.date}): “${q}”`))),
);

if (notes.length) console.log(`Related slugs with no entry yet (fine if they are planned):\n${notes.map((n) => `  · ${n}`).join('\n')}`);
if (unchecked.length) console.log(`Quotes no stored text can check (verify each by hand):\n${unchecked.map((n) => `  · ${n}`).join('\n')}`);
if (errors.length || wrong.length) {
  if (errors.length) console.error(new SourceErrors('glossary file(s)', errors).message);
  if (wrong.length) console.error(`Quotes not found word for word in their stored text:\n${wrong.map((w) => `  ✗ ${w}`).join('\n')}`);
  process.exit(1);
}
console.log(`✓ ${entries.length} entries (${drafts.length} drafts) pass the schema, have no clashes, and quote their stored texts word for word.`);
