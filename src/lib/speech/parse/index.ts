/**
 * Stage 2 of the pipeline: the text of a speech → its document model.
 *
 * Recognises the head (title lines, a —— subtitle, date or speaker lines), the
 * salutation, the outline (一、 （一） 1. （1） 一方面 一是/一要) and the closing.
 * Levels follow the markers a document actually uses: a marker family already
 * open in the current branch closes back to its level; a new family nests
 * under every open family of a smaller conventional rank.
 */
import { parseInlines } from './inline.ts';
import {
  MARKER_RANK,
  inlineText,
  walkParagraphs,
  type MarkerKind,
  type Paragraph,
  type Section,
  type Speech,
  type SpeechHead,
} from './model.ts';

/** A non-blank logical line of the source, trimmed, with its 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
}

/** A paragraph indent inside a line: text pasted from the web runs paragraphs together. */
const INNER_INDENT = /\u3000{2,}|[\u00a0 \t]{4,}/u;

/**
 * Split text into non-blank logical lines. Accepts LF, CRLF and CR line ends,
 * indents of spaces, NBSP or U+3000, and paragraphs run together on one line
 * when each starts with a two-character indent.
 */
export function splitLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text.split(/\r\n|\r|\n/u).forEach((raw, index) => {
    for (const piece of raw.split(INNER_INDENT)) {
      const trimmed = piece.trim();
      if (trimmed) out.push({ text: trimmed, line: index + 1 });
    }
  });
  return out;
}

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

const SEQUENTIAL = new Set<MarkerKind>(['point', 'aspect']);
const SUBTITLE = /^(?:——|--|－－|—)/u;
const SALUTATION = /^[^。！？，]{1,30}[：:]$/u;
const DATE_LINE = /^[（(]?\s*[0-9０-９〇一二三四五六七八九十]{4}\s*年[^。]{0,12}[）)]?$/u;
const CLOSING = /^(?:同志们|各位(?:领导|同志|代表)|谢谢)/u;

function isTitleLike(text: string): boolean {
  return text.length <= 50 && !/[。！？；：:]/u.test(text) && !matchMarker(text);
}

function readHead(lines: readonly SourceLine[]): { head: SpeechHead; used: number } {
  const head: SpeechHead = { titleLines: [], subtitleLines: [], otherLines: [] };
  let i = 0;
  for (; i < lines.length && i < 8; i++) {
    const { text } = lines[i]!;
    if (SUBTITLE.test(text) && text.length <= 80) head.subtitleLines.push(text);
    else if (DATE_LINE.test(text)) head.otherLines.push(text);
    else if (isTitleLike(text) && !SALUTATION.test(text)) {
      if (head.subtitleLines.length === 0 && head.otherLines.length === 0) head.titleLines.push(text);
      else head.otherLines.push(text);
    } else break;
  }
  return { head, used: i };
}

function paragraph(line: SourceLine, role: Paragraph['role']): Paragraph {
  return { type: 'paragraph', id: '', role, line: line.line, children: parseInlines(line.text, { leads: role === 'body' }) };
}

/** Parse the text of a speech (already decoded) into its document model. */
export function parseSpeech(text: string): Speech {
  const lines = splitLines(text);
  const { head, used } = readHead(lines);
  const speech: Speech = { head, preamble: [], sections: [], closing: [] };

  let rest = lines.slice(used);
  if (rest[0] && SALUTATION.test(rest[0].text)) {
    speech.preamble.push(paragraph(rest[0], 'salutation'));
    rest = rest.slice(1);
  }

  const stack: Section[] = [];
  const seen = new Set<string>(); // kind:ordinal of every heading so far
  for (const line of rest) {
    const marker = matchMarker(line.text);
    // 一是/一要 and 一方面 also begin ordinary sentences (三要素是…): they count as
    // markers only when they start a numbering or continue one (二 after 一).
    const inSequence = marker && (!SEQUENTIAL.has(marker.kind) || marker.ordinal === 1 || seen.has(`${marker.kind}:${marker.ordinal - 1}`));
    if (marker && inSequence) {
      const open = stack.findIndex((s) => s.kind === marker.kind);
      if (open >= 0) stack.length = open;
      else while (stack.length > 0 && MARKER_RANK[stack.at(-1)!.kind] >= MARKER_RANK[marker.kind]) stack.pop();

      const [lead, body] = splitLead(line.text);
      const section: Section = {
        type: 'section',
        id: '',
        kind: marker.kind,
        ordinal: marker.ordinal,
        depth: stack.length + 1,
        line: line.line,
        heading: parseInlines(lead, { leads: false }),
        body: body ? [paragraph({ text: body, line: line.line }, 'body')] : [],
        sections: [],
      };
      (stack.at(-1)?.sections ?? speech.sections).push(section);
      stack.push(section);
      seen.add(`${marker.kind}:${marker.ordinal}`);
    } else {
      (stack.at(-1)?.body ?? speech.preamble).push(paragraph(line, 'body'));
    }
  }

  moveClosing(speech);
  assignIds(speech);
  return speech;
}

/** The closing (同志们，… at the very end) leaves the last section for the document's end. */
function moveClosing(speech: Speech): void {
  let last: Section | undefined = speech.sections.at(-1);
  while (last?.sections.length) last = last.sections.at(-1);
  const body = last ? last.body : speech.preamble;
  // The lead body of a heading line is never the closing: it starts on the heading's line.
  const from = body.findLastIndex((p) => CLOSING.test(inlineText(p.children)) && p.line !== last?.line);
  if (from < 0) return;
  speech.closing = body.splice(from).map((p) => ({ ...p, role: 'closing' }));
}

function assignIds(speech: Speech): void {
  const number = (sections: Section[], prefix: string): void =>
    sections.forEach((s, i) => {
      s.id = `${prefix}-${i + 1}`;
      number(s.sections, s.id);
    });
  number(speech.sections, 'sec');
  let n = 0;
  for (const p of walkParagraphs(speech)) p.id = `p${++n}`;
}
