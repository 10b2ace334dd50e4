/** The content collections the site renders, checked by zod schemas. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { entrySchema } from './lib/glossary/schema.ts';
import { PATHS } from './lib/paths.ts';
import { speechLoader } from './lib/speech/loader.ts';
import { LEVELS, SLUG } from './lib/speech/metadata.ts';

const speeches = defineCollection({
  loader: speechLoader(PATHS.generatedSpeeches),
  schema: z.strictObject({
    slug: z.string().regex(SLUG),
    title: z.string().min(1),
    titleLines: z.array(z.string()),
    subtitleLines: z.array(z.string()),
    otherHeadLines: z.array(z.string()),
    occasion: z.string().optional(),
    date: z.iso.date().optional(),
    year: z.number().int().optional(),
    level: z.enum(LEVELS).optional(),
    kind: z.string(),
    source: z.string(),
    chars: z.number().int().nonnegative(),
    paragraphs: z.number().int().nonnegative(),
    outline: z.array(z.strictObject({ id: z.string(), depth: z.number().int().min(1), text: z.string() })),
    terms: z.array(z.string()),
  }),
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: `./${PATHS.glossarySources}` }),
  schema: entrySchema,
});

export const collections = { speeches, glossary };
