/**
 * The language of a line of a bilingual edition: a line written in another
 * script than Chinese gets a language tag, by its script (Latin: English
 * unless the speech's sidecar says otherwise).
 */

const SCRIPTS: Array<{ pattern: RegExp; lang: string | 'latin' }> = [
  { pattern: /\p{Script=Latin}/u, lang: 'latin' },
  { pattern: /\p{Script=Cyrillic}/u, lang: 'ru' },
  { pattern: /\p{Script=Tibetan}/u, lang: 'bo' },
  { pattern: /\p{Script=Arabic}/u, lang: 'ug' },
  { pattern: /\p{Script=Mongolian}/u, lang: 'mn' },
  { pattern: /\p{Script=Hangul}/u, lang: 'ko' },
  { pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, lang: 'ja' },
];
const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;

/**
 * The language of a line that is not Chinese, or undefined for a Chinese
 * line (one with Chinese characters among its letters, GDP增长5% included)
 * and for a line with too few letters to tell (a number, a date).
 */
export function lineLanguage(text: string, latin = 'en'): string | undefined {
  let letters = 0;
  let han = 0;
  const counts = new Map<string, number>();
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (HAN.test(ch)) {
      han++;
      continue;
    }
    const script = SCRIPTS.find((s) => s.pattern.test(ch));
    if (script) counts.set(script.lang, (counts.get(script.lang) ?? 0) + 1);
  }
  if (letters < 4 || han > 0.1 * letters) return undefined;
  const [lang, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count < 0.6 * letters) return undefined;
  return lang === 'latin' ? latin : lang;
}
