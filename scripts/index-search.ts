/**
 * Build step 3: the Pagefind index of the built site (dist/pagefind/, and at
 * scale more bundles beside it: src/lib/search/bundles.ts), one
 * record per glossary entry and speech tokenized one character per word (see
 * src/lib/search/records.ts and tokens.ts), and the files a result is shown
 * from (dist/search/docs/, named by Pagefind's id for the page). Pages are
 * read from the site's own JSON export, so the index holds exactly what the
 * site lists.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { siteBase } from '../src/lib/base.ts';
import { PATHS } from '../src/lib/paths.ts';
import { dateKey } from '../src/lib/site/speech-order.ts';
import { type Bundle, BUNDLE_LIST, bundlePages, isBundleFolder, planBundles } from '../src/lib/search/bundles.ts';
import { recordHtml, resultFiles, searchPage } from '../src/lib/search/records.ts';

// node scripts/index-search.ts [DIST] [--bundle K]: with --bundle, only bundle K of the plan is
// indexed (and its result files written), so that a large library's bundles can be built by
// separate jobs, each on its own copy of the built site, and their folders copied together.
const { values: options, positionals } = parseArgs({ allowPositionals: true, options: { bundle: { type: 'string' } } });
const DIST = path.resolve(positionals[0] ?? 'dist');
const base = siteBase();

type Listed = { url: string; source?: string; date?: string; year?: number };
function pagesOf(api: string, key: string): Listed[] {
  const data = JSON.parse(readFileSync(path.join(DIST, 'api', api), 'utf8')) as Record<string, Listed[]>;
  return data[key]!;
}

const terms = pagesOf('terms.json', 'terms');
const speeches = pagesOf('speeches.json', 'speeches');
const pages = [...terms, ...speeches];
/** Each page's place in the site's order (entries first): ties in a ranking keep it. */
const orderOf = new Map(pages.map((p, order) => [p.url, order]));
/** A speech's page named by its source file, as the editor knows it: an error is reported against it. */
const sourceOf = new Map(pages.flatMap((p) => (p.source ? [[p.url, `${PATHS.speechSources}/${p.source}`] as const] : [])));
const where = (url: string) => (sourceOf.has(url) ? `${sourceOf.get(url)} (page ${url})` : url);
const started = performance.now();
const bundles = planBundles(
  [...terms.map((p) => ({ url: p.url, entry: true })), ...speeches.map((p) => ({ url: p.url, entry: false, date: dateKey(p) || undefined }))],
  bundlePages(process.env),
);
// Pagefind cuts its word index into chunks of 20,000 word locations by
// default, about 24 kB each; a query downloads the chunk of every character it
// holds, so 八项规定 cost four such chunks. Chunks of 2,000 locations (a
// setting Pagefind 1.6 reads from this variable, its binary being spawned by
// createIndex) cost a tenth, at a few hundred bytes more of chunk list to
// start search. A character used more than that still has a chunk of its own.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '2000';
// Each page's result files are written as soon as the page is read, under a
// provisional name (its number), and renamed once Pagefind has named its
// record: held in memory instead, they kept 240 MB of zlib buffers alive.
const docs = path.join(DIST, 'search/docs');
const only = options.bundle === undefined ? undefined : Number(options.bundle);
if (only !== undefined && !(Number.isInteger(only) && only >= 0 && only < bundles.length)) {
  throw new Error(`--bundle ${options.bundle}: the library makes ${bundles.length} bundle(s), numbered 0 to ${bundles.length - 1}`);
}
// A whole build starts afresh; a build of one bundle leaves the other bundles' folders and result files alone.
if (only === undefined) {
  rmSync(docs, { recursive: true, force: true });
  for (const old of readdirSync(DIST).filter(isBundleFolder)) rmSync(path.join(DIST, old), { recursive: true, force: true });
} else rmSync(path.join(DIST, bundles[only]!.path), { recursive: true, force: true });
mkdirSync(docs, { recursive: true });
const write = (name: string, data: unknown) => writeFileSync(path.join(docs, `${name}.json.gz`), gzipSync(JSON.stringify(data), { level: 9 }));
/** Pagefind's files that the site does not use: its ready-made UIs; in a bundle after the first, also its script and WebAssembly, which the first serves. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/**
 * One bundle: its pages indexed by a Pagefind process of its own, which is
 * closed before the next bundle starts, so that memory holds one bundle at a
 * time. Returns each page's provisional result file name and number of parts,
 * by the address Pagefind has for the page.
 */
