/**
 * A handout as Word sees it: a list of blocks (title, centred head lines,
 * outline headings, body paragraphs, page breaks) whose text runs may carry a
 * note. It is read from the handout's HTML (from-hast.ts) or made from a quiz
 * (quiz.ts), and written as .docx by write.ts.
 */

export interface Run {
  text: string;
  /** The id of a note (its text in HandoutDoc.notes) to mark after this run: a Word footnote. */
  note?: string;
}

export type Block =
  /** The title: 二号 小标宋, centred; one paragraph per line as the text breaks it. */
  | { type: 'title'; lines: string[]; pageBreakBefore?: boolean }
  /** Lines of the head under the title (subtitle, date, speaker): 楷体, centred. */
  | { type: 'centered'; runs: Run[] }
  /** Outline levels: 1 (一、) 黑体, 2 （一） 楷体, 3 and below 仿宋; Word heading styles. */
  | { type: 'heading'; level: 1 | 2 | 3; runs: Run[]; pageBreakBefore?: boolean }
  /** Body text, first line indented two characters unless `flush`. */
  | { type: 'paragraph'; runs: Run[]; flush?: boolean }
  | { type: 'pageBreak' };

export interface HandoutDoc {
  /** The document's title, for the file's properties. */
  title: string;
  blocks: Block[];
  /** Note texts by id: for a term, 术语：释义 as the printed 术语注释 has it. */
  notes: Record<string, string>;
}

