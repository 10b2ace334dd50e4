/**
 * Metadata of a speech: what its text says (the head: title, subtitle, date,
 * speaker, 来源/时间 lines), what its front matter and its optional sidecar
 * file (NAME.yaml beside NAME.txt) give or override, and what follows from
 * all of them (slug, kind, level, length). The sidecar wins over the front
 * matter, the front matter over the text.
 */
import { z } from 'astro/zod';
import { pinyin } from 'pinyin-pro';
import { SourceError, sourceErrorsOf } from '../errors.ts';
import { checkYamlData, parseYaml, parseYamlData } from '../yaml-data.ts';
import { inlineText, walkBlocks, walkSections, type HeadLine, type HeadRole, type Speech } from './model.ts';
import { dateOf, isPublicationTime, mostPrecise, type TextDate } from './parse/head.ts';
import { countChars, visible } from './parse/text.ts';

export const LEVELS = ['中央', '省', '市', '县', '区', '乡镇', '其他'] as const;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u;

const fields = {
  title: z.string().trim().min(1).max(200),
  subtitle: z.string().trim().min(1).max(200),
  date: z.iso.date(),
  year: z.number().int().min(1921).max(2100),
  level: z.enum(LEVELS),
  kind: z.string().trim().min(1).max(20),
  speaker: z.string().trim().min(1).max(60),
  slug: z.string().regex(SLUG, 'lowercase ASCII letters, digits and single hyphens, e.g. xian-2020-gongzuo-huiyi'),
};

/** The sidecar file: every field optional, unknown fields refused. */
export const sidecarSchema = z.strictObject({
  title: fields.title.optional(),
  subtitle: fields.subtitle.optional(),
  date: fields.date.optional(),
  year: fields.year.optional(),
  level: fields.level.optional(),
  kind: fields.kind.optional(),
  speaker: fields.speaker.optional(),
  slug: fields.slug.optional(),
  /** Keep web-page furniture (下载 打印, 【字号】, related links) as text instead of leaving it out. */
  keepLeftovers: z.boolean().optional(),
  /** The language of the lines in Latin script of a bilingual edition (default en). */
  translationLang: z.string().regex(LANG, 'a language tag such as en, fr or de').optional(),
});
export type Sidecar = z.infer<typeof sidecarSchema>;

/** What front matter may give: the sidecar's facts (the switches are the sidecar's alone). */
export type FrontMatterFacts = Omit<Sidecar, 'keepLeftovers' | 'translationLang'>;

const headLineSchema = z.strictObject({
  role: z.enum(['title', 'subtitle', 'date', 'speaker', 'field', 'caption', 'translation', 'other'] satisfies HeadRole[]),
  text: z.string().min(1),
  lang: z.string().optional(),
});

/** The metadata of a generated speech page: written by the converter, checked again by the content collection. */
export const speechMetaSchema = z.strictObject({
  slug: z.string().regex(SLUG),
  title: z.string().min(1),
  /** Where the title comes from: the text's title lines, the sidecar or front matter, the file name, or the first words (with a warning). */
  titleSource: z.enum(['text', 'given', 'file', 'first-line']),
  /** The lines of the text's head, verbatim (invisible characters aside), with what each is. */
  head: z.array(headLineSchema),
  /** Labelled facts of the head and the end: 来源 → 解放日报. */
  fields: z.array(z.strictObject({ label: z.string(), value: z.string() })),
  occasion: z.string().optional(),
  date: z.iso.date().optional(),
  year: z.number().int().optional(),
  /** When the page the text was copied from was published (时间：, 发布时间：). */
  published: z.iso.date().optional(),
  speaker: z.string().optional(),
  /** The publication the text was copied from (来源：). */
  origin: z.string().optional(),
  level: z.enum(LEVELS).optional(),
  kind: z.string(),
  /** The source file's name inside content/speeches/. */
  source: z.string(),
  /** Characters of Chinese text: white space, invisible characters and lines in another language not counted. */
  chars: z.number().int().nonnegative(),
  paragraphs: z.number().int().nonnegative(),
  /** The languages of its lines in another language than Chinese. */
  languages: z.array(z.string()),
  outline: z.array(z.strictObject({ id: z.string(), depth: z.number().int().min(1), text: z.string() })),
  /** Glossary entries the speech uses, by slug, in the order of first use. */
  terms: z.array(z.string()),
});
export type SpeechMeta = z.infer<typeof speechMetaSchema>;

/** Parse and check a sidecar file; errors name the file and the line of every bad field. */
export function parseSidecar(source: string, file: string): Sidecar {
  return parseYamlData(source, file, sidecarSchema);
}

/**
 * The facts of a front-matter block. A key the schema knows is used; any other
 * key, a bad value, or YAML that does not parse is a warning naming the file
 * and the line, never an error: front matter comes with downloaded files.
 */
