/**
 * The typed document model of a speech: the output of the parse stage and the
 * input of the MDX stage. Nothing in here knows about text files or MDX.
 */

/** Outline marker families, from the outermost convention to the innermost. */
export type MarkerKind =
  | 'chapter' // 一、
  | 'section' // （一）
  | 'item' // 1.  1、  １．
  | 'subitem' // （1）
  | 'aspect' // 一方面 / 另一方面
  | 'point'; // 一是 / 一要 / 第一，

/** Conventional nesting rank of each marker family (smaller = outer). */
export const MARKER_RANK: Record<MarkerKind, number> = {
  chapter: 1,
  section: 2,
  item: 3,
  subitem: 4,
  aspect: 5,
  point: 6,
};

/** Human names of the marker families, for messages and tests. */
export const MARKER_LABEL: Record<MarkerKind, string> = {
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

export type Inline = TextInline | RedactedInline | LeadInline;

/** Where a piece of the document came from: 1-based line in the source file. */
export interface SourceRef {
  line: number;
}

export interface Paragraph extends SourceRef {
  type: 'paragraph';
  /** Stable anchor, unique in the document (p1, p2, …). */
  id: string;
  /** Paragraph role: body text, the salutation (同志们：) or the closing. */
  role: 'body' | 'salutation' | 'closing';
  children: Inline[];
}

export interface Section extends SourceRef {
  type: 'section';
  /** Stable anchor derived from the outline position (sec-1, sec-1-2, …). */
  id: string;
  kind: MarkerKind;
  /** Ordinal the marker states (一 → 1, （三） → 3, 12. → 12). */
  ordinal: number;
  /** Nesting depth in this document, 1 for the outermost level it uses. */
  depth: number;
  /** The heading: marker and lead sentence, verbatim. */
  heading: Inline[];
  /** Paragraphs that follow the heading, before any subsection. */
  body: Paragraph[];
  sections: Section[];
}

/** Lines above the body: title, subtitle (——…) and any other head line (date, speaker). */
export interface SpeechHead {
  titleLines: string[];
  subtitleLines: string[];
  otherLines: string[];
}

export interface Speech {
  head: SpeechHead;
  /** Paragraphs before the first outline heading (salutation and opening). */
  preamble: Paragraph[];
  sections: Section[];
  /** Closing paragraphs after the outline (同志们，…). */
  closing: Paragraph[];
}

/** The plain text of a run of inlines. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((node) => (node.type === 'lead' ? inlineText(node.children) : node.value)).join('');
}

/** Every section of the outline, depth first, in document order. */
export function* walkSections(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section;
    yield* walkSections(section.sections);
  }
}

/** Every paragraph of the speech, in document order. */
export function* walkParagraphs(speech: Speech): Generator<Paragraph> {
  yield* speech.preamble;
  for (const section of walkSections(speech.sections)) yield* section.body;
  yield* speech.closing;
}
