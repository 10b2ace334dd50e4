/** A CSS string literal of any text, safe inside a <style> element. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/gu, '\\$&').replace(/</gu, '\\3C ').replace(/[\r\n]+/gu, ' ')}"`;
}
