/**
 * The speeches' content-collection loader: reads the converter's MDX files
 * (front matter found by remark-frontmatter and read by `yaml`, body rendered
 * to HTML by mdx-html.ts, on every core for many files), checks the front
 * matter against the collection schema and stores each entry, its HTML
 * going to a file of its own (rendered.ts). An entry whose file did not
 * change is kept as it is; in `astro dev` the folder is watched. An error is
 * reported against the speech's source file, never only the generated MDX.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { PATHS } from '../paths.ts';
import { renderAll } from './render-pool.ts';
import { hasRendered, pruneRendered, writeRendered } from './rendered.ts';

/** The source file a generated MDX file was made from, as the editor knows it. */
function sourceOf(data: unknown, fallback: string): string {
  const source = (data as { source?: unknown } | null)?.source;
  return typeof source === 'string' ? `${PATHS.speechSources}/${source}` : fallback;
}

export function speechLoader(dir: string): Loader {
  return {
    name: 'policy-kb-speeches',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const root = path.resolve(dir);
      const sync = async () => {
        const names = (await readdir(root).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')).sort();
        const ids = new Set<string>();
        const changed: Array<{ id: string; filePath: string; digest: string; source: string }> = [];
        for (const name of names) {
          const filePath = path.join(dir, name);
          const source = await readFile(path.join(root, name), 'utf8');
          const id = name.replace(/\.mdx$/u, '');
          ids.add(id);
          const digest = generateDigest(source);
          if (store.get(id)?.digest === digest && hasRendered(digest)) continue;
          changed.push({ id, filePath, digest, source });
        }
        const read = await renderAll(changed.map((c) => ({ mdx: c.source, where: c.filePath })));
        const entries = [];
        for (const [i, { id, filePath, digest }] of changed.entries()) {
          const yaml = read[i]!.data as Record<string, unknown> | null;
          try {
            if (!yaml) throw new Error('no front matter');
            entries.push({ id, filePath, digest, data: await parseData({ id, data: yaml, filePath }), html: read[i]!.html });
          } catch (error) {
            throw new Error(`${sourceOf(yaml, filePath)} (generated as ${filePath}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
          }
        }
        for (const { id, filePath, digest, data, html } of entries) {
          writeRendered(digest, html);
          store.set({ id, data, digest, filePath });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        // A build removes the HTML of speeches gone or changed; `astro dev` leaves it, as a build
        // running beside it may still be reading those files.
        if (!watcher) pruneRendered(store.values().flatMap((entry) => (entry.digest ? [String(entry.digest)] : [])));
      };
      await sync();
      if (watcher) {
        watcher.add(root);
        // One sync at a time, in the order of the changes, so an older one never finishes last.
        let syncing = Promise.resolve();
        const onChange = (file: string) => {
          if (file.startsWith(root + path.sep) && file.endsWith('.mdx')) syncing = syncing.then(sync).catch((error: unknown) => logger.error(String(error)));
        };
        watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
      }
    },
  };
}
