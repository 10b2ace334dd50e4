/** The content collections the site renders, checked by zod schemas. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entrySchema } from './lib/glossary/schema.ts';
import { PATHS } from './lib/paths.ts';
import { speechLoader } from './lib/speech/loader.ts';
import { speechMetaSchema } from './lib/speech/metadata.ts';

const speeches = defineCollection({
  loader: speechLoader(PATHS.generatedSpeeches),
  // The schema the converter checks the metadata against before it writes it.
  schema: speechMetaSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: `./${PATHS.glossarySources}` }),
  schema: entrySchema,
});

export const collections = { speeches, glossary };
