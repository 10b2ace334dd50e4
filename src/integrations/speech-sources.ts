/**
 * In `astro dev`, converts the speeches again whenever a speech, a sidecar or
 * a glossary entry or the site settings change, so an edit shows up without a restart. The
 * content collections then pick up the regenerated files by themselves.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { buildContent } from '../lib/content.ts';
import { SourceErrors } from '../lib/errors.ts';
import { PATHS } from '../lib/paths.ts';

export function speechSources(): AstroIntegration {
  return {
    name: 'policy-kb:speech-sources',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const dirs = [path.resolve(PATHS.speechSources), path.resolve(PATHS.glossarySources)];
        let queue = Promise.resolve();
        const settings = path.resolve(PATHS.siteSettings);
        const regenerate = (file: string) => {
          const source = dirs.some((dir) => file.startsWith(dir + path.sep)) && /\.(txt|md|markdown|docx|ya?ml)$/iu.test(file);
          if (!source && file !== settings) return;
          queue = queue.then(async () => {
            try {
              const { speeches, warnings } = await buildContent();
              warnings.forEach((w) => logger.warn(w));
              logger.info(`converted ${speeches.length} speeches (${path.relative(process.cwd(), file)} changed)`);
            } catch (error) {
              logger.error(error instanceof SourceErrors ? error.message : String(error));
            }
          });
        };
        server.watcher.add([...dirs, settings]);
        server.watcher.on('change', regenerate).on('add', regenerate).on('unlink', regenerate);
      },
    },
  };
}
