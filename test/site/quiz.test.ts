/**
 * 应知应会自测 (/quiz/) as a reader takes it: a set from its address, answered
 * (one right, one wrong), checked, with the right answer and its sources;
 * the same address gives the same set again; the printed key; and the Word
 * files made in the browser for a quiz and for the handout builder.
 */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { keyOf, makeQuiz, optionLetter } from '../../src/lib/quiz/generate.ts';
import type { QuizMaterial } from '../../src/lib/quiz/model.ts';
import { readPage, select, text } from '../helpers/dist.ts';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();
const SPEECH = 'xian-congyan-zhidang-huiyi-2020';
const ADDRESS = `quiz/?讲话=${SPEECH}&题量=5&种子=round1`;
const material = JSON.parse(text(select('[data-quiz-material]', readPage('quiz/index.html'))!)) as QuizMaterial;
const spec = { scope: { kind: 'speech' as const, speech: SPEECH }, count: 5, seed: 'round1' };
const expected = makeQuiz(material, spec);
const squash = (s: string) => s.replace(/\s+/gu, '');

describe('the self-test', () => {
  it('makes the set its address names, and marks each answer with the right one and where it comes from', async () => {
    expect(expected).toHaveLength(5);
    const page = await site.browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.server.url}${ADDRESS}`);
    const items = page.locator('.quiz-question');
    await expect.poll(() => items.count()).toBe(5);
    const prompts = (await page.locator('.quiz-prompt').allTextContents()).map(squash);
    // The same questions as the generator gives for this address, in order (a 填空 shows its blank as a box).
    expect(prompts).toEqual(expected.map((q) => squash(`（${{ text: '填空', single: '单选', multiple: '多选' }[q.form]}）${q.blank ? q.blank.before + q.blank.after : q.prompt}`)));

    // Question 1 answered right, question 2 wrong, the rest left blank.
    const answer = async (n: number, right: boolean) => {
      const q = expected[n]!;
      const item = items.nth(n);
      if (q.form === 'text') await item.getByRole('textbox').fill(right ? q.answers[0]! : '不是这个');
      else {
        const picks = right ? q.answers : [q.options.find((o) => !q.answers.includes(o))!];
        for (const pick of picks) await item.getByRole(q.form === 'single' ? 'radio' : 'checkbox', { name: `${optionLetter(q.options.indexOf(pick))}．${pick}` }).check();
      }
    };
    await answer(0, true);
    await answer(1, false);
    await page.getByRole('button', { name: '检查答案' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('答对 1 题，共 5 题。每题下方列出正确答案和出处。');
    expect(await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.verdict))).toEqual(['right', 'wrong', 'wrong', 'wrong', 'wrong']);

    const second = items.nth(1).locator('.quiz-feedback');
    const q = expected[1]!;
    expect(await second.locator('.quiz-verdict').textContent()).toBe(`回答错误。正确答案：${q.form === 'text' ? q.answers[0] : q.options.flatMap((o, i) => (q.answers.includes(o) ? [`${optionLetter(i)}．${o}`] : [])).join('；')}`);
    // The explanation links the entry, and the passage of this speech that uses the term.
    const entry = material.entries.find((e) => e.slug === q.entry)!;
    expect(await second.locator('.quiz-source a').getAttribute('href')).toBe(`/glossary/${entry.slug}/`);
    const passage = second.locator('.quiz-passage a');
    const href = (await passage.getAttribute('href'))!;
    expect(href).toBe(`/speeches/${SPEECH}/?hl=${encodeURIComponent(q.passage!.match)}#${q.passage!.paragraph}`);
    await passage.click();
    await page.waitForURL(/\/speeches\//u);
    // The paragraph it opens holds the term the question is about.
    expect(await page.locator(`[id="${q.passage!.paragraph}"] mark.search-hit`).first().textContent()).toBe(q.passage!.match);

    // Back, and again from the address: the same questions, unanswered.
    await page.goto(`${site.server.url}${ADDRESS}`);
    await expect.poll(() => items.count()).toBe(5);
    expect((await page.locator('.quiz-prompt').allTextContents()).map(squash)).toEqual(prompts);
    expect(await page.locator('.quiz-feedback:not([hidden])').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts a new set in the address, and prints the answer key on a page of its own', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}quiz/`);
    await expect.poll(() => page.locator('.quiz-question').count()).toBe(10);
    expect(new URL(page.url()).searchParams.get('种子')).toMatch(/^[0-9a-z]{6}$/u);
    await page.getByLabel('出题范围').selectOption({ label: '作风与纪律' });
    await page.getByLabel('题量').selectOption('5');
    await page.getByRole('button', { name: '出一套新题' }).click();
    await expect.poll(() => page.locator('.quiz-question').count()).toBe(5);
    const address = new URL(page.url());
    expect(address.searchParams.get('分类')).toBe('作风与纪律');
    const seed = address.searchParams.get('种子')!;
    const set = makeQuiz(material, { scope: { kind: 'category', category: '作风与纪律' }, count: 5, seed });
    await page.emulateMedia({ media: 'print' });
    const key = page.locator('.quiz-key');
    expect(await key.isVisible()).toBe(true);
    expect(await key.locator('li').allTextContents()).toEqual(set.map(keyOf));
    expect(await key.evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
    expect(await page.locator('.quiz-picker').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await key.isVisible()).toBe(false);
    await page.close();
  });

  it('downloads the set as Word: the questions, then the key on a page of its own', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}${ADDRESS}`);
    await expect.poll(() => page.locator('.quiz-question').count()).toBe(5);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 版' }).click()]);
    expect(download.suggestedFilename()).toBe('应知应会测试-round1.docx');
    const file = await download.path();
    const raw = (await mammoth.extractRawText({ path: file })).value;
    const lines = raw.split(/\n+/u).filter(Boolean);
    expect(lines.slice(0, 3)).toEqual(['应知应会测试', `讲话：在县全面从严治党工作会议上的讲话 · 共 5 题 · 试卷编号 round1`, '姓名：__________　单位：__________　日期：__________　得分：______']);
    for (const [i, q] of expected.entries()) expect(lines).toContain(`${i + 1}.（${{ text: '填空', single: '单选', multiple: '多选' }[q.form]}）${q.prompt}`);
    expect(lines.slice(-6)).toEqual(['参考答案', ...expected.map((q, i) => `${i + 1}. ${keyOf(q)}`)]);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    await page.close();
  });

  it('downloads the handout builder’s selection as Word, with the speech’s outline as headings', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}handouts/?s=${SPEECH}&t=sifeng`);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('讲义包含 1 篇讲话、1 条术语，可以打印。');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 版' }).click()]);
    const { value } = await mammoth.convertToHtml({ path: await download.path() });
    const speech = readPage(`handouts/${SPEECH}/index.html`);
    const headings = [...value.matchAll(/<h([12])>(.*?)<\/h\1>/gu)].map((m) => m[2]!.replace(/<sup>.*?<\/sup>/gu, ''));
    const outline = [...(await page.locator('[data-builder-preview] .speech-body :is(h2, h3)').allTextContents())].map((t) => t.trim());
    expect(outline.length).toBeGreaterThan(2);
    // The speech's outline, then 术语释义 and the entry 四风.
    expect(headings).toEqual([...outline, '术语释义', '四风']);
    expect(value).toContain(text(select('.speech-body p', speech)!).slice(0, 30));
    expect(value).toMatch(/<li id="footnote-1">/u);
    await page.close();
  });
});
