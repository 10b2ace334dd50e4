/**
 * A bilingual speech's 只看中文 button: hides or shows its lines in another
 * language. It works in the page alone, without a server; without
 * JavaScript the button stays hidden and both languages are shown.
 */
export function enableTranslationToggle(root: Document): void {
  const article = root.querySelector('article.speech');
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-translation-toggle]')) {
    if (!article) continue;
    button.hidden = false;
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => {
      const hidden = article.classList.toggle('hide-translations');
      button.setAttribute('aria-pressed', String(hidden));
    });
  }
}
