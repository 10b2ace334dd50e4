/**
 * The glossary's data: one Markdown file per entry in content/glossary/, its
 * frontmatter checked by this schema (by the build script and by Astro's
 * content collection alike), and the ignore list of candidates that are not
 * entries on purpose.
 */
import { z } from 'astro/zod';

/** The fixed taxonomy of entries, in display order. */
export const CATEGORIES = ['党内法规与文件', '重要思想与提法', '制度与机制', '作风与纪律', '学习教育与活动'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_NOTES: Record<Category, string> = {
  党内法规与文件: '党章、准则、条例、规定、意见等党内法规和规范性文件',
  重要思想与提法: '重要论断、政治要求和规范提法，如“两个确立”“四个意识”',
  制度与机制: '党的组织制度、工作制度和责任机制，如民主集中制、“三会一课”',
  作风与纪律: '作风建设、纪律建设和反腐败的要求与方法，如“四风”“四种形态”',
  学习教育与活动: '党内集中学习教育和主题活动，如“两学一做”、主题教育',
};

export const ENTRY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
/** 2012, 2012-12 or 2012-12-04: as precise as the record allows, and no more. */
const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u;

// YAML readers differ: Astro's reads 2012-12-04 as a Date and 2019 as a number.
const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z.string().regex(PARTIAL_DATE, 'YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const entrySchema = z.strictObject({
  /** The entry's name as readers say it: 八项规定, 两个维护, 中国共产党问责条例. */
  term: z.string().trim().min(1).max(40),
  /** Other surface forms that mean this entry: full and short titles, variants. */
  aliases: z.array(z.string().trim().min(2).max(60)).default([]),
  category: z.enum(CATEGORIES),
  /** One sentence, shown on hover and in printed term notes. */
  summary: z.string().trim().min(8).max(120),
  /** For documents: the full official title (with 《》), issuer and date. */
  document: z
    .strictObject({
      title: z.string().trim().regex(/^《.+》$/u, 'the full title in 《》'),
      issuer: z.string().trim().min(2),
      date: partialDate.optional(),
    })
    .optional(),
  /** The official document (or documents) the definition rests on. */
  basis: z.array(z.string().trim().min(4)).min(1),
  /** Slugs of related entries. */
  related: z.array(z.string().regex(ENTRY_SLUG)).default([]),
});
export type EntryData = z.infer<typeof entrySchema>;

/** content/glossary/ignore.yaml: candidates that are deliberately not entries. */
export const ignoreSchema = z.array(
  z.strictObject({
    phrase: z.string().trim().min(1),
    reason: z.string().trim().min(4),
  }),
);
export type IgnoreList = z.infer<typeof ignoreSchema>;
