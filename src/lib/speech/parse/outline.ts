/**
 * The outline markers of Chinese speeches and work documents (一、 （一）
 * 1. （1） 一方面 一是/一要 第一，), and the lead sentence of a marker line.
 * Tables instead of branches; pure functions.
 */
import type { MarkerKind } from '../model.ts';

const DIGITS = '0123456789';
const CN_DIGITS = '〇一二三四五六七八九';

/** Value of a Chinese numeral up to 九十九 (一, 十, 十二, 二十, 二十三). */
export function chineseNumber(numeral: string): number {
  const ten = numeral.indexOf('十');
  if (ten < 0) return [...numeral].reduce((n, ch) => n * 10 + Math.max(0, CN_DIGITS.indexOf(ch)), 0);
  const tens = ten === 0 ? 1 : CN_DIGITS.indexOf(numeral[ten - 1]!);
  const units = ten === numeral.length - 1 ? 0 : CN_DIGITS.indexOf(numeral[ten + 1]!);
  return tens * 10 + units;
}

function arabicNumber(numeral: string): number {
  return Number([...numeral].map((ch) => (DIGITS.includes(ch) ? ch : String(ch.charCodeAt(0) - 0xff10))).join(''));
}

export interface Marker {
  kind: MarkerKind;
  ordinal: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
const AR = '[0-9０-９]{1,3}';
const MARKERS: Array<{ kind: MarkerKind; pattern: RegExp; ordinal: (m: RegExpExecArray) => number }> = [
  // 一、 but not 一、二季度 (a list of numerals)
  { kind: 'chapter', pattern: new RegExp(`^(${CN})、(?![一二三四五六七八九十])`, 'u'), ordinal: (m) => chineseNumber(m[1]!) },
  { kind: 'section', pattern: new RegExp(`^[（(](${CN})[）)]`, 'u'), ordinal: (m) => chineseNumber(m[1]!) },
  // 1. 1、 １． but not 1.5 (a decimal)
  { kind: 'item', pattern: new RegExp(`^(${AR})(?:[.．](?![0-9０-９])|、)`, 'u'), ordinal: (m) => arabicNumber(m[1]!) },
  { kind: 'subitem', pattern: new RegExp(`^[（(](${AR})[）)]`, 'u'), ordinal: (m) => arabicNumber(m[1]!) },
  { kind: 'aspect', pattern: /^(另?)一方面/u, ordinal: (m) => (m[1] ? 2 : 1) },
  { kind: 'point', pattern: new RegExp(`^(${CN})[是要]`, 'u'), ordinal: (m) => chineseNumber(m[1]!) },
  { kind: 'point', pattern: new RegExp(`^第(${CN})[，、,：]`, 'u'), ordinal: (m) => chineseNumber(m[1]!) },
];

/** The outline marker a line starts with, if any. */
export function matchMarker(text: string): Marker | undefined {
  for (const { kind, pattern, ordinal } of MARKERS) {
    const m = pattern.exec(text);
    if (m) return { kind, ordinal: ordinal(m) };
  }
  return undefined;
}

/** Where chapters (一、 二、 …) start inside a line that runs on: after a sentence end, in sequence from 一. */
export function chapterStarts(text: string): number[] {
  const starts: number[] = [];
  let expected = 1;
  for (const m of text.matchAll(new RegExp(`(?<=[。！？”」』])(${CN})、(?![一二三四五六七八九十])`, 'gu'))) {
    if (chineseNumber(m[1]!) !== expected) continue;
    starts.push(m.index);
    expected++;
  }
  return starts;
}

const OPENING_QUOTES = '“‘《〈（(「『';
const CLOSING_QUOTES = '”’》〉）)」』';

/**
 * Split a marker line into its lead sentence and the rest: the lead ends at the
 * first 。！？ outside quotes and brackets. A line with no sentence end, or
 * nothing after it, is all lead.
 */
export function splitLead(text: string): [lead: string, rest: string] {
  const end = (respectQuotes: boolean): number => {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (respectQuotes && OPENING_QUOTES.includes(ch)) depth++;
      else if (respectQuotes && CLOSING_QUOTES.includes(ch)) depth = Math.max(0, depth - 1);
      else if (depth === 0 && '。！？'.includes(ch)) return i;
    }
    return -1;
  };
  // Malformed quotes (“…" without its ”) leave depth open: then ignore quotes.
  let at = end(true);
  if (at < 0) at = end(false);
  if (at < 0 || at === text.length - 1) return [text, ''];
  return [text.slice(0, at + 1), text.slice(at + 1)];
}
