/**
 * The glossary's data: one Markdown file per entry in content/glossary/, its
 * frontmatter checked by this schema (by the build script and by Astro's
 * content collection alike), and the ignore list of candidates that are not
 * entries on purpose.
 */
import { z } from 'astro/zod';

/** The fixed taxonomy of entries, in display order. */
export const CATEGORIES = [
  '重要思想与提法',
  '战略布局与目标',
  '改革与经济',
  '三农与民生',
  '民主法治与治理',
  '生态与安全',
  '港澳台与对外',
  '党内法规与文件',
  '制度与机制',
  '作风与纪律',
  '学习教育与活动',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_NOTES: Record<Category, string> = {
  党内法规与文件: '党章、准则、条例、规定、意见等党内法规和规范性文件',
  重要思想与提法: '指导思想、重要论断、政治要求和规范提法，如“两个确立”“四个意识”',
  战略布局与目标: '总体布局、战略布局、发展理念、奋斗目标和五年规划，如“五位一体”“十四五”',
  改革与经济: '经济体制改革、宏观政策和政府职能转变的提法，如供给侧结构性改革、“放管服”',
  三农与民生: '农业农村、脱贫攻坚和民生保障的提法，如乡村振兴、“两不愁三保障”',
  民主法治与治理: '人民民主、依法治国和社会治理的提法，如全过程人民民主',
  生态与安全: '生态文明建设和国家安全的提法，如“绿水青山就是金山银山”、总体国家安全观',
  港澳台与对外: '“一国两制”、两岸关系和对外开放、外交的提法，如“九二共识”“一带一路”',
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

/** One official text: 《title》, who issued or delivered it, when, and passages quoted from it. */
export const basisSchema = z.strictObject({
  title: z.string().trim().regex(/^《[^《》]+》$/u, 'the full title in 《》'),
  issuer: z.string().trim().min(2),
  date: partialDate,
  quotes: z.array(z.string().trim().min(4)).default([]),
});
export type Basis = z.infer<typeof basisSchema>;

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
  /** A formula's parts, in the official order: 四个全面 → 全面建设社会主义现代化国家, 全面深化改革, …. */
  parts: z.array(z.string().trim().min(1).max(60)).default([]),
  /**
   * The official texts every sentence of the definition rests on: for a
   * formula, the text that first set it out. Each names its title, issuer and
   * date; `quotes` are passages copied verbatim from it.
   */
  basis: z
    .array(basisSchema)
    .min(1, 'at least one official text the entry rests on (依据：标题、发布机关、日期)'),
  /**
   * Phrases that hold one of the entry's forms by accident and are other words:
   * 创新发展理念 (创新 a verb + 发展理念) is not 新发展理念. No form links inside them.
   */
  notIn: z.array(z.string().trim().min(2).max(60)).default([]),
  /** Slugs of related entries. */
  related: z.array(z.string().regex(ENTRY_SLUG)).default([]),
});
export type EntryData = z.infer<typeof entrySchema>;

/**
 * content/glossary/ignore.yaml: candidates that are deliberately not entries.
 * A phrase with # stands for any count: #个方面 covers 两个方面, 三个方面….
 */
export const ignoreSchema = z.array(
  z.strictObject({
    phrase: z.string().trim().min(1),
    reason: z.string().trim().min(4),
  }),
);
export type IgnoreList = z.infer<typeof ignoreSchema>;

/** content/glossary/watch.yaml: policy phrases that texts write without quotes, for the coverage report. */
export const watchSchema = z.array(z.string().trim().min(2).max(40));
