/**
 * The head and the end of a speech: which lines above the body are its
 * title, subtitle (——在……上的讲话, or 2026年2月3日在……会议上), date
 * (（2017年10月18日）), speaker (习近平, 北京市市长 殷勇, 国务院总理 / 李克强 over
 * two lines), labelled facts (来源：, 时间：, 发布时间：, 责任编辑：) and photo
 * caption; which lines at the very end are end matter (责任编辑：, （作者：…）,
 * ※这是…的讲话, 《人民日报》 references). Pure functions over work lines.
 */
import type { HeadField, HeadLine, HeadRole } from '../model.ts';
import { matchMarker } from './outline.ts';
import type { WorkLine } from './work-line.ts';

const HAN = '\\p{Script=Han}';
const NUM = '[0-9０-９]';
const CN_NUM = '[〇○零一二三四五六七八九十]';
/** 2017年10月18日, 二〇一七年十月十八日, 2021年4月, 2021年 */
export const DATE_TEXT = `(?:${NUM}{4}|${CN_NUM}{4})\\s*年(?:\\s*(?:${NUM}{1,2}|${CN_NUM}{1,3})\\s*月(?:\\s*(?:${NUM}{1,2}|${CN_NUM}{1,3})\\s*日)?)?`;
const ISO_DATE = `${NUM}{4}[-/.]${NUM}{1,2}[-/.]${NUM}{1,2}`;
const TIME = `(?:\\s*(?:上午|下午|晚上)?\\s*${NUM}{1,2}\\s*[时:：]\\s*${NUM}{1,2}\\s*分?(?:\\s*[:：]\\s*${NUM}{2})?)`;
/** A line that is a date, perhaps with a time: （2017年10月18日）, 2026年02月10日 07时41分, 2021-09-06 10:12 */
const DATE_LINE = new RegExp(`^[（(]?\\s*(?:${DATE_TEXT}|${ISO_DATE})(?:\\s*(?:上午|下午|晚上))?${TIME}?\\s*[）)]?$`, 'u');
const HAS_TIME = new RegExp(`${TIME}\\s*[）)]?$`, 'u');
/** A title line ending in its date: 在……座谈会上的讲话（2018年2月12日） */
const TITLE_WITH_DATE = new RegExp(`^(.{4,}?)\\s*([（(]${DATE_TEXT}[）)])$`, 'u');

const SUBTITLE = /^(?:——|--|－－|—)(?![—\-－]*$)/u;
/** A line of nothing but a rule (--- or ———): kept in the head as it is, never a title or subtitle. */
const RULE = /^[—\-－_=*＊·•\s]{3,}$/u;
/** An occasion line without the dash: 2026年2月3日在四川省……会议上, 在全省……大会上的讲话 */
const OCCASION = new RegExp(`^(?:${DATE_TEXT}\\s*)?在.{2,80}?上(?:的(?:讲话|报告|发言|致辞|说明|工作报告|总结讲话))?$`, 'u');
/** A subtitle broken over two lines goes on with a line like 人民代表大会第五次会议上. */
const OCCASION_END = /(?:上|上的(?:讲话|报告|发言|致辞|说明))$/u;

const POSITION =
  '(?:总书记|书记|副书记|主席|副主席|总理|副总理|委员长|副委员长|省长|副省长|市长|副市长|县长|副县长|区长|副区长|州长|旗长|镇长|乡长|主任|副主任|部长|副部长|厅长|局长|院长|检察长|秘书长|组长|会长|校长|董事长|总经理)';
/** A person's name: two to four characters, a space between them allowed (龚 正, 李　强). */
const NAME = `${HAN}(?:[ \\u3000]?${HAN}){1,3}`;
const SPEAKER_LINE = new RegExp(`^.{0,30}?${POSITION}[ \\u3000]+${NAME}$`, 'u');
const ROLE_LINE = new RegExp(`^.{0,30}${POSITION}$`, 'u');
export const NAME_LINE = new RegExp(`^${NAME}$`, 'u');

