/**
 * npm run bench:search — what search costs a reader, measured in Chromium
 * against the built site (dist/, built first if missing): bytes to start
 * search, bytes for a first query, query latency after start, index size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { diskUsage } from './lib/disk.ts';
import { FIRST_QUERY, QUERIES, searchCost } from './lib/search-cost.ts';

const DIST = path.resolve(process.argv[2] ?? 'dist');
if (!existsSync(path.join(DIST, 'pagefind'))) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const cost = await searchCost(DIST);
const index = diskUsage(path.join(DIST, 'pagefind'));
const docs = diskUsage(path.join(DIST, 'search', 'docs'));
const fragments = readdirSync(path.join(DIST, 'pagefind', 'fragment')).length;
const rows: Array<[string, string, string]> = [
  ['search page (HTML, CSS, JS)', kB(cost.pageBytes), ''],
  ['bytes to start search', kB(cost.startBytes), 'goal ≤ 150 kB'],
  [`first query (${FIRST_QUERY}, results shown)`, `${kB(cost.firstQueryBytes)} in ${cost.firstQueryFiles} files`, 'goal ≤ 72 kB'],
  ['query latency, median', `${cost.medianMs.toFixed(1)} ms`, 'goal ≤ 30 ms'],
  ['query latency, p95', `${cost.p95Ms.toFixed(1)} ms`, ''],
  ['query latency, first run, median', `${cost.firstRunMedianMs.toFixed(1)} ms`, ''],
  ['results for 风四 (in no page)', String(cost.absentResults), 'goal 0'],
  ['index on disk', `${kB(index.bytes)} in ${index.files} files (${fragments} records)`, ''],
  ['result files on disk', `${kB(docs.bytes)} in ${docs.files} files`, ''],
];
console.log(`search benchmark: ${DIST}, ${cost.timed} timed queries (${QUERIES.length} queries × 4 rounds after a first run that fetches their files), uncompressed bytes`);
for (const [what, value, goal] of rows) console.log(`${what.padEnd(40)} ${value.padEnd(30)} ${goal}`);
