/**
 * In `astro dev`, converts the speeches again whenever a file in
 * content/speeches/ changes, so an edit shows up without a restart. The
 * content collection then picks up the regenerated MDX by itself.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { ConversionFailed, convertFolder, writeSpeeches } from '../lib/speech/convert.ts';
import { PATHS } from '../lib/paths.ts';

export function speechSources(): AstroIntegration {
  return {
    name: 'policy-kb:speech-sources',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const dir = path.resolve(PATHS.speechSources);
        let queue = Promise.resolve();
        const regenerate = (file: string) => {
          if (!file.startsWith(dir + path.sep) || !/\.(txt|ya?ml)$/iu.test(file)) return;
          queue = queue.then(async () => {
            try {
              const { speeches, warnings } = await convertFolder(PATHS.speechSources);
              warnings.forEach((w) => logger.warn(w));
              await writeSpeeches(speeches, PATHS.generatedSpeeches);
              logger.info(`converted ${speeches.length} speeches (${path.relative(process.cwd(), file)} changed)`);
            } catch (error) {
              logger.error(error instanceof ConversionFailed ? error.message : String(error));
            }
          });
        };
        server.watcher.add(dir);
        server.watcher.on('change', regenerate).on('add', regenerate).on('unlink', regenerate);
      },
    },
  };
}
