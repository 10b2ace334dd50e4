/**
 * Stage 2 of the pipeline: a SourceDocument (whatever its format) → the
 * document model of the speech.
 *
 * In order: page furniture is left out (leftovers.ts); lines that lost their
 * line breaks are cut where the text marks a cut (glued.ts); the head is read
 * (head.ts: title, subtitle, date, speaker, 来源/时间 lines, caption); then
 * the salutation, the outline (outline.ts: 一、 （一） 1. （1） 一方面 一是/一要,
 * and headings the format states: Markdown #, Word heading styles, bold
 * lines), the closing and the end matter. Levels follow the markers a
 * document actually uses: a marker family already open in the current branch
 * closes back to its level; a new family nests under every open family of a
 * smaller conventional rank. Lines in another language (a bilingual edition)
 * are marked with it and never become headings or part of the title.
 */
import {
  MARKER_RANK,
  inlineText,
  walkBlocks,
  walkParagraphs,
  type Block,
  type Inline,
  type Leftover,
  type MarkerKind,
  type Note,
  type Paragraph,
  type Section,
  type SourceDocument,
  type SourceInline,
  type Speech,
  sourceText,
} from '../model.ts';
import { unglue } from './glued.ts';
import { endFields, endMatterLength, readHead, SALUTATION, SALUTATION_START } from './head.ts';
import { toInlines } from './inline.ts';
import { lineLanguage } from './lang.ts';
import { findLeftovers, lineRanges } from './leftovers.ts';
import { matchMarker, splitLead } from './outline.ts';
import { cutLine, cutSource, workLine, type WorkLine } from './work-line.ts';

export { chineseNumber, matchMarker, splitLead } from './outline.ts';

export interface ParseOptions {
  /** Keep web-page furniture as text instead of leaving it out (sidecar keepLeftovers). */
  keepLeftovers?: boolean;
  /** The language of lines in Latin script (sidecar translationLang; default en). */
  latinLang?: string;
}

/** A paragraph this long has probably lost its line breaks: the editor is told. */
export const LONG_PARAGRAPH = 3000;

const SEQUENTIAL = new Set<MarkerKind>(['point', 'aspect']);
const CLOSING = /^(?:同志们|各位(?:领导|同志|代表)|谢谢)/u;
/** A bold line is a heading when it is short and not a sentence. */
const BOLD_HEADING = /^[^。！？]{1,40}$/u;
/** Bold headings rank below Markdown and Word headings, above every numbered level. */
const BOLD_LEVEL = 7;

interface Open {
  section: Section;
  family: string;
  rank: number;
}

/** The length of a bold run that starts a line and ends before the line does (a run-in lead: **一是……。**正文). */
function boldLead(content: readonly SourceInline[]): number {
  const first = content[0];
  if (first?.type !== 'strong' || content.length < 2) return 0;
  return sourceText([first]).length;
}

