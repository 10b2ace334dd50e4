/** A worker thread of the speech loader: reads MDX files (mdx-html.ts) for the files it is sent. */
import { parentPort } from 'node:worker_threads';
import { readSpeechMdx } from './mdx-html.ts';

parentPort!.on('message', (job: { id: number; mdx: string; where: string }) => {
  try {
    parentPort!.postMessage({ id: job.id, result: readSpeechMdx(job.mdx, job.where) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
