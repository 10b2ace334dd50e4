/**
 * Reads many speeches' MDX files (front matter and HTML) on every core: a
 * few worker threads running mdx-html-worker.ts. Small batches are read in
 * this thread.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { readSpeechMdx } from './mdx-html.ts';

export type ReadMdx = ReturnType<typeof readSpeechMdx>;

const SMALL = 64;

export async function renderAll(jobs: ReadonlyArray<{ mdx: string; where: string }>): Promise<ReadMdx[]> {
  const threads = Math.min(os.availableParallelism(), 4);
  if (jobs.length < SMALL || threads < 2) return jobs.map((job) => readSpeechMdx(job.mdx, job.where));
  const script = path.resolve('src/lib/speech/mdx-html-worker.ts');
  const workers = Array.from({ length: threads }, () => new Worker(script));
  const results: ReadMdx[] = new Array(jobs.length);
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length) return resolve();
              const id = next++;
              worker.postMessage({ id, ...jobs[id]! });
            };
            worker.on('message', (reply: { id: number; result?: ReadMdx; error?: string }) => {
              if (reply.error !== undefined) return reject(new Error(reply.error));
              results[reply.id] = reply.result!;
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
