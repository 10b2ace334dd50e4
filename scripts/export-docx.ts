/**
 * Build step 3 (after Astro, before the search index): a Word file beside
 * every printable handout, read from the built page itself so that it holds
 * what the page prints, in the same order: dist/handouts/<slug>/<slug>.docx
 * for each speech and dist/handouts/glossary/glossary.docx for the booklet.
 * The pages link to them as 下载 Word 版 (src/components/HandoutControls.astro).
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { handoutFromHast } from '../src/lib/docx/from-hast.ts';
import { writeDocx } from '../src/lib/docx/write.ts';
import { handoutDocxName } from '../src/lib/docx/names.ts';

const DIST = path.resolve(process.argv[2] ?? 'dist');
const handouts = path.join(DIST, 'handouts');
const started = performance.now();
let written = 0;
for (const slug of readdirSync(handouts, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const page = path.join(handouts, slug, 'index.html');
  if (!existsSync(page)) continue;
  const tree = fromHtml(readFileSync(page, 'utf8'));
  const handout = select('[data-handout]', tree);
  if (!handout) throw new Error(`${path.relative(process.cwd(), page)}: no [data-handout] element to export`);
  const h1 = select('[data-handout] h1', tree);
  const doc = handoutFromHast(handout, h1 ? toString(h1).replace(/\s+/gu, ' ').trim() : slug);
  writeFileSync(path.join(handouts, slug, handoutDocxName(slug)), await writeDocx(doc));
  written++;
}
console.log(`word files: ${written} handouts → dist/handouts/*/*.docx (${Math.round(performance.now() - started)} ms)`);

