/** The speeches as the pages list them: in the order of their source file names. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type SpeechEntry = CollectionEntry<'speeches'>;

export async function listSpeeches(): Promise<SpeechEntry[]> {
  const entries = await getCollection('speeches');
  return entries.sort((a, b) => (a.data.source < b.data.source ? -1 : a.data.source > b.data.source ? 1 : 0));
}

/** 省级 · 2020年 · 讲话: the facts of a speech that exist, in reading order. */
export function speechFacts(data: SpeechEntry['data']): string[] {
  return [
    data.kind,
    data.level ? (data.level === '其他' ? '' : `${data.level}级`) : '',
    data.date ? data.date.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/u, '$1年$2月$3日') : data.year ? `${data.year}年` : '',
  ].filter(Boolean);
}

/** 9917 → “约 9,900 字”; short texts are counted exactly. */
export function lengthLabel(chars: number): string {
  return chars < 1000 ? `${chars} 字` : `约 ${(Math.round(chars / 100) * 100).toLocaleString('zh-CN')} 字`;
}
