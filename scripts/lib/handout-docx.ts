/** One handout page of a built site written as Word beside it (the work of scripts/export-docx.ts, in any thread). */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { handoutFromHast } from '../../src/lib/docx/from-hast.ts';
import { handoutDocxName } from '../../src/lib/docx/names.ts';
import { writeDocx } from '../../src/lib/docx/write.ts';

export async function exportHandout(handouts: string, slug: string): Promise<void> {
  const page = path.join(handouts, slug, 'index.html');
  const tree = fromHtml(readFileSync(page, 'utf8'));
  const handout = select('[data-handout]', tree);
  if (!handout) throw new Error(`${path.relative(process.cwd(), page)}: no [data-handout] element to export`);
  const h1 = select('h1', handout);
  const doc = handoutFromHast(handout, h1 ? toString(h1).replace(/\s+/gu, ' ').trim() : slug);
  writeFileSync(path.join(handouts, slug, handoutDocxName(slug)), await writeDocx(doc));
}

// As a worker: export each page it is sent, and say when it is done or what failed.
parentPort?.on('message', async ({ handouts, slug }: { handouts: string; slug: string }) => {
  try {
    await exportHandout(handouts, slug);
    parentPort!.postMessage({ slug });
  } catch (error) {
    parentPort!.postMessage({ slug, error: error instanceof Error ? error.message : String(error) });
  }
});
