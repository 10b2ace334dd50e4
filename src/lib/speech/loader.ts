/**
 * The speeches' content-collection loader: reads the converter's MDX files,
 * checks their frontmatter against the collection schema and stores each,
 * its HTML (mdx-html.ts, on every core for many files) going to a file of its
 * own (rendered.ts). An entry whose file did not change is kept as it is; in
 * `astro dev` the folder is watched.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { renderAll } from './render-pool.ts';
import { hasRendered, pruneRendered, writeRendered } from './rendered.ts';

export function speechLoader(dir: string): Loader {
  return {
    name: 'policy-kb-speeches',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const root = path.resolve(dir);
      const sync = async () => {
        const names = (await readdir(root).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')).sort();
        const ids = new Set<string>();
        const changed: Array<{ id: string; filePath: string; digest: string; data: Record<string, unknown>; body: string }> = [];
        for (const name of names) {
          const filePath = path.join(dir, name);
          const source = await readFile(path.join(root, name), 'utf8');
          const id = name.replace(/\.mdx$/u, '');
          ids.add(id);
          const digest = generateDigest(source);
          if (store.get(id)?.digest === digest && hasRendered(digest)) continue;
          const match = /^---\n([\s\S]*?)---\n\n?([\s\S]*)$/u.exec(source);
          if (!match) throw new Error(`${filePath}: no frontmatter`);
          const data = await parseData({ id, data: parseYaml(match[1]!) as Record<string, unknown>, filePath });
          changed.push({ id, filePath, digest, data, body: match[2]! });
        }
        const html = await renderAll(changed.map((c) => ({ mdx: c.body, where: c.filePath })));
        changed.forEach(({ id, filePath, digest, data }, i) => {
          writeRendered(digest, html[i]!);
          store.set({ id, data, digest, filePath });
        });
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
