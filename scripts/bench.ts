/**
 * npm run bench — builds the site for N = 5 (the seeds), 100 and 1000
 * synthetic speeches (and 10,000 with --10000) in a scratch copy of the
 * project, and prints per stage (convert and link, Astro, Pagefind) and in
 * total: wall time, peak memory, pages per second, output size, search index
 * size, the bytes search start transfers, and the bytes a first search
 * transfers for the corpus's five most frequent glossary terms and a few
 * named long ones, and what opening a comparison page transfers. Then the
 * term-linking bench.
 * Options: --sizes 5,100  --10000
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildEnv } from './lib/build-env.ts';
import { seedMaterial, syntheticSpeech } from './lib/corpus.ts';
import { diskUsage } from './lib/disk.ts';
import { measure, type Measured } from './lib/measure.ts';
import { copyProject, ROOT } from './lib/project.ts';
import { firstSearchBytes, frequentTerms, NAMED_TERMS, searchCost } from './lib/search-cost.ts';
import { benchLinking } from './lib/bench-linking.ts';
import { compareCost, type CompareCost } from './lib/compare-cost.ts';
import { isBundleFolder } from '../src/lib/search/bundles.ts';

const argv = process.argv.slice(2);
const sizesArg = argv[argv.indexOf('--sizes') + 1];
const sizes = argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [5, 100, 1000];
if (argv.includes('--10000')) sizes.push(10_000);

const material = seedMaterial(path.join(ROOT, 'content/speeches'));
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kB = (bytes: number) => `${(bytes / 1e3).toFixed(1)} kB`;

interface Row {
  n: number;
  stages: Record<'convert' | 'astro' | 'docx' | 'pagefind' | 'rebuild convert', Measured>;
  pages: number;
  output: number;
  index: number;
  firstSearch: number;
  startSearch: number;
  /** The first search for each of the corpus's five most frequent terms and the named ones: query, uses in the speeches, bytes. */
  terms: Array<{ query: string; uses?: number; bytes: number }>;
  compare: CompareCost;
}

const rows: Row[] = [];
for (const n of sizes) {
  const copy = copyProject();
  try {
    if (n !== 5) {
      const dir = path.join(copy.dir, 'content/speeches');
      rmSync(dir, { recursive: true });
      mkdirSync(dir);
      for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `speech-${String(i + 1).padStart(5, '0')}.txt`), syntheticSpeech(material, i));
    }
    const env = buildEnv({ ASTRO_TELEMETRY_DISABLED: '1' });
    const run = async (label: string, args: string[]) => {
      const result = await measure('npx', args, { cwd: copy.dir, env });
      if (result.status !== 0) throw new Error(`${label} failed for N=${n}:\n${result.output.slice(-3000)}`);
      console.error(`  N=${n} ${label}: ${result.seconds.toFixed(1)} s, ${result.peakMB.toFixed(0)} MB`);
      return result;
    };
    const convert = await run('convert', ['node', 'scripts/convert.ts']);
    const astro = await run('astro', ['npm', 'run', '--silent', 'astro-build']);
    const docx = await run('word', ['npm', 'run', '--silent', 'docx']);
    const pagefind = await run('pagefind', ['npm', 'run', '--silent', 'index']);
    const rebuild = await run('rebuild convert', ['node', 'scripts/convert.ts']);
    const dist = path.join(copy.dir, 'dist');
    const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    const cost = await searchCost(dist);
    const frequent = frequentTerms(dist, path.join(copy.dir, 'content/speeches'));
    const queries = [...new Set([...frequent.map((t) => t.term), ...NAMED_TERMS])];
    const bytes = await firstSearchBytes(dist, queries);
    const uses = new Map(frequent.map((t) => [t.term, t.uses]));
    rows.push({
      n,
      stages: { convert, astro, docx, pagefind, 'rebuild convert': rebuild },
      pages,
      output: diskUsage(dist).bytes,
      // Every bundle of the index (pagefind/, pagefind-1/ …) and the result files.
      index: readdirSync(dist)
        .filter(isBundleFolder)
        .reduce((sum, name) => sum + diskUsage(path.join(dist, name)).bytes, diskUsage(path.join(dist, 'search/docs')).bytes),
      firstSearch: cost.firstQueryBytes,
      startSearch: cost.startBytes,
      terms: queries.map((query) => ({ query, ...(uses.has(query) ? { uses: uses.get(query)! } : {}), bytes: bytes.get(query)! })),
      compare: await compareCost(dist),
    });
  } finally {
    copy.remove();
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`\nbuild benchmark on ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`);
console.log('| speeches | stage | wall time | peak memory | pages/s |');
console.log('| ---: | --- | ---: | ---: | ---: |');
for (const row of rows) {
  const total = row.stages.convert.seconds + row.stages.astro.seconds + row.stages.docx.seconds + row.stages.pagefind.seconds;
  const peak = Math.max(row.stages.convert.peakMB, row.stages.astro.peakMB, row.stages.docx.peakMB, row.stages.pagefind.peakMB);
  const LABEL = { convert: 'convert and link', astro: 'Astro', docx: 'Word files', pagefind: 'Pagefind' } as const;
  for (const stage of ['convert', 'astro', 'docx', 'pagefind'] as const) {
    const m = row.stages[stage];
    console.log(`| ${row.n} | ${LABEL[stage]} | ${m.seconds.toFixed(1)} s | ${m.peakMB.toFixed(0)} MB | ${(row.pages / m.seconds).toFixed(0)} |`);
  }
  console.log(`| ${row.n} | **total** | **${total.toFixed(1)} s** | **${peak.toFixed(0)} MB** | ${(row.pages / total).toFixed(0)} |`);
  console.log(`| ${row.n} | rebuild, nothing changed: convert | ${row.stages['rebuild convert'].seconds.toFixed(1)} s | ${row.stages['rebuild convert'].peakMB.toFixed(0)} MB | |`);
}
console.log('\n| speeches | pages | output | search index (with result files) | search start | first search (八项规定) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.n} | ${row.pages} | ${MB(row.output)} | ${MB(row.index)} | ${kB(row.startSearch)} | ${kB(row.firstSearch)} |`);

console.log('\nFirst search, nothing cached, after search has started: the five glossary terms used most in the speeches, and the named ones (goal < 300 kB each).');
console.log('| speeches | query | uses | first search |');
console.log('| ---: | --- | ---: | ---: |');
for (const row of rows) for (const t of row.terms) console.log(`| ${row.n} | ${t.query} | ${t.uses ?? ''} | ${kB(t.bytes)} |`);

console.log('\nOpening a comparison (文稿对比) of the two largest profiles, nothing cached (goal < 150 kB).');
console.log('| speeches | files | as served | with gzip | page | two profiles |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { n, compare: c } of rows) console.log(`| ${n} | ${c.files} | ${kB(c.bytes)} | ${kB(c.gzipBytes)} | ${kB(c.htmlBytes)} | ${kB(c.profileBytes)} |`);

console.log('');
console.log(benchLinking());
