/**
 * The typed models of the speech pipeline, and nothing else:
 *
 * - SourceDocument: what a reader (read/) makes of a file, whatever its
 *   format (.txt, .md, .docx): its lines with their inline formatting and
 *   the structure the format itself states (a Markdown heading, a Word
 *   heading style, a table), its notes and its front matter.
 * - Speech: what the parser (parse/) makes of a SourceDocument: the head
 *   (title, subtitle, date, speaker, source lines), the outline of sections,
 *   the paragraphs, tables and figures.
 *
 * Nothing in here knows about text files, Word or MDX.
 */

// ───────────────────────────── the readers' output ─────────────────────────────

/** Inline content as a reader gives it. */
export type SourceInline =
  | { type: 'text'; value: string }
  | { type: 'strong' | 'emphasis'; children: SourceInline[] }
  | { type: 'link'; url: string; children: SourceInline[]; /** Cut before its end: its address goes with the last piece. */ cut?: true }
  | { type: 'image'; url: string; alt: string }
  | { type: 'noteRef'; id: string };

/** A line of the source: a paragraph of text, a heading, a list item. */
export interface SourceLine {
  type: 'line';
  /** 1-based line of the file (for a Word file: its paragraph number). */
  line: number;
  content: SourceInline[];
  /** The format says this is a heading: 1…6 (Markdown #…######, Word Heading 1…6), 0 for a Word Title. */
  heading?: number;
  /** The format says this is an item of a list (and where an ordered list's numbers start). */
  list?: { ordered: boolean; depth: number; start?: number };
  /** The format says this is quoted (a Markdown block quote). */
  quote?: boolean;
}

/** A table of the source: rows of cells, each cell's inline content. */
export interface SourceTable {
  type: 'table';
  line: number;
  rows: SourceInline[][][];
}

export type SourceBlock = SourceLine | SourceTable;

/** A footnote or endnote of the source (Word notes, Markdown [^1] notes). */
export interface SourceNote {
  id: string;
  line: number;
  content: SourceInline[];
}

export interface SourceDocument {
  blocks: SourceBlock[];
  notes: SourceNote[];
  /** The YAML of a front-matter block, and the line where it starts. */
  frontMatter?: { yaml: string; firstLine: number };
  /** The document's plain text, one line per block, for the build's reports (glossary coverage). */
  text: string;
  warnings: string[];
}

// ───────────────────────────── the parsed speech ─────────────────────────────

/** Outline marker families, from the outermost convention to the innermost. */
export type MarkerKind =
  | 'heading' // a heading the format states (Markdown #, Word heading style, a bold line) without a marker
  | 'chapter' // 一、
  | 'section' // （一）
  | 'item' // 1.  1、  １．
  | 'subitem' // （1）
  | 'aspect' // 一方面 / 另一方面
  | 'point'; // 一是 / 一要 / 第一，

/** Conventional nesting rank of each marker family (smaller = outer). */
export const MARKER_RANK: Record<MarkerKind, number> = {
  heading: 0,
  chapter: 1,
  section: 2,
  item: 3,
  subitem: 4,
  aspect: 5,
  point: 6,
};

/** Human names of the marker families, for messages and tests. */
export const MARKER_LABEL: Record<MarkerKind, string> = {
  heading: '标题',
  chapter: '一、',
  section: '（一）',
  item: '1.',
  subitem: '（1）',
  aspect: '一方面',
  point: '一是/一要',
};

/** A run of literal text. */
export interface TextInline {
  type: 'text';
  value: string;
}

/** An anonymisation placeholder of the source (X, XX, *, **): kept verbatim, marked as hidden. */
export interface RedactedInline {
  type: 'redacted';
  value: string;
}

/** The lead phrase of an enumeration inside a paragraph (…。一是提高政治站位。…). */
export interface LeadInline {
  type: 'lead';
  children: Array<TextInline | RedactedInline>;
}

/** Bold or emphasised text of the source (Markdown **…** and _…_, Word bold and italic runs). */
export interface MarkInline {
  type: 'strong' | 'emphasis';
  children: Inline[];
}

/** A link of the source: shown as its text, and, when it points outside the site, its address as text. */
export interface LinkInline {
  type: 'link';
  url: string;
  /** It points to another host: never loaded, the address is shown (after its last piece, when it was cut). */
  external: boolean;
  cut?: true;
  children: Inline[];
}

/** An image of the source: never loaded; the page says an image was there, with its address. */
export interface ImageInline {
  type: 'image';
  url: string;
  alt: string;
}

/** A reference to a note of the source (its number, as the notes are numbered in order). */
export interface NoteRefInline {
  type: 'noteRef';
  /** The note's number (1, 2, …): its anchor is fn-N. */
  number: number;
}

export type Inline = TextInline | RedactedInline | LeadInline | MarkInline | LinkInline | ImageInline | NoteRefInline;

/** Where a piece of the document came from: 1-based line in the source file. */
export interface SourceRef {
  line: number;
}

