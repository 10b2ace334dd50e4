/**
 * The HTML of each speech, kept in files named by its MDX's digest rather
 * than in Astro's content store: the store is bundled into the build as one
 * module, and with every speech's HTML in it (85 MB at 1000 speeches) Vite
 * alone needed 800 MB to bundle it. The loader writes these files; the page
 * reads the one its entry names.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PATHS } from '../paths.ts';

const dir = () => path.resolve(PATHS.renderedSpeeches);
const fileOf = (digest: string) => path.join(dir(), `${digest}.html`);

export function hasRendered(digest: string): boolean {
  return existsSync(fileOf(digest));
}

export function writeRendered(digest: string, html: string): void {
  mkdirSync(dir(), { recursive: true });
  writeFileSync(fileOf(digest), html);
}

export function readRendered(digest: string | undefined): string {
  if (!digest) throw new Error('a speech entry without a digest has no rendered HTML');
  return readFileSync(fileOf(digest), 'utf8');
}

/** Removes the files of speeches that are no longer in the store. */
export function pruneRendered(keep: Iterable<string>): void {
  const wanted = new Set([...keep].map((digest) => `${digest}.html`));
  if (!existsSync(dir())) return;
  for (const name of readdirSync(dir())) if (!wanted.has(name)) rmSync(path.join(dir(), name), { force: true });
}
