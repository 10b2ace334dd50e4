/**
 * Texts with no line breaks (crawled from news sites: the whole speech one
 * line): the head glued to the body (在……上的讲话（2018年2月12日）习近平同志们：…,
 * or 标题※习近平…), chapters glued to each other (…。二、…), and end matter
 * glued to the last sentence (…（新华社北京11月24日电）《 人民日报 》（…版）).
 * Cut into lines where the text itself marks the cut; what cannot be told
 * stays as it is.
 */
import type { HeadRole } from '../model.ts';
import { CAPTION, DATE_TEXT, SALUTATION_START } from './head.ts';
import { chapterStarts } from './outline.ts';
import { cutLine, type WorkLine } from './work-line.ts';

/** A line this long has lost its line breaks. */
export const GLUED_LINE = 300;

// A title is not a clause: no sentence end, comma or colon before its date or mark.
const TITLE_DATE = new RegExp(`^([^。！？；，、：:]{6,60}?)([（(]${DATE_TEXT}[）)])`, 'u');
const TITLE_MARK = /^([^。！？；，、：:※]{6,60}※)/u;
const CAPTION_RUN = /^(.{4,300}?[/／]\s*摄)/u;
const END_PIECES = [/※(?:这是|本文)[^※]{4,200}$/u, /《\s*人民日报\s*》\s*[（(][^（）]{4,40}[）)]$/u, /[（(]新华社[^（）]{2,24}电[）)]$/u];
const HAN_RUN = /^\p{Script=Han}+/u;

/**
 * How long the speaker's name is at the start of `rest` (the text after a
 * glued title and date), or 0 when it cannot be told: a run of two to four
 * characters before a digit or a mark; else a name that a salutation
 * follows (习近平同志们：); else a name the text uses again as a name
 * (主席习近平, 习近平总书记).
 */
export function nameLength(rest: string, fullText: string): number {
  // 各位代表： and 同志们： are the salutation, never a name.
  if (SALUTATION_START.test(rest)) return 0;
  const run = HAN_RUN.exec(rest)?.[0] ?? '';
  if (run.length >= 2 && run.length <= 4) return run.length;
  for (const n of [3, 2, 4]) if (SALUTATION_START.test(rest.slice(n))) return n;
  for (const n of [3, 2, 4]) {
    const name = rest.slice(0, n);
    if (new RegExp(`(?:主席|总书记|总理|书记)${name}|${name}(?:总书记|同志|主席|总理|在|指出|强调)`, 'u').test(fullText)) return n;
  }
  return 0;
}

function ungluedHead(line: WorkLine, fullText: string): WorkLine[] {
  const text = line.text;
  const cuts: number[] = [];
  const hints: Array<HeadRole | undefined> = [];
  let at: number;
  const dated = TITLE_DATE.exec(text);
  const marked = dated ? undefined : TITLE_MARK.exec(text);
  if (dated) {
    cuts.push(dated[1]!.length, dated[0].length);
    hints.push('title', 'date');
    at = dated[0].length;
  } else if (marked) {
    cuts.push(marked[1]!.length);
    hints.push('title');
    at = marked[1]!.length;
  } else return [line];
  const name = nameLength(text.slice(at), fullText);
  if (name) {
    at += name;
    cuts.push(at);
    hints.push('speaker');
  }
  const caption = CAPTION_RUN.exec(text.slice(at));
  if (caption && CAPTION.test(caption[1]!) && SALUTATION_START.test(text.slice(at + caption[0].length).trimStart())) {
    at += caption[0].length;
    cuts.push(at);
    hints.push('caption');
  }
  return cutLine(line, cuts, hints);
}

/** Lines that had no line breaks, cut where the text marks a cut. */
export function unglue(lines: readonly WorkLine[], fullText: string): WorkLine[] {
  let out = [...lines];
  // Only a text that is all one line (or nearly) has its head glued to its body.
  if (out[0] && out[0].text.length > GLUED_LINE && out.length <= 3) out.splice(0, 1, ...ungluedHead(out[0], fullText));
  out = out.flatMap((line) => {
    if (line.text.length <= GLUED_LINE) return [line];
    const starts = chapterStarts(line.text);
    return starts.length >= 2 ? cutLine(line, starts) : [line];
  });
  // End matter glued to the last sentence, peeled from the end.
  const tail: WorkLine[] = [];
  let last = out.pop();
  while (last) {
    const text = last.text;
    const end = END_PIECES.map((p) => p.exec(text)).find((m) => m && m.index > 0 && text.slice(0, m.index).trim());
    if (!end) break;
    const [before, piece] = cutLine(last, [end.index]);
    if (!before || !piece) break;
    tail.unshift(piece);
    last = before;
  }
  if (last) out.push(last);
  return [...out, ...tail];
}