export function parseSpeech(doc: SourceDocument, options: ParseOptions = {}): Speech {
  const warnings: Speech['warnings'] = [];
  let lines: WorkLine[] = doc.blocks.map((block) => {
    if (block.type === 'table') return { ...workLine({ line: block.line, content: [] }), table: block.rows };
    const line = workLine(block);
    const lang = lineLanguage(line.key, options.latinLang);
    return lang ? { ...line, lang } : line;
  });

  // Page furniture of a copied web page.
  const leftovers: Leftover[] = [];
  if (!options.keepLeftovers) {
    const found = findLeftovers(lines);
    lines = lines.filter((line, i) => {
      if (found.has(i)) leftovers.push({ line: line.line, text: line.key });
      return !found.has(i);
    });
    if (leftovers.length) {
      const sample = leftovers.map((l) => l.text).join(' ').slice(0, 60);
      warnings.push({
        line: leftovers[0]!.line,
        message: `left out ${leftovers.length} line(s) of web-page furniture, lines ${lineRanges(leftovers.map((l) => l.line))}: ${sample}…; set keepLeftovers: true in a sidecar to keep them (已去除网页残留)`,
      });
    }
  }
  lines = unglue(lines, doc.text);

  // Notes are numbered in the order they are first referred to.
  const noteNumbers = new Map<string, number>();
  const note = (id: string) => (doc.notes.some((n) => n.id === id) ? (noteNumbers.get(id) ?? noteNumbers.set(id, noteNumbers.size + 1).get(id)!) : undefined);
  const inlines = (content: readonly SourceInline[], leads: boolean) => toInlines(content, { leads, note });
  const paragraph = (line: WorkLine, role: Paragraph['role'], content = line.content): Paragraph => ({
    type: 'paragraph',
    id: '',
    role,
    line: line.line,
    children: inlines(content, role === 'body' && !line.lang),
    ...(line.lang ? { lang: line.lang } : {}),
    ...(line.list ? { list: line.list } : {}),
    ...(line.quote ? { quote: true } : {}),
  });

  const head = readHead(lines);
  const body = lines.slice(head.used);
  const speech: Speech = { head: { lines: head.lines, fields: head.fields }, preamble: [], sections: [], closing: [], notes: [], leftovers, warnings };

  // The salutation: a line of its own, or the start of a line that runs on (同志们，朋友们：在过去……).
  const first = body[0];
  if (first && !first.table && !first.lang && !first.list) {
    const glued = SALUTATION_START.exec(first.text);
    if (SALUTATION.test(first.key) && first.key.length <= 40) {
      speech.preamble.push(paragraph(first, 'salutation'));
      body.shift();
    } else if (glued && glued[0].length < first.text.length) {
      const [salutation, rest] = cutLine(first, [glued[0].length]);
      speech.preamble.push(paragraph(salutation!, 'salutation'));
      body.splice(0, 1, rest!);
    }
  }

  const end = body.splice(body.length - endMatterLength(body));
  speech.head.fields.push(...endFields(end));

  const stack: Open[] = [];
  const seen = new Set<string>(); // kind:ordinal of every heading so far
  const place = (block: Block) => (stack.at(-1)?.section.body ?? speech.preamble).push(block);
  for (const line of body) {
    if (line.table) {
      place({ type: 'table', id: '', line: line.line, rows: line.table.map((row) => row.map((cell) => inlines(cell, false))) });
      continue;
    }
    if (line.lang) {
      place(paragraph(line, 'body'));
      continue;
    }
    const inList = Boolean(line.list || line.quote);
    const stated = inList ? undefined : (line.heading ?? (line.bold && BOLD_HEADING.test(line.key) ? BOLD_LEVEL : undefined));
    const marker = inList ? undefined : matchMarker(line.key);
    // 一是/一要 and 一方面 also begin ordinary sentences (三要素是…): they count as
    // markers only when they start a numbering or continue one (二 after 一), or the format says it is a heading.
    const inSequence =
      marker && (stated !== undefined || !SEQUENTIAL.has(marker.kind) || marker.ordinal === 1 || seen.has(`${marker.kind}:${marker.ordinal - 1}`));
    let cut = line.text.length;
    if (marker && inSequence && stated === undefined) cut = boldLead(line.content) || splitLead(line.text)[0].length;
    // A piece of a line that had no line breaks never becomes a heading: where its heading ends cannot be told.
    const isHeading = !line.glued && ((marker && inSequence) || stated !== undefined);
    if (!isHeading) {
      place(paragraph(line, 'body'));
      continue;
    }
    const kind: MarkerKind = marker && inSequence ? marker.kind : 'heading';
    const family = kind === 'heading' ? `heading${stated}` : kind;
    const rank = kind === 'heading' ? (stated ?? BOLD_LEVEL) / 10 : MARKER_RANK[kind];
    const open = stack.findIndex((s) => s.family === family);
    if (open >= 0) stack.length = open;
    else while (stack.length > 0 && stack.at(-1)!.rank >= rank) stack.pop();

    const [lead, rest] = cutSource(line.content, [cut]);
    const section: Section = {
      type: 'section',
      id: '',
      kind,
      ordinal: kind === 'heading' ? (stated ?? BOLD_LEVEL) : marker!.ordinal,
      depth: stack.length + 1,
      line: line.line,
      // A heading is bold anyway: the bold of a line typed in bold is not kept twice.
      heading: toInlines(lead!, { leads: false, note, visibleOnly: true }).flatMap((n) => (n.type === 'strong' ? n.children : [n])),
      body: rest!.length && rest!.some((n) => n.type !== 'text' || n.value.trim()) ? [paragraph(line, 'body', trimStart(rest!))] : [],
      sections: [],
    };
    (stack.at(-1)?.section.sections ?? speech.sections).push(section);
    stack.push({ section, family, rank });
    if (marker && inSequence) seen.add(`${marker.kind}:${marker.ordinal}`);
  }

  moveClosing(speech);
  speech.closing.push(...end.map((line) => paragraph(line, 'end')));
  speech.notes = numberNotes(doc, noteNumbers, note, inlines);
  assignIds(speech);
  warn(speech);
  return speech;
}

