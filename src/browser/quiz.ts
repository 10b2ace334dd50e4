/**
 * The quiz page's controller: reads the material and the address, makes the
 * set (src/lib/quiz/generate.ts), and handles 出一套新题, 检查答案, 重新作答
 * and the Word download. The set lives in the address; answers only in the page.
 */
import { isRight, makeQuiz } from '../lib/quiz/generate.ts';
import type { Question, QuizMaterial, QuizSpec } from '../lib/quiz/model.ts';
import { DEFAULT_COUNT, newSeed, quizSearch, readQuizSpec } from '../lib/quiz/spec.ts';
import { renderPaper, renderVerdict, scopeLabel } from './quiz-render.ts';

function givenAnswers(paper: HTMLFormElement, q: Question, n: number): string[] {
  const name = `q${n}`;
  if (q.form === 'text') {
    const value = (paper.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
    return value ? [value] : [];
  }
  return [...paper.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => q.options[Number(input.value)]!);
}

function specFromPicker(picker: HTMLFormElement): QuizSpec {
  const scope = (picker.elements.namedItem('scope') as HTMLSelectElement).value;
  const count = Number((picker.elements.namedItem('count') as HTMLSelectElement).value) || DEFAULT_COUNT;
  const [kind, value = ''] = scope.split(/:(.*)/su);
  const seed = newSeed();
  if (kind === '分类') return { scope: { kind: 'category', category: value }, count, seed };
  if (kind === '讲话') return { scope: { kind: 'speech', speech: value }, count, seed };
  return { scope: { kind: 'all' }, count, seed };
}

function showSpecInPicker(picker: HTMLFormElement, spec: QuizSpec): void {
  const scope = picker.elements.namedItem('scope') as HTMLSelectElement;
  scope.value = spec.scope.kind === 'category' ? `分类:${spec.scope.category}` : spec.scope.kind === 'speech' ? `讲话:${spec.scope.speech}` : '';
  const count = picker.elements.namedItem('count') as HTMLSelectElement;
  if ([...count.options].some((o) => o.value === String(spec.count))) count.value = String(spec.count);
}

export function enableQuiz(root: Document): void {
  const page = root.querySelector<HTMLElement>('[data-quiz-page]');
  const data = root.querySelector('[data-quiz-material]')?.textContent;
  if (!page || !data) return;
  const material = JSON.parse(data) as QuizMaterial;
  const base = page.dataset.base ?? '/';
  const picker = page.querySelector<HTMLFormElement>('[data-quiz-picker]')!;
  const paper = page.querySelector<HTMLFormElement>('[data-quiz-paper]')!;
  const status = page.querySelector<HTMLElement>('[data-quiz-status]')!;
  const actions = page.querySelector<HTMLElement>('[data-quiz-actions]')!;
  const keyToggle = page.querySelector<HTMLInputElement>('[data-quiz-key-toggle]')!;
  let spec: QuizSpec;
  let questions: Question[] = [];

  const show = (next: QuizSpec, push: boolean) => {
    spec = next;
    questions = makeQuiz(material, spec);
    const address = `${location.pathname}${quizSearch(spec)}`;
    if (push) history.pushState(null, '', address);
    else history.replaceState(null, '', address);
    showSpecInPicker(picker, spec);
    paper.replaceChildren(renderPaper(root, material, spec, questions));
    actions.hidden = questions.length === 0;
    status.textContent =
      questions.length === 0
        ? `${scopeLabel(material, spec)}：词条中没有可出题的内容，请换一个范围。`
        : `共 ${questions.length} 题${questions.length < spec.count ? `（此范围只能出 ${questions.length} 题）` : ''}。作答后点“检查答案”。`;
  };

  const check = () => {
    let right = 0;
    questions.forEach((q, i) => {
      const item = paper.querySelector<HTMLElement>(`#q${i + 1}`)!;
      const ok = isRight(q, givenAnswers(paper, q, i + 1));
      if (ok) right++;
      item.dataset.verdict = ok ? 'right' : 'wrong';
      const feedback = item.querySelector<HTMLElement>('[data-feedback]')!;
      feedback.replaceChildren(...renderVerdict(root, base, material, q, ok));
      feedback.hidden = false;
    });
    status.textContent = `答对 ${right} 题，共 ${questions.length} 题。每题下方列出正确答案和出处。`;
  };

  picker.addEventListener('submit', (event) => {
    event.preventDefault();
    show(specFromPicker(picker), true);
  });
  page.querySelector('[data-quiz-check]')!.addEventListener('click', check);
  page.querySelector('[data-quiz-reset]')!.addEventListener('click', () => show(spec, false));
  keyToggle.addEventListener('change', () => paper.classList.toggle('quiz-paper--no-key', !keyToggle.checked));
  page.querySelector('[data-quiz-docx]')!.addEventListener('click', async () => {
    const { downloadQuizDocx } = await import('./docx-download.ts');
    await downloadQuizDocx({ spec, questions, withKey: keyToggle.checked, title: '应知应会测试', scope: scopeLabel(material, spec) });
  });
  window.addEventListener('popstate', () => {
    const next = readQuizSpec(location.search, material);
    if (next) show(next, false);
  });
  show(readQuizSpec(location.search, material) ?? { scope: { kind: 'all' }, count: DEFAULT_COUNT, seed: newSeed() }, false);
}