const FIELD_LABEL = '(?:来源|稿源|出处|时间|发布时间|发布日期|日期|作者|责任编辑|编辑|审核|校对|通讯员|撰稿)';
/** A date with a time, then labelled facts: 2024-01-02 10:00 来源：新华网 */
const PUBLICATION_LINE = new RegExp(`^((?:${DATE_TEXT}|${ISO_DATE})${TIME})\\s+(${FIELD_LABEL}\\s*[：:].*)$`, 'u');
const FIELD_LINE = new RegExp(`^[（(]?${FIELD_LABEL}\\s*[：:]`, 'u');
const FIELD_SPLIT = new RegExp(`(?:^|[\\s\\u3000]+)(${FIELD_LABEL})\\s*[：:]\\s*`, 'gu');

/** A photo caption: …新华社记者 姚大伟/摄, …供图 */
export const CAPTION = /(?:[/／]\s*摄|(?:记者|通讯员)\s*\S{2,4}\s*摄|摄影|供图|绘图|制图|图片来源[：:].*)$/u;

/** A line of address that opens a speech: 同志们：  各位代表：  女士们，先生们，同志们： */
const ADDRESS = '(?:同志们|朋友们|女士们|先生们|同学们|老师们|乡亲们|青年朋友们|各位[^，、：:。]{1,8})';
export const SALUTATION = new RegExp(`^(?:[^。！？，]{1,30}|(?:${ADDRESS}[，、,\\s]*)+)[：:]$`, 'u');
/** The salutation at the start of a line that runs on (a text with no line breaks). */
export const SALUTATION_START = new RegExp(`^(?:${ADDRESS}[，、,\\s]*)+[：:]`, 'u');

/** End matter: a trailing note or reference that is not the speech's own text. */
const END_LINES = [
  FIELD_LINE,
  /^[（(](?:作者|来源|编辑|责任编辑|摄影|通讯员)[：:].*[）)]$/u,
  /^※(?:这是|本文)/u,
  /^《\s*人民日报\s*》\s*[（(][^（）]{4,40}[）)]$/u,
  /^[（(]新华社[^（）]{2,24}电[）)]$/u,
];
/** The editor's name in brackets on the very last line: （敬靖） */
const EDITOR_MARK = new RegExp(`^[（(]${HAN}{2,4}[）)]$`, 'u');

function isTitleLike(key: string): boolean {
  return (
    key.length <= 60 &&
    !/[。！？；]/u.test(key) &&
    !/[：:]$/u.test(key) &&
    !/^【[^】]*】$/u.test(key) &&
    !matchMarker(key)
  );
}

/** The labelled facts of a line: 来源：解放日报 发布时间：2026-02-09 → two fields; （作者：某某）→ one. */
export function parseFields(text: string): HeadField[] {
  const body = /^[（(].*[）)]$/u.test(text) ? text.slice(1, -1) : text;
  const matches = [...body.matchAll(FIELD_SPLIT)];
  return matches.map((m, i) => ({ label: m[1]!, value: body.slice(m.index + m[0].length, matches[i + 1]?.index ?? body.length).trim() }));
}

export interface Head {
  lines: HeadLine[];
  fields: HeadField[];
  /** How many work lines the head took. */
  used: number;
}