function trimStart(content: SourceInline[]): SourceInline[] {
  const first = content[0];
  if (first?.type !== 'text') return content;
  return [{ ...first, value: first.value.trimStart() }, ...content.slice(1)];
}

/** The notes of the source, in the order of their numbers; a note never referred to comes last, so none is lost. */
function numberNotes(
  doc: SourceDocument,
  numbers: Map<string, number>,
  note: (id: string) => number | undefined,
  inlines: (content: readonly SourceInline[], leads: boolean) => Inline[],
): Note[] {
  const children = new Map(doc.notes.map((n) => [n.id, inlines(n.content, false)]));
  for (const n of doc.notes) note(n.id);
  return doc.notes
    .map((n) => ({ number: numbers.get(n.id)!, line: n.line, children: children.get(n.id)! }))
    .sort((a, b) => a.number - b.number);
}

/** The closing (同志们，… at the very end) leaves the last section for the document's end. */
function moveClosing(speech: Speech): void {
  let last: Section | undefined = speech.sections.at(-1);
  while (last?.sections.length) last = last.sections.at(-1);
  const body = last ? last.body : speech.preamble;
  // The lead body of a heading line is never the closing: it starts on the heading's line.
  const from = body.findLastIndex((p) => p.type === 'paragraph' && p.role === 'body' && !p.lang && CLOSING.test(inlineText(p.children)) && p.line !== last?.line);
  if (from < 0 || body.slice(from).some((b) => b.type !== 'paragraph')) return;
  speech.closing = (body.splice(from) as Paragraph[]).map((p) => ({ ...p, role: 'closing' }));
}

function assignIds(speech: Speech): void {
  const number = (sections: Section[], prefix: string): void =>
    sections.forEach((s, i) => {
      s.id = `${prefix}-${i + 1}`;
      number(s.sections, s.id);
    });
  number(speech.sections, 'sec');
  let p = 0;
  let t = 0;
  for (const block of walkBlocks(speech)) block.id = block.type === 'table' ? `t${++t}` : `p${++p}`;
}

/** What the editor should know about the text: paragraphs that lost their line breaks, what is not loaded. */
function warn(speech: Speech): void {
  for (const p of walkParagraphs(speech)) {
    const length = inlineText(p.children).length;
    if (length > LONG_PARAGRAPH) {
      speech.warnings.push({ line: p.line, message: `a paragraph of ${length.toLocaleString('en')} characters: the text may have lost its line breaks (段落过长，原文可能缺少换行)` });
    }
  }
  const outside = new Map<string, number>();
  const embedded: number[] = [];
  const visit = (inlines: readonly Inline[], line: number) => {
    for (const node of inlines) {
      if (node.type === 'image' && !node.url) embedded.push(line);
      else if ((node.type === 'image' || (node.type === 'link' && node.external)) && !outside.has(node.url)) outside.set(node.url, line);
      if ('children' in node) visit(node.children as Inline[], line);
    }
  };
  for (const block of walkBlocks(speech)) {
    if (block.type === 'paragraph') visit(block.children, block.line);
    else block.rows.flat().forEach((cell) => visit(cell, block.line));
  }
  if (embedded.length) {
    speech.warnings.push({ line: embedded[0]!, message: `${embedded.length} picture(s) embedded in the document are not imported; the page says where each was (图片未导入)` });
  }
  for (const [url, line] of outside) {
    speech.warnings.push({ line, message: `an address on another host is shown as text and never loaded: ${url} (外部图片或链接不会加载)` });
  }
}
