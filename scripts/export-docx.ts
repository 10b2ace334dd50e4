/**
 * Build step 3 (after Astro, before the search index): a Word file beside
 * every printable handout, read from the built page itself so that it holds
 * what the page prints, in the same order: dist/handouts/<slug>/<slug>.docx
 * for each speech and dist/handouts/glossary/glossary.docx for the booklet.
 * The pages link to them as 下载 Word 版 (src/components/HandoutControls.astro).
 * A large library is written on every core (up to four worker threads).
 */
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { exportHandout } from './lib/handout-docx.ts';

const DIST = path.resolve(process.argv[2] ?? 'dist');
const handouts = path.join(DIST, 'handouts');
const slugs = readdirSync(handouts, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(handouts, d.name, 'index.html')))
  .map((d) => d.name);
const started = performance.now();
const threads = Math.min(os.availableParallelism(), 4);

if (slugs.length < 64 || threads < 2) for (const slug of slugs) await exportHandout(handouts, slug);
else {
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(path.resolve('scripts/lib/handout-docx.ts')));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => (next < slugs.length ? worker.postMessage({ handouts, slug: slugs[next++] }) : resolve());
            worker.on('message', (reply: { slug: string; error?: string }) => (reply.error === undefined ? send() : reject(new Error(reply.error))));
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
console.log(`word files: ${slugs.length} handouts → dist/handouts/*/*.docx (${Math.round(performance.now() - started)} ms, ${slugs.length < 64 ? 1 : threads} thread(s))`);