/** Read the head from the top of the lines; it ends at the salutation, an outline heading or the first sentence. */
export function readHead(lines: readonly WorkLine[]): Head {
  const out: HeadLine[] = [];
  const fields: HeadField[] = [];
  const has = (role: HeadRole) => out.some((l) => l.role === role);
  const push = (line: WorkLine, role: HeadRole, text = line.key) => out.push({ role, text, line: line.line, ...(role === 'translation' && line.lang ? { lang: line.lang } : {}) });
  /** Glue a line that goes on from the last head line (a title broken after 政府工作报, a subtitle after 第十四届). */
  const extend = (line: WorkLine) => {
    out.at(-1)!.text += line.key;
  };

  let i = 0;
  for (; i < lines.length && i < 24; i++) {
    const line = lines[i]!;
    const key = line.key;
    const next = lines[i + 1];
    // A list, a quote, a table or a picture is body.
    if (line.list || line.quote || line.table || !key || line.content.some((c) => c.type === 'image')) break;
    // A line in another language is the translation of the head line before it, never more.
    if (line.lang) {
      if (out.length === 0 || out.at(-1)!.role === 'translation') break;
      push(line, 'translation', line.text.trim());
      continue;
    }
    if (line.hint) {
      push(line, line.hint);
      continue;
    }
    if (RULE.test(key)) {
      push(line, 'other');
      continue;
    }
    if (line.heading !== undefined) {
      // A heading the format states is the title when nothing but a title can come before it.
      if (out.length > 0 || matchMarker(key)) break;
      push(line, 'title');
      continue;
    }
    // A publication line: 2024-01-02 10:00 来源：新华网
    const stamped = PUBLICATION_LINE.exec(key);
    if (stamped) {
      push(line, 'field');
      fields.push({ label: '时间', value: stamped[1]!.trim() }, ...parseFields(stamped[2]!).filter((f) => f.value));
      continue;
    }
    if (FIELD_LINE.test(key)) {
      push(line, 'field');
      const found = parseFields(key);
      // 来源: on its own line, its value on the next.
      if (found.length === 1 && !found[0]!.value && next && !next.lang && next.key.length <= 30 && !FIELD_LINE.test(next.key) && !SALUTATION.test(next.key)) {
        found[0]!.value = next.key;
        push(next, 'field');
        i++;
      }
      fields.push(...found.filter((f) => f.value));
      continue;
    }
    if (SUBTITLE.test(key) && key.length <= 100) {
      push(line, 'subtitle');
      while (lines[i + 1] && !OCCASION_END.test(out.at(-1)!.text) && OCCASION_END.test(lines[i + 1]!.key) && isTitleLike(lines[i + 1]!.key)) extend(lines[++i]!);
      continue;
    }
    if (DATE_LINE.test(key)) {
      push(line, 'date');
      continue;
    }
    if (has('title') && OCCASION.test(key)) {
      push(line, 'subtitle');
      continue;
    }
    // A speaker comes after the title: 做人民满意的好校长 / 张三 is a title and its author.
    if (has('title') && key.length <= 40 && SPEAKER_LINE.test(key)) {
      push(line, 'speaker');
      continue;
    }
    if (has('title') && key.length <= 30 && ROLE_LINE.test(key) && next && NAME_LINE.test(next.key)) {
      push(line, 'speaker');
      push(next, 'speaker');
      i++;
      continue;
    }
    // A name of two or three characters after the title, right before the salutation or the text, is the speaker.
    const nameLast = key.replace(/[ \u3000]/gu, '').length <= 3 && next !== undefined && (SALUTATION.test(next.key) || !isTitleLike(next.key));
    if (NAME_LINE.test(key) && (has('subtitle') || has('date') || (has('title') && nameLast))) {
      push(line, 'speaker');
      continue;
    }
    if (out.length > 0 && CAPTION.test(key) && key.length <= 200) {
      push(line, 'caption');
      continue;
    }
    if (isTitleLike(key) && !SALUTATION.test(key)) {
      if (out.every((l) => l.role === 'title' || l.role === 'translation' || RULE.test(l.text))) {
        const last = out.at(-1);
        // A line of one character is the end of a title broken over lines (政府工作报 / 告).
        if (last?.role === 'title' && key.length === 1) extend(line);
        else {
          const dated = TITLE_WITH_DATE.exec(key);
          if (dated) {
            push(line, 'title', dated[1]!);
            push(line, 'date', dated[2]!);
          } else push(line, 'title');
        }
      } else push(line, 'other');
      continue;
    }
    break;
  }
  // Unrecognised short lines at the end of the head are the body's first lines.
  while (out.at(-1)?.role === 'other' && out.at(-1)!.line === lines[i - 1]?.line && !RULE.test(out.at(-1)!.text)) {
    out.pop();
    i--;
  }
  return { lines: out, fields, used: i };
}

