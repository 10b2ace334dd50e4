/**
 * A quiz in the address, so that a set can be handed out as a link and made
 * again: /quiz/?分类=作风与纪律&题量=10&种子=k3x9 or ?讲话=<slug>. Without
 * a scope the questions are drawn from the whole glossary.
 */
import type { QuizMaterial, QuizSpec } from './model.ts';

export const COUNTS = [5, 10, 20] as const;
export const DEFAULT_COUNT = 10;

export function readQuizSpec(search: string, material: QuizMaterial): QuizSpec | undefined {
  const params = new URLSearchParams(search);
  const seed = params.get('种子')?.trim();
  if (!seed || !/^[0-9a-z]{1,12}$/u.test(seed)) return undefined;
  const n = Number(params.get('题量'));
  const count = Number.isInteger(n) && n >= 1 && n <= 50 ? n : DEFAULT_COUNT;
  const speech = params.get('讲话');
  const category = params.get('分类');
  if (speech && material.speeches.some((s) => s.slug === speech)) return { scope: { kind: 'speech', speech }, count, seed };
  if (category && material.categories.includes(category)) return { scope: { kind: 'category', category }, count, seed };
  return { scope: { kind: 'all' }, count, seed };
}

export function quizSearch(spec: QuizSpec): string {
  const params = new URLSearchParams();
  if (spec.scope.kind === 'speech') params.set('讲话', spec.scope.speech);
  if (spec.scope.kind === 'category') params.set('分类', spec.scope.category);
  params.set('题量', String(spec.count));
  params.set('种子', spec.seed);
  return `?${params}`;
}

/** A fresh seed: short, lowercase, safe in an address. */
export function newSeed(random: () => number = Math.random): string {
  return Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
}
