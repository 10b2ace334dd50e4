/**
 * The quiz page's renderers: the paper (a title block with a name and date
 * line, then the questions), each question's verdict and explanation, and the
 * answer key that prints on a page of its own. Elements only, no state.
 */
import { keyOf, optionLetter, quoted } from '../lib/quiz/generate.ts';
import { FORM_LABEL, type Question, type QuizMaterial, type QuizSpec } from '../lib/quiz/model.ts';
import { el } from './dom.ts';

export function scopeLabel(material: QuizMaterial, spec: QuizSpec): string {
  if (spec.scope.kind === 'category') return `分类：${spec.scope.category}`;
  if (spec.scope.kind === 'speech') {
    const slug = spec.scope.speech;
    return `讲话：${material.speeches.find((s) => s.slug === slug)?.title ?? slug}`;
  }
  return '全部术语';
}

function renderQuestion(root: Document, q: Question, n: number): HTMLElement {
  const name = `q${n}`;
  const item = el(root, 'li', { class: 'quiz-question', id: name, 'data-form': q.form, 'data-kind': q.kind });
  const tag = el(root, 'span', { class: 'quiz-form' }, `（${FORM_LABEL[q.form]}）`);
  if (q.form === 'text' && q.blank) {
    const input = el(root, 'input', { type: 'text', name, class: 'quiz-blank', 'aria-label': `第 ${n} 题填空`, autocomplete: 'off', size: String(Math.max(6, q.answers[0]!.length + 2)) });
    item.append(el(root, 'p', { class: 'quiz-prompt' }, tag, q.blank.before, input, q.blank.after));
  } else {
    item.append(el(root, 'p', { class: 'quiz-prompt', id: `${name}-prompt` }, tag, q.prompt));
    const list = el(root, 'div', { class: 'quiz-options', 'aria-labelledby': `${name}-prompt`, role: q.form === 'single' ? 'radiogroup' : 'group' });
    q.options.forEach((option, i) => {
      const input = el(root, 'input', { type: q.form === 'single' ? 'radio' : 'checkbox', name, value: String(i) });
      list.append(el(root, 'label', {}, input, el(root, 'span', { class: 'quiz-letter' }, `${optionLetter(i)}．`), option));
    });
    item.append(list);
  }
  item.append(el(root, 'div', { class: 'quiz-feedback', 'data-feedback': '', hidden: '' }));
  return item;
}

export function renderPaper(root: Document, material: QuizMaterial, spec: QuizSpec, questions: readonly Question[]): DocumentFragment {
  const fragment = root.createDocumentFragment();
  const sheet = el(
    root,
    'article',
    { class: 'quiz-sheet', 'aria-labelledby': 'quiz-title' },
    el(
      root,
      'header',
      { class: 'quiz-head' },
      el(root, 'h2', { id: 'quiz-title', class: 'quiz-title' }, '应知应会测试'),
      el(root, 'p', { class: 'quiz-scope' }, `${scopeLabel(material, spec)} · 共 ${questions.length} 题 · 试卷编号 ${spec.seed}`),
      el(root, 'p', { class: 'quiz-name-line' }, '姓名：', el(root, 'span', { class: 'quiz-rule' }), '单位：', el(root, 'span', { class: 'quiz-rule' }), '日期：', el(root, 'span', { class: 'quiz-rule' }), '得分：', el(root, 'span', { class: 'quiz-rule quiz-rule--short' })),
    ),
  );
  const list = el(root, 'ol', { class: 'quiz-questions' });
  questions.forEach((q, i) => list.append(renderQuestion(root, q, i + 1)));
  sheet.append(list);
  fragment.append(sheet, renderKey(root, questions));
  return fragment;
}

export function renderKey(root: Document, questions: readonly Question[]): HTMLElement {
  const list = el(root, 'ol', { class: 'quiz-key__list' });
  for (const q of questions) list.append(el(root, 'li', {}, keyOf(q)));
  return el(root, 'section', { class: 'quiz-key', 'aria-labelledby': 'quiz-key-title' }, el(root, 'h2', { id: 'quiz-key-title' }, '参考答案'), list);
}

/** What a reader sees after 检查答案: right or not, the right answer, and where it comes from. */
export function renderVerdict(root: Document, base: string, material: QuizMaterial, q: Question, right: boolean): Node[] {
  const entry = material.entries.find((e) => e.slug === q.entry)!;
  const answer = q.form === 'text' ? q.answers[0]! : q.options.flatMap((o, i) => (q.answers.includes(o) ? [`${optionLetter(i)}．${o}`] : [])).join('；');
  const nodes: Node[] = [
    el(root, 'p', { class: right ? 'quiz-verdict quiz-verdict--right' : 'quiz-verdict quiz-verdict--wrong' }, right ? '回答正确。' : '回答错误。', `正确答案：${answer}`),
    el(root, 'p', { class: 'quiz-source' }, '依据：术语词典', el(root, 'a', { href: `${base}glossary/${entry.slug}/` }, quoted(entry.term)), `词条，${SOURCE_LABEL[q.source.field]}：${q.source.text}`),
  ];
  const passage = q.passage;
  if (passage) {
    const title = material.speeches.find((s) => s.slug === passage.speech)?.title ?? passage.speech;
    const href = `${base}speeches/${passage.speech}/?hl=${encodeURIComponent(passage.match)}#${passage.paragraph}`;
    nodes.push(el(root, 'p', { class: 'quiz-passage' }, '讲话原文：', el(root, 'a', { href }, title), '：“…', passage.before, el(root, 'mark', {}, passage.match), passage.after, '”'));
  }
  return nodes;
}

const SOURCE_LABEL: Record<Question['source']['field'], string> = {
  parts: '所列组成',
  term: '词条名',
  summary: '释义',
  'document.issuer': '所载发布机关',
  'document.date': '所载日期',
  'document.title': '所载全称',
};
