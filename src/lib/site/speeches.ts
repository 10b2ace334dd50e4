/** The speeches as the pages list them: newest first. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chineseDate } from './dates.ts';
import { dateKey, newestFirst } from './speech-order.ts';

export type SpeechEntry = CollectionEntry<'speeches'>;

export async function listSpeeches(): Promise<SpeechEntry[]> {
  return newestFirst(await getCollection('speeches'));
}

/** The speech's date as the site writes it: 2020年11月12日, or 2020年 when only the year is known. */
export function dateLabel(data: SpeechEntry['data']): string {
  return chineseDate(dateKey(data));
}

/** 讲话 · 省级 · 2020年: the facts of a speech that exist, in reading order; the date left out on request. */
export function speechFacts(data: SpeechEntry['data'], { date = true } = {}): string[] {
  return [data.kind, data.level ? (data.level === '其他' ? '' : `${data.level}级`) : '', date ? dateLabel(data) : ''].filter(Boolean);
}

/** 9917 → “约 9,900 字”; short texts are counted exactly. */
export function lengthLabel(chars: number): string {
  return chars < 1000 ? `${chars} 字` : `约 ${(Math.round(chars / 100) * 100).toLocaleString('zh-CN')} 字`;
}

/** A group of head lines as the title block shows them: consecutive speaker or field lines together. */
export interface HeadGroup {
  role: SpeechEntry['data']['head'][number]['role'];
  lines: string[];
  lang?: string;
}

/** The head lines of a speech grouped for its title block, in the order the text has them. */
export function headGroups(head: SpeechEntry['data']['head']): HeadGroup[] {
  const groups: HeadGroup[] = [];
  for (const line of head) {
    const last = groups.at(-1);
    const together = last && last.role === line.role && (line.role === 'speaker' || line.role === 'field' || line.role === 'title');
    if (together) last.lines.push(line.text);
    else groups.push({ role: line.role, lines: [line.text], ...(line.lang ? { lang: line.lang } : {}) });
  }
  return groups;
}