export function frontMatterFacts(yaml: string, firstLine: number, file: string): { facts: FrontMatterFacts; warnings: string[] } {
  const warnings: string[] = [];
  const facts: Record<string, unknown> = {};
  let parsed;
  try {
    parsed = parseYaml(yaml, file, firstLine);
  } catch (error) {
    const [e] = sourceErrorsOf(error) ?? [];
    if (!e) throw error;
    return { facts: {}, warnings: [`${e.message}; the front matter is ignored (元数据无法读取，已忽略)`] };
  }
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { facts: {}, warnings: [`${file}:${firstLine}: the front matter is not a list of fields; it is ignored (元数据格式不对，已忽略)`] };
  }
  for (const [key, raw] of Object.entries(data)) {
    const line = parsed.lines.keyLine([], key);
    const where = `${file}${line ? `:${line}` : ''}`;
    const schema = fields[key as keyof typeof fields];
    if (!schema) {
      warnings.push(`${where}: front-matter field ${key} is not used (未使用的元数据字段)`);
      continue;
    }
    // Static-site tools write dates with a time (2021-09-06 10:12:00 +0800): the day is what counts.
    const value = key === 'date' && typeof raw === 'string' ? (/^\d{4}-\d{2}-\d{2}/u.exec(raw)?.[0] ?? raw) : raw;
    try {
      Object.assign(facts, checkYamlData({ data: { [key]: value }, lines: parsed.lines }, file, z.object({ [key]: schema })));
    } catch (error) {
      const found = sourceErrorsOf(error);
      if (!found) throw error;
      warnings.push(...found.map((e) => `${e.message.replace(' (字段有误)', '')}; it is ignored (元数据字段无效，已忽略)`));
    }
  }
  return { facts: facts as FrontMatterFacts, warnings };
}

/** A readable ASCII slug from a file name: as it is when ASCII, else its pinyin. */
export function slugFromFileName(stem: string): string {
  const name = visible(stem);
  const ascii = /^[\x20-\x7e]+$/u.test(name)
    ? name
    : pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('-');
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  const cut = slug.length > 80 ? slug.slice(0, 80).replace(/-[^-]*$/u, '') : slug;
  return cut || 'speech';
}

/** A file name that reads as a title: Chinese, after any ASCII tag or date in front (ccdi-, 20210415 ). */
export function titleFromFileName(stem: string): string | undefined {
  const name = visible(stem).replace(/^[A-Za-z0-9_.\s-]*[-_\s]+(?=[\p{Script=Han}“《（【「])/u, '').trim();
  return /\p{Script=Han}/u.test(name) ? name : undefined;
}

const LEVEL_IN_TEXT = /在(?:全)?(省|市|县|区)/u;

function kindFromTitle(title: string): string {
  if (/措施$/u.test(title)) return '工作措施';
  if (/报告$/u.test(title)) return '工作报告';
  if (/(意见|方案|办法|规定|通知|决定)$/u.test(title)) return '文件';
  return '讲话';
}

const iso = (d: TextDate | undefined): string | undefined =>
  d?.month && d.day ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : undefined;

const PUBLISHED = new Set(['时间', '发布时间', '发布日期', '日期']);

/**
 * The speech's date: a date line (without a time of day) first, then the
 * subtitle's (——2017年3月5日在……), then when the copied page was published,
 * then a ※这是……的讲话 note at the end.
 */
function datesOf(speech: Speech): { date?: TextDate; published?: string } {
  const lines = speech.head.lines;
  const dateLines = lines.filter((l) => l.role === 'date');
  const publishedText = [
    ...speech.head.fields.filter((f) => PUBLISHED.has(f.label)).map((f) => f.value),
    ...dateLines.filter((l) => isPublicationTime(l.text)).map((l) => l.text),
  ].find((t) => dateOf(t));
  const published = publishedText ? dateOf(publishedText) : undefined;
  const notes = speech.closing.filter((p) => p.role === 'end').map((p) => inlineText(p.children)).filter((t) => /^※(?:这是|本文)/u.test(t));
  const candidates = [
    ...dateLines.filter((l) => !isPublicationTime(l.text)).map((l) => l.text),
    ...lines.filter((l) => l.role === 'subtitle').map((l) => l.text),
  ];
  // The most precise date of the text's own lines: a full date over a month (（2024年3月） beside ——2024年3月5日在……).
  const fromText = mostPrecise(candidates.map(dateOf).filter((d) => d !== undefined));
  const date = fromText ?? published ?? notes.map(dateOf).find(Boolean);
  const publishedIso = iso(published);
  return { ...(date ? { date } : {}), ...(publishedIso ? { published: publishedIso } : {}) };
}

