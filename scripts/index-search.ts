/**
 * Build step 3: the Pagefind index of the built site (dist/pagefind/), one
 * record per glossary entry and speech tokenized one character per word (see
 * src/lib/search/records.ts and tokens.ts), and the files a result is shown
 * from (dist/search/docs/, named by Pagefind's id for the page). Pages are
 * read from the site's own JSON export, so the index holds exactly what the
 * site lists.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { siteBase } from '../src/lib/base.ts';
import { recordHtml, resultFiles, searchPage, type SearchPage } from '../src/lib/search/records.ts';

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
// All records go to Pagefind at once: it indexes them while the next are read
// (at 1000 speeches, 37 s against 47 s one page at a time, for the same memory).
/** Each record's page, by the address Pagefind has for it, with its address on the site. */
const pages = new Map<string, { page: SearchPage; url: string }>();
const pending: Array<Promise<void>> = [];
for (const [order, url] of urls.entries()) {
  const file = path.join(DIST, url.slice(base.length), 'index.html');
  // Pagefind puts its own base (where pagefind.js is served from) before a record's URL.
  const page = searchPage(readFileSync(file, 'utf8'), `/${url.slice(base.length)}`, order);
  if (!page) continue;
  pages.set(page.url, { page, url });
  pending.push(
    index.addHTMLFile({ url: page.url, content: recordHtml(page) }).then((added) => {
      if (added.errors.length) throw new Error(`pagefind: ${url}: ${added.errors.join('; ')}`);
    }),
  );
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

/** A Pagefind file: gzip around "pagefind_dcd" and the data. */
function pagefindFile(file: string): Buffer {
  const raw = gunzipSync(readFileSync(file));
  if (raw.subarray(0, 12).toString() !== 'pagefind_dcd') throw new Error(`${file}: not a Pagefind file`);
  return raw.subarray(12);
}

// Each page's result files, named by the id Pagefind gives its result (the name of its fragment).
const docs = path.join(DIST, 'search/docs');
rmSync(docs, { recursive: true, force: true });
mkdirSync(docs, { recursive: true });
const fragments = path.join(DIST, 'pagefind/fragment');
const write = (name: string, data: unknown) => writeFileSync(path.join(docs, `${name}.json.gz`), gzipSync(JSON.stringify(data), { level: 9 }));
let named = 0;
for (const name of readdirSync(fragments).sort()) {
  const id = name.replace(/\.pf_fragment$/u, '');
  const { url } = JSON.parse(pagefindFile(path.join(fragments, name)).toString('utf8')) as { url: string };
  const indexed = pages.get(url);
  if (!indexed) throw new Error(`pagefind: fragment ${name} is for ${url}, which is not a page of the site`);
  const files = resultFiles(indexed.page, indexed.url);
  write(id, files.page);
  files.parts.forEach((part, k) => write(`${id}-${k}`, part));
  named++;
}
if (named !== pages.size) throw new Error(`pagefind: ${pages.size} pages indexed but ${named} fragments written`);
console.log(`search index: ${pages.size} pages → ${path.relative(process.cwd(), written.outputPath)} (${Math.round(performance.now() - started)} ms)`);