async function indexBundle(bundle: Bundle, first: boolean): Promise<Map<string, { name: string; parts: number }>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const results = new Map<string, { name: string; parts: number }>();
  // A few records in flight keep Pagefind busy; all at once made this process
  // hold every record's message.
  const inFlight = new Set<Promise<void>>();
  for (const url of bundle.urls) {
    const order = orderOf.get(url)!;
    const file = path.join(DIST, url.slice(base.length), 'index.html');
    // Pagefind puts its own base (where pagefind.js is served from) before a record's URL.
    let page;
    try {
      page = searchPage(readFileSync(file, 'utf8'), `/${url.slice(base.length)}`, order);
    } catch (error) {
      throw new Error(`${where(url)}: search index: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (!page) continue;
    const files = resultFiles(page, url);
    const name = `page-${order}`;
    write(name, files.page);
    files.parts.forEach((part, k) => write(`${name}-${k}`, part));
    results.set(page.url, { name, parts: files.parts.length });
    const added = index.addHTMLFile({ url: page.url, content: recordHtml(page) }).then((response) => {
      if (response.errors.length) throw new Error(`${where(url)}: search index: ${response.errors.join('; ')}`);
      inFlight.delete(added);
    });
    inFlight.add(added);
    if (inFlight.size >= 8) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const written = await index.writeFiles({ outputPath: path.join(DIST, bundle.path) });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  const unused = first ? UNUSED : [...UNUSED, ...readdirSync(written.outputPath).filter((name) => /^(pagefind(-worker)?\.js|wasm\..*\.pagefind)$/u.test(name))];
  for (const name of unused) rmSync(path.join(written.outputPath, name), { force: true });
  return results;
}

/** A Pagefind file: gzip around "pagefind_dcd" and the data. */
function pagefindFile(file: string): Buffer {
  const raw = gunzipSync(readFileSync(file));
  if (raw.subarray(0, 12).toString() !== 'pagefind_dcd') throw new Error(`${file}: not a Pagefind file`);
  return raw.subarray(12);
}

// Each page's result files take the id Pagefind gives its result (the name of its fragment):
// a hash of the page's record, so the bundles' files share one folder.
const rename = (from: string, to: string) => renameSync(path.join(docs, `${from}.json.gz`), path.join(docs, `${to}.json.gz`));
function nameResultFiles(bundle: Bundle, results: Map<string, { name: string; parts: number }>): void {
  const fragments = path.join(DIST, bundle.path, 'fragment');
  let named = 0;
  for (const name of readdirSync(fragments).sort()) {
    const id = name.replace(/\.pf_fragment$/u, '');
    const { url } = JSON.parse(pagefindFile(path.join(fragments, name)).toString('utf8')) as { url: string };
    const files = results.get(url);
    if (!files) throw new Error(`pagefind: fragment ${name} is for ${url}, which is not a page of ${bundle.path}`);
    rename(files.name, id);
    for (let k = 0; k < files.parts; k++) rename(`${files.name}-${k}`, `${id}-${k}`);
    named++;
  }
  if (named !== results.size) throw new Error(`pagefind: ${results.size} pages indexed in ${bundle.path} but ${named} fragments written`);
}

let indexed = 0;
for (const [k, bundle] of bundles.entries()) {
  if (only !== undefined && k !== only) continue;
  const results = await indexBundle(bundle, k === 0);
  nameResultFiles(bundle, results);
  indexed += results.size;
}
// The search page merges the bundles after the first, in this order (bundles.ts).
writeFileSync(path.join(DIST, BUNDLE_LIST), `${JSON.stringify(bundles.slice(1).map((b) => b.path))}\n`);
const into =
  only !== undefined ? `bundle ${only} of ${bundles.length} (dist/${bundles[only]!.path})` : bundles.length === 1 ? 'dist/pagefind' : `${bundles.length} bundles (dist/pagefind, dist/pagefind-1 …)`;
console.log(`search index: ${indexed} pages → ${into} (${Math.round(performance.now() - started)} ms)`);
