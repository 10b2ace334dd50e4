/**
 * The site's settings for editors (content/site.yaml), checked by a zod
 * schema. The file is optional: without it every setting has its default.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { PATHS } from './paths.ts';
import { parseYamlData } from './yaml-data.ts';

/**
 * How often a glossary term is linked on a page; every use is still listed
 * on the term's entry page (its 用法 / backlinks), linked or not.
 * - first-in-section: the first use in each top-level section (一、…) and in
 *   the text before the first one; a definition counts as one section.
 * - first-in-paragraph: the first use in each paragraph.
 * - every: every use.
 */
export const TERM_LINKS = ['first-in-section', 'first-in-paragraph', 'every'] as const;
export type TermLinks = (typeof TERM_LINKS)[number];

export const settingsSchema = z
  .object({
    termLinks: z.enum(TERM_LINKS).default('first-in-section'),
  })
  .strict();

export type SiteSettings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: SiteSettings = settingsSchema.parse({});

/** Read content/site.yaml under `cwd`; errors name the file and line. */
export function loadSettings(cwd = process.cwd()): SiteSettings {
  const file = path.join(cwd, PATHS.siteSettings);
  if (!existsSync(file)) return DEFAULT_SETTINGS;
  return parseYamlData(readFileSync(file, 'utf8'), path.relative(cwd, file) || file, settingsSchema);
}