export interface Paragraph extends SourceRef {
  type: 'paragraph';
  /** Stable anchor, unique in the document (p1, p2, …). */
  id: string;
  /**
   * Paragraph role: body text, the salutation (同志们：), the closing, or end
   * matter (a trailing 责任编辑：, （作者：…）, ※这是…的讲话 note).
   */
  role: 'body' | 'salutation' | 'closing' | 'end';
  children: Inline[];
  /** The language of a line in another language than Chinese (a bilingual edition): en, ru, bo, ug… */
  lang?: string;
  /** An item of a list the source format states (and where an ordered list's numbers start). */
  list?: { ordered: boolean; depth: number; start?: number };
  /** Part of a block quote. */
  quote?: boolean;
}

export interface Table extends SourceRef {
  type: 'table';
  /** Stable anchor (t1, t2, …). */
  id: string;
  rows: Inline[][][];
}

export type Block = Paragraph | Table;

export interface Section extends SourceRef {
  type: 'section';
  /** Stable anchor derived from the outline position (sec-1, sec-1-2, …). */
  id: string;
  kind: MarkerKind;
  /** Ordinal the marker states (一 → 1, （三） → 3, 12. → 12); for a heading without a marker, its level. */
  ordinal: number;
  /** Nesting depth in this document, 1 for the outermost level it uses. */
  depth: number;
  /** The heading: marker and lead sentence, verbatim (invisible characters aside). */
  heading: Inline[];
  /** What follows the heading, before any subsection. */
  body: Block[];
  sections: Section[];
}

/** What a line of the head is. */
export type HeadRole =
  | 'title' // 政府工作报告
  | 'subtitle' // ——在……上的讲话, or 2026年2月3日在……会议上
  | 'date' // （2017年10月18日）
  | 'speaker' // 习近平, 国务院总理 李克强
  | 'field' // 来源：…  时间：…  发布时间：…  责任编辑：…  作者：…
  | 'caption' // a photo caption (…新华社记者 某某/摄)
  | 'translation' // the head line of a bilingual edition in its other language
  | 'other'; // another short line of the head

/** A line above the body, verbatim (invisible characters aside), with what it is. */
export interface HeadLine extends SourceRef {
  role: HeadRole;
  text: string;
  /** For a translation: its language. */
  lang?: string;
}

/** A labelled fact of the head or the end: 来源 → 解放日报, 时间 → 2026-02-09. */
export interface HeadField {
  label: string;
  value: string;
}

export interface SpeechHead {
  lines: HeadLine[];
  /** The labelled facts of the head lines and of the end matter, in order. */
  fields: HeadField[];
}

/** A note of the source, numbered in order of its first reference. */
export interface Note extends SourceRef {
  number: number;
  children: Inline[];
}

/** Lines of the source left out of the page: web-page controls and trailers (下载 打印, 【字号：…】, 相关链接). */
export interface Leftover extends SourceRef {
  text: string;
}

export interface Speech {
  head: SpeechHead;
  /** What comes before the first outline heading (salutation and opening). */
  preamble: Block[];
  sections: Section[];
  /** Closing paragraphs after the outline (同志们，…), and end matter. */
  closing: Paragraph[];
  notes: Note[];
  /** Lines left out as page furniture (see parse/leftovers.ts). */
  leftovers: Leftover[];
  /** Things the editor should know: what was left out, a paragraph too long, an outside image. */
  warnings: Array<{ line?: number; message: string }>;
}

/** Plain text of source inlines (images and note references have none). */
export function sourceText(content: readonly SourceInline[]): string {
  return content.map((node) => (node.type === 'text' ? node.value : 'children' in node ? sourceText(node.children) : '')).join('');
}

/** The plain text of a run of inlines, as the page shows it. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'redacted':
          return node.value;
        case 'lead':
        case 'strong':
        case 'emphasis':
          return inlineText(node.children);
        case 'link':
          return inlineText(node.children) + (node.external && !node.cut ? externalAddress(node) : '');
        case 'image':
          return imageLabel(node);
        case 'noteRef':
          return `[${node.number}]`;
      }
    })
    .join('');
}

/** How the page shows where an outside link pointed: after its text, unless the text is the address. */
export function externalAddress(link: Pick<LinkInline, 'url' | 'children'>): string {
  return inlineText(link.children) === link.url ? '' : `（${link.url}）`;
}

/** How the page shows an image it does not load. */
export function imageLabel(image: Pick<ImageInline, 'url' | 'alt'>): string {
  return `［图片${image.alt ? `：${image.alt}` : ''}（未加载，原地址 ${image.url}）］`;
}

/** Every section of the outline, depth first, in document order. */
export function* walkSections(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section;
    yield* walkSections(section.sections);
  }
}

/** Every block of the speech, in document order. */
export function* walkBlocks(speech: Speech): Generator<Block> {
  yield* speech.preamble;
  for (const section of walkSections(speech.sections)) yield* section.body;
  yield* speech.closing;
}

/** Every paragraph of the speech, in document order. */
export function* walkParagraphs(speech: Speech): Generator<Paragraph> {
  for (const block of walkBlocks(speech)) if (block.type === 'paragraph') yield block;
}
