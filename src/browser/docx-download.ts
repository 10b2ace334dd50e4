/**
 * 下载 Word 版 for what is put together in the browser (the handout builder's
 * selection, a quiz): the same readers and writer as the build's Word files
 * (src/lib/docx/), loaded only when a reader asks for a file.
 */
import { fromDom } from 'hast-util-from-dom';
import type { Element } from 'hast';
import { handoutFromHast } from '../lib/docx/from-hast.ts';
import type { HandoutDoc } from '../lib/docx/model.ts';
import { quizHandout } from '../lib/docx/quiz.ts';
import { writeDocx } from '../lib/docx/write.ts';
import type { Question, QuizSpec } from '../lib/quiz/model.ts';

async function save(handout: HandoutDoc, fileName: string): Promise<void> {
  const bytes = await writeDocx(handout);
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** The file name a reader sees: the title, without characters Windows does not allow in names. */
const fileName = (title: string) => `${title.replace(/[\\/:*?"<>|\s]+/gu, '')}.docx`;

export async function downloadHandoutDocx(handout: HTMLElement, title: string): Promise<void> {
  const tree = fromDom(handout) as Element;
  await save(handoutFromHast(tree, title), fileName(title));
}

export async function downloadQuizDocx(options: { spec: QuizSpec; questions: readonly Question[]; withKey: boolean; title: string; scope: string }): Promise<void> {
  const { spec, questions, withKey, title, scope } = options;
  await save(quizHandout({ title, scope, seed: spec.seed, questions, withKey }), fileName(`${title}-${spec.seed}`));
}
