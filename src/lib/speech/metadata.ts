/**
 * Metadata of a speech: what its text says (title, subtitle, date line), what
 * its optional sidecar file (NAME.yaml beside NAME.txt) gives or overrides,
 * and what follows from both (slug, kind, level, length).
 */
import { z } from 'astro/zod';
import { pinyin } from 'pinyin-pro';
import { SourceError } from '../errors.ts';
import { parseYamlData } from '../yaml-data.ts';
import { inlineText, walkParagraphs, walkSections, type Speech } from './model.ts';

export const LEVELS = ['中央', '省', '市', '县', '区', '乡镇', '其他'] as const;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** The sidecar file: every field optional, unknown fields refused. */
export const sidecarSchema = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  subtitle: z.string().trim().min(1).max(200).optional(),
  date: z.iso.date().optional(),
  year: z.number().int().min(1921).max(2100).optional(),
  level: z.enum(LEVELS).optional(),
  kind: z.string().trim().min(1).max(20).optional(),
  slug: z.string().regex(SLUG, 'lowercase ASCII letters, digits and single hyphens, e.g. xian-2020-gongzuo-huiyi').optional(),
});
export type Sidecar = z.infer<typeof sidecarSchema>;

/** The frontmatter of a generated speech page: checked again by the content collection. */
export interface SpeechMeta {
  slug: string;
  title: string;
  /** The title lines of the source text, verbatim (empty when it has none). */
  titleLines: string[];
  subtitleLines: string[];
  otherHeadLines: string[];
  occasion?: string;
  date?: string;
  year?: number;
  level?: (typeof LEVELS)[number];
  kind: string;
  /** The source file's name inside content/speeches/. */
  source: string;
  /** Characters of text, white space not counted. */
  chars: number;
  paragraphs: number;
  outline: Array<{ id: string; depth: number; text: string }>;
  /** Glossary entries the speech uses, by slug, in the order of first use. */
  terms: string[];
}

/** Parse and check a sidecar file; errors name the file and the line of the field. */
export function parseSidecar(source: string, file: string): Sidecar {
  return parseYamlData(source, file, sidecarSchema);
}

/** A readable ASCII slug from a file name: as it is when ASCII, else its pinyin. */
export function slugFromFileName(stem: string): string {
  const ascii = /^[\x20-\x7e]+$/u.test(stem)
    ? stem
    : pinyin(stem, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('-');
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  const cut = slug.length > 80 ? slug.slice(0, 80).replace(/-[^-]*$/u, '') : slug;
  return cut || 'speech';
}

const LEVEL_IN_TEXT = /在(?:全)?(省|市|县|区)/u;

function dateFromLines(lines: readonly string[]): { date?: string; year?: number } {
  for (const line of lines) {
    const m = /([0-9]{4})\s*年\s*(?:([0-9]{1,2})\s*月\s*(?:([0-9]{1,2})\s*日)?)?/u.exec(line);
    if (!m) continue;
    const year = Number(m[1]);
    if (m[2] && m[3]) return { year, date: `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` };
    return { year };
  }
  return {};
}

function kindFromTitle(title: string): string {
  if (/措施$/u.test(title)) return '工作措施';
  if (/报告$/u.test(title)) return '工作报告';
  if (/(意见|方案|办法|规定|通知|决定)$/u.test(title)) return '文件';
  return '讲话';
}

function fallbackTitle(speech: Speech, stem: string): string {
  if (/\p{Script=Han}/u.test(stem)) return stem;
  const first = [...walkParagraphs(speech)].find((p) => p.role === 'body');
  const text = first ? inlineText(first.children) : stem;
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** Metadata of a parsed speech, the sidecar taking precedence over the text. */
export function speechMeta(
  speech: Speech,
  input: { file: string; text: string; sidecar: Sidecar },
): { meta: SpeechMeta; warnings: string[] } {
  const warnings: string[] = [];
  const { head } = speech;
  const stem = input.file.replace(/^.*[\\/]/u, '').replace(/\.txt$/iu, '');
  const { sidecar } = input;
  let title = sidecar.title ?? head.titleLines.join(' ');
  if (!title) {
    title = fallbackTitle(speech, stem);
    warnings.push(`${input.file}: no title line in the text and no title in a sidecar ${stem}.yaml; using “${title}” (没有标题)`);
  }
  const subtitle = head.subtitleLines.map((l) => l.replace(/^[—\-－\s]+/u, '')).join(' ');
  const occasion = sidecar.subtitle ?? (subtitle || (/^在.+(讲话|发言)$/u.test(title) ? title : undefined));
  const dated = sidecar.date ? { date: sidecar.date, year: Number(sidecar.date.slice(0, 4)) } : dateFromLines(head.otherLines);
  const year = sidecar.year ?? dated.year;
  if (sidecar.year && dated.year && sidecar.year !== dated.year) {
    throw new SourceError(input.file.replace(/\.txt$/iu, '.yaml'), `year ${sidecar.year} contradicts date ${sidecar.date} (年份与日期不一致)`);
  }
  const levelMatch = LEVEL_IN_TEXT.exec([...head.subtitleLines, ...head.titleLines].join(' '));
  const level = sidecar.level ?? (levelMatch ? (levelMatch[1] as SpeechMeta['level']) : undefined);

  const outline = [...walkSections(speech.sections)].map((s) => ({ id: s.id, depth: s.depth, text: inlineText(s.heading) }));

  const meta: SpeechMeta = {
    slug: sidecar.slug ?? slugFromFileName(stem),
    title,
    titleLines: head.titleLines,
    subtitleLines: head.subtitleLines,
    otherHeadLines: head.otherLines,
    ...(occasion ? { occasion } : {}),
    ...(dated.date ? { date: dated.date } : {}),
    ...(year ? { year } : {}),
    ...(level ? { level } : {}),
    kind: sidecar.kind ?? kindFromTitle(title),
    source: `${stem}.txt`,
    chars: input.text.replace(/\s/gu, '').length,
    paragraphs: [...walkParagraphs(speech)].length,
    outline,
    terms: [],
  };
  return { meta, warnings };
}
