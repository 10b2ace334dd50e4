/**
 * Build step 3: the Pagefind index of the built site (dist/pagefind/), made of
 * one record per section of every glossary entry and speech (see
 * src/lib/search/records.ts), tokenized one character per word (see
 * src/lib/search/tokens.ts). Pages are read from the site's own JSON export,
 * so the index holds exactly what the site lists.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { siteBase } from '../src/lib/base.ts';
import { pageRecords, recordHtml } from '../src/lib/search/records.ts';

const DIST = path.resolve(process.argv[2] ?? 'dist');
const base = siteBase();

function pagesOf(api: string, key: string): string[] {
  const data = JSON.parse(readFileSync(path.join(DIST, 'api', api), 'utf8')) as Record<string, Array<{ url: string }>>;
  return data[key]!.map((item) => item.url);
}

const urls = [...pagesOf('terms.json', 'terms'), ...pagesOf('speeches.json', 'speeches')];
const started = performance.now();
// Pagefind cuts its word index into chunks of 20,000 word locations by
// default, about 24 kB each; a query downloads the chunk of every character it
// holds, so 八项规定 cost four such chunks. Chunks of 2,000 locations (a
// setting Pagefind 1.6 reads from this variable, its binary being spawned by
// createIndex) cost a tenth, at a few hundred bytes more of chunk list to
// start search. A character used more than that still has a chunk of its own.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '2000';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
let records = 0;
// All records go to Pagefind at once: it indexes them while the next are read
// (at 1000 speeches, 37 s against 47 s one page at a time, for the same memory).
const pending: Array<Promise<void>> = [];
for (const [order, url] of urls.entries()) {
  const file = path.join(DIST, url.slice(base.length), 'index.html');
  // Pagefind puts its own base (where pagefind.js is served from) before a record's URL.
  for (const record of pageRecords(readFileSync(file, 'utf8'), `/${url.slice(base.length)}`, order)) {
    records++;
    pending.push(
      index.addHTMLFile({ url: record.url, content: recordHtml(record) }).then((added) => {
        if (added.errors.length) throw new Error(`pagefind: ${url}: ${added.errors.join('; ')}`);
      }),
    );
  }
}
await Promise.all(pending);
rmSync(path.join(DIST, 'pagefind'), { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: path.join(DIST, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
// The site has its own search page: Pagefind's ready-made UIs would only be dead weight in dist/.
for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
  rmSync(path.join(DIST, 'pagefind', file), { force: true });
}
console.log(`search index: ${urls.length} pages, ${records} records → ${path.relative(process.cwd(), written.outputPath)} (${Math.round(performance.now() - started)} ms)`);