/** How many lines at the end are end matter (see END_LINES). */
export function endMatterLength(lines: readonly WorkLine[]): number {
  let n = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const key = lines[i]!.key;
    const last = i === lines.length - 1;
    const prev = lines[i - 1]?.key ?? '';
    if (END_LINES.some((p) => p.test(key)) || (last && EDITOR_MARK.test(key))) n++;
    // 责任编辑： on a line, the name on the next.
    else if (NAME_LINE.test(key) && /[：:]$/u.test(prev) && FIELD_LINE.test(prev)) n++;
    else break;
  }
  return n;
}

/** The labelled facts of end-matter lines (责任编辑：李莎莎 over two lines included). */
export function endFields(lines: readonly WorkLine[]): HeadField[] {
  const fields: HeadField[] = [];
  lines.forEach((line, i) => {
    if (!FIELD_LINE.test(line.key)) return;
    for (const field of parseFields(line.key)) {
      const value = field.value || (lines[i + 1] && NAME_LINE.test(lines[i + 1]!.key) ? lines[i + 1]!.key : '');
      if (value) fields.push({ label: field.label, value });
    }
  });
  return fields;
}

/**
 * The date a date text gives (2017年10月18日, 二〇一七年十月十八日, 2021-09-06), as precise as it
 * is: of several, the first full one (——在2024年全省……会议上的讲话（2023年12月20日） → 2023-12-20).
 * A day the calendar does not have (2023年2月29日) gives no date.
 */
export function dateOf(text: string): TextDate | undefined {
  const digits = text.replace(/[〇○零一二三四五六七八九十]+|[０-９]/gu, (run) => chineseDigits(run));
  const found = [...digits.matchAll(/([0-9]{4})\s*(?:年|[-/.])\s*(?:([0-9]{1,2})\s*(?:月|[-/.])\s*(?:([0-9]{1,2})\s*日?)?)?/gu)].flatMap((m) => {
    const year = Number(m[1]);
    const month = m[2] ? Number(m[2]) : undefined;
    const day = m[3] ? Number(m[3]) : undefined;
    if (year < 1900 || year > 2100 || (month !== undefined && (month < 1 || month > 12))) return [];
    if (day !== undefined && (day < 1 || new Date(Date.UTC(year, month! - 1, day)).getUTCDate() !== day)) return [];
    return [{ year, ...(month ? { month } : {}), ...(month && day ? { day } : {}) }];
  });
  return mostPrecise(found);
}

export type TextDate = { year: number; month?: number; day?: number };

/** Of several dates, the first full one, else the first with a month, else the first. */
export function mostPrecise(dates: readonly TextDate[]): TextDate | undefined {
  return dates.find((d) => d.day) ?? dates.find((d) => d.month) ?? dates[0];
}

/** 二〇一七 → 2017, 十月 → 10, 十八 → 18, full-width digits → ASCII. */
function chineseDigits(run: string): string {
  if (/^[０-９]$/u.test(run)) return String(run.charCodeAt(0) - 0xff10);
  const digit = (ch: string) => '〇一二三四五六七八九'.indexOf(ch === '○' || ch === '零' ? '〇' : ch);
  if (!run.includes('十')) return [...run].map(digit).join('');
  const [tens, units] = run.split('十');
  return String((tens ? digit(tens) : 1) * 10 + (units ? digit(units) : 0));
}

/** A date line that also gives a time of day is when a page was published, not when the speech was given. */
export const isPublicationTime = (text: string): boolean => HAS_TIME.test(text);
