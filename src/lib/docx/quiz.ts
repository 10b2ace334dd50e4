/** A quiz as a HandoutDoc: the 试卷 (title, name and date line, questions) and, on a page of its own, the answer key. */
import { keyOf, optionLetter } from '../quiz/generate.ts';
import { FORM_LABEL, type Question } from '../quiz/model.ts';
import type { Block, HandoutDoc } from './model.ts';

export function quizHandout(options: { title: string; scope: string; seed: string; questions: readonly Question[]; withKey: boolean }): HandoutDoc {
  const { title, scope, seed, questions, withKey } = options;
  const blocks: Block[] = [
    { type: 'title', lines: [title] },
    { type: 'centered', runs: [{ text: `${scope} · 共 ${questions.length} 题 · 试卷编号 ${seed}` }] },
    { type: 'centered', runs: [{ text: '姓名：__________　单位：__________　日期：__________　得分：______' }] },
  ];
  questions.forEach((q, i) => {
    blocks.push({ type: 'paragraph', flush: true, runs: [{ text: `${i + 1}.（${FORM_LABEL[q.form]}）${q.prompt}` }] });
    q.options.forEach((option, k) => blocks.push({ type: 'paragraph', runs: [{ text: `${optionLetter(k)}．${option}` }] }));
  });
  if (withKey) {
    blocks.push({ type: 'title', lines: ['参考答案'], pageBreakBefore: true });
    questions.forEach((q, i) => blocks.push({ type: 'paragraph', flush: true, runs: [{ text: `${i + 1}. ${keyOf(q)}` }] }));
  }
  return { title, blocks, notes: {} };
}