/** Characters of the Chinese text the page shows. */
function chineseChars(speech: Speech): number {
  let n = 0;
  for (const line of speech.head.lines) if (line.role !== 'translation') n += countChars(line.text);
  for (const section of walkSections(speech.sections)) n += countChars(inlineText(section.heading));
  for (const block of walkBlocks(speech)) {
    if (block.type === 'table') n += block.rows.flat().reduce((sum, cell) => sum + countChars(inlineText(cell)), 0);
    else if (!block.lang) n += countChars(inlineText(block.children));
  }
  return n;
}

const joinLines = (lines: readonly HeadLine[]) => lines.map((l) => l.text).join(' ').replace(/[\s\u3000]+/gu, ' ').trim();

/** Metadata of a parsed speech: the sidecar first, then the front matter, then the text. */
export function speechMeta(
  speech: Speech,
  input: { file: string; sidecar: Sidecar; frontMatter?: FrontMatterFacts },
): { meta: SpeechMeta; warnings: string[] } {
  const warnings: string[] = [];
  const { head } = speech;
  const source = input.file.replace(/^.*[\\/]/u, '');
  const stem = source.replace(/\.[^.]+$/u, '');
  const given = { ...input.frontMatter, ...stripUndefined(input.sidecar) };
  const blocks = [...walkBlocks(speech)];
  const titleLines = head.lines.filter((l) => l.role === 'title');
  const textTitle = titleLines.map((l) => l.text).join(' ').replace(/[※＊*]+$/u, '').trim();
  let title = given.title ?? textTitle;
  let titleSource: SpeechMeta['titleSource'] = given.title && given.title !== textTitle ? 'given' : 'text';
  if (!title) {
    const fromName = titleFromFileName(stem);
    titleSource = fromName ? 'file' : 'first-line';
    const first = blocks.find((b) => b.type === 'paragraph' && b.role === 'body');
    const text = first?.type === 'paragraph' ? visible(inlineText(first.children)) : stem;
    title = fromName ?? (text.length > 24 ? `${text.slice(0, 24)}…` : text);
    if (!fromName) warnings.push(`${input.file}: no title line in the text and no title in a sidecar ${stem}.yaml; using “${title}” (没有标题)`);
  }
  const subtitle = head.lines
    .filter((l) => l.role === 'subtitle')
    .map((l) => l.text.replace(/^[—\-－\s]+/u, ''))
    .join(' ');
  const occasion = given.subtitle ?? (subtitle || (/^在.+(讲话|发言)$/u.test(title) ? title : undefined));
  const found = datesOf(speech);
  for (const line of head.lines) {
    if (line.role === 'date' && !dateOf(line.text)) {
      warnings.push(`${input.file}:${line.line}: “${line.text}” is not a day of the calendar; the speech gets no date from it (日期无效)`);
    }
  }
  const date = given.date ?? (input.sidecar.year ? undefined : iso(found.date));
  const year = given.year ?? (date ? Number(date.slice(0, 4)) : found.date?.year);
  if (input.sidecar.year && input.sidecar.date && Number(input.sidecar.date.slice(0, 4)) !== input.sidecar.year) {
    throw new SourceError(input.file.replace(/\.[^.]+$/u, '.yaml'), `year ${input.sidecar.year} contradicts date ${input.sidecar.date} (年份与日期不一致)`);
  }
  const levelMatch = LEVEL_IN_TEXT.exec([...head.lines.filter((l) => l.role === 'subtitle' || l.role === 'title').map((l) => l.text), title].join(' '));
  const level = given.level ?? (levelMatch ? (levelMatch[1] as SpeechMeta['level']) : undefined);
  const speaker = given.speaker ?? (joinLines(head.lines.filter((l) => l.role === 'speaker')) || undefined);
  const origin = head.fields.find((f) => f.label === '来源' || f.label === '稿源' || f.label === '出处')?.value;
  const languages = [
    ...new Set([
      ...head.lines.flatMap((l) => (l.lang ? [l.lang] : [])),
      ...blocks.flatMap((b) => (b.type === 'paragraph' && b.lang ? [b.lang] : [])),
    ]),
  ].sort();

  const meta: SpeechMeta = {
    slug: given.slug ?? slugFromFileName(stem),
    title,
    titleSource,
    head: head.lines.map((l) => ({ role: l.role, text: l.text, ...(l.lang ? { lang: l.lang } : {}) })),
    fields: head.fields,
    ...(occasion ? { occasion } : {}),
    ...(date ? { date } : {}),
    ...(year ? { year } : {}),
    ...(found.published ? { published: found.published } : {}),
    ...(speaker ? { speaker } : {}),
    ...(origin ? { origin } : {}),
    ...(level ? { level } : {}),
    kind: given.kind ?? kindFromTitle(title),
    source,
    chars: chineseChars(speech),
    paragraphs: blocks.filter((b) => b.type === 'paragraph').length,
    languages,
    outline: [...walkSections(speech.sections)].map((s) => ({ id: s.id, depth: s.depth, text: inlineText(s.heading) })),
    terms: [],
  };
  return { meta, warnings };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
