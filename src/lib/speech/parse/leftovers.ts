/**
 * Web-page furniture in a text copied from a news site: the page's buttons
 * (下载 打印 全屏 收藏 分享), its font-size control (【字号：加大 还原 减小】,
 * often one word a line), 扫一扫 and 上一篇/下一篇 lines, and the trailer of
 * related links at the end (相关报道：, 相关链接>>, ids, 打印本页 关闭窗口).
 * They are never a title or a heading: the parser leaves them out of the
 * page, and the build lists them in a warning with their lines (a sidecar's
 * `keepLeftovers: true` keeps them as text).
 */
import { countChars, keyOf } from './text.ts';

const BUTTONS = '下载|打印|全屏|收藏|分享(?:到)?|关闭|打印本页|关闭窗口|返回顶部|纠错|复制链接|我要纠错';
/** A line of nothing but page buttons (spaces and separators between them), e.g. 下载 打印 全屏 收藏, 分享： */
const BUTTON_LINE = new RegExp(`^(?:【?(?:${BUTTONS})】?[\\s|｜/、·]*)+[：:]?$`, 'u');
/** 扫一扫在手机打开当前页, 上一篇：…, 下一篇：…, an id of a related item (e4c29f31c6964493a14c4ddf6b160169:). */
const PAGE_LINE = /^(?:扫一扫(?:在手机(?:上)?打开(?:当前页|本页)?)?|[上下]一篇[：:>》].*|[0-9a-f]{24,}[:：]?)$/u;
/** The start of a font-size control, and its words when the control is one word a line. */
const SIZE_START = /^【?\s*字[号体]\s*[：:]?/u;
const SIZE_WORDS = /^(?:【|】|大|中|小|加大|还原|减小|默认|标准|[A-Z]?[+-])+$/u;
/** Where a page's trailer of related links starts. */
const TRAILER_START = /^(?:相关(?:报道|链接|附件|阅读|新闻|文章|稿件)[：:>》]*|扫一扫在手机(?:上)?打开(?:当前页|本页)?|打印本页|关闭窗口)$/u;
/** A trailer is left out only when it is short and at the very end: at most this many characters… */
const TRAILER_CHARS = 1500;
/** …and after this share of the text. */
const TRAILER_FROM = 0.8;

/** The indices of the lines that are page furniture. */
export function findLeftovers(lines: ReadonlyArray<{ text: string }>): Set<number> {
  const keys = lines.map((l) => keyOf(l.text).replace(/\s+/gu, ' '));
  const found = new Set<number>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const squashed = key.replace(/\s+/gu, '');
    if (BUTTON_LINE.test(squashed) || PAGE_LINE.test(squashed)) {
      found.add(i);
    } else if (SIZE_START.test(squashed)) {
      // 【字号：加大 还原 减小】 on one line, or its words one a line up to the closing 】.
      const rest = squashed.replace(SIZE_START, '');
      if (rest === '' || SIZE_WORDS.test(rest)) {
        found.add(i);
        for (let k = i + 1; !rest.endsWith('】') && k < keys.length && k <= i + 8 && SIZE_WORDS.test(keys[k]!.replace(/\s+/gu, '')); k++) {
          found.add(k);
          if (keys[k]!.endsWith('】')) break;
        }
      }
    }
  }
  // The trailer: from its first line to the end, when that is short and at the end of the text.
  const total = keys.reduce((n, k) => n + countChars(k), 0);
  let before = 0;
  for (let i = 0; i < keys.length; i++) {
    if (TRAILER_START.test(keys[i]!.replace(/\s+/gu, '')) && before >= TRAILER_FROM * total) {
      const rest = keys.slice(i).reduce((n, k) => n + countChars(k), 0);
      if (rest <= TRAILER_CHARS) for (let k = i; k < keys.length; k++) found.add(k);
      break;
    }
    before += countChars(keys[i]!);
  }
  return found;
}

/** Runs of consecutive line numbers, as an editor reads them: 1–9, 412, 415–420. */
export function lineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]! === sorted[j]! + 1) j++;
    ranges.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return ranges.join(', ');
}
