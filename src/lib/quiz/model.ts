/**
 * The self-test's data: what the quiz page is given (material, taken from the
 * glossary's fields and the speeches' term uses) and what it makes of it
 * (questions, each with its answer and where the answer comes from).
 */

/** One use of a term in a speech: the passage a question links to. */
export interface QuizPassage {
  speech: string;
  /** The paragraph's id on the speech page (p12, sec-2-1). */
  paragraph: string;
  before: string;
  match: string;
  after: string;
}

/** An entry as the quiz sees it: only the fields questions are made from. */
export interface QuizEntry {
  slug: string;
  term: string;
  aliases: string[];
  category: string;
  summary: string;
  parts: string[];
  document?: { title: string; issuer: string; date?: string | undefined };
  /**
   * Whether the document's year can be asked: its entry (summary and definition) mentions no
   * revision, trial or earlier version and no earlier year, so the date is the text's first.
   */
  yearAskable?: boolean;
  /** The first use in each speech that uses the term, in speech order. */
  uses: QuizPassage[];
}

export interface QuizMaterial {
  entries: QuizEntry[];
  speeches: Array<{ slug: string; title: string }>;
  categories: string[];
}

export type QuizScope = { kind: 'all' } | { kind: 'category'; category: string } | { kind: 'speech'; speech: string };

/** A set of questions is fixed by its scope, size and seed: the same three give the same questions. */
export interface QuizSpec {
  scope: QuizScope;
  count: number;
  seed: string;
}

export const QUESTION_KINDS = ['fill', 'formula', 'parts', 'meaning', 'issuer', 'year', 'fullName'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** 填空 asks for typed text; 单选 for one option; 多选 for every right option. */
export type AnswerForm = 'text' | 'single' | 'multiple';

/** How a printed test names each form, before the question. */
export const FORM_LABEL: Record<AnswerForm, string> = { text: '填空', single: '单选', multiple: '多选' };

export interface Question {
  kind: QuestionKind;
  form: AnswerForm;
  /** The entry the question and its answer come from. */
  entry: string;
  prompt: string;
  /** For 填空: the prompt is split where the blank goes (before, after). */
  blank?: { before: string; after: string };
  options: string[];
  /** The right answers: option texts (single, multiple) or the text to fill in. */
  answers: string[];
  /** The field of the entry the answers are values of, for the explanation. */
  source: { field: 'parts' | 'term' | 'summary' | 'document.issuer' | 'document.date' | 'document.title'; text: string };
  passage?: QuizPassage | undefined;
}
