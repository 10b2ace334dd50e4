/**
 * Front matter: a YAML block between `---` lines at the very top of a text
 * (a Markdown note, a glossary entry, a .txt saved by a static-site tool).
 * Found by remark-frontmatter, the CommonMark reading of it, never by a
 * hand-written pattern: a value that contains `---` stays a value.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, parseDocument } from 'yaml';

export interface FrontMatter {
  /** The YAML between the fences. */
  yaml: string;
  /** The line of the file where the YAML starts (the line after the opening fence). */
  firstLine: number;
}

export interface SplitText {
  frontMatter?: FrontMatter;
  /** The text after the closing fence (all of it when there is no front matter). */
  body: string;
  /** The line of the file where `body` starts. */
  bodyLine: number;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Whether the YAML between two --- lines at the top is front matter: fields
 * (or none, or YAML that fails to parse, which is reported as such). A text
 * that merely starts with a --- rule, its title, and another rule
 * (---/政府工作报告/---) is text.
 */
export function isFrontMatter(yaml: string): boolean {
  const doc = parseDocument(yaml);
  return doc.errors.length > 0 || doc.contents === null || isMap(doc.contents);
}

/** Split a text into its front matter, if it has one, and the rest. */
export function splitFrontMatter(text: string): SplitText {
  // Only a text whose first line opens a fence can have front matter; others are not parsed at all.
  if (!text.startsWith('---')) return { body: text, bodyLine: 1 };
  const first = (parser.parse(text) as Root).children[0];
  if (first?.type !== 'yaml' || !first.position?.end.offset || !isFrontMatter(first.value)) return { body: text, bodyLine: 1 };
  const end = first.position.end;
  // The body starts after the closing fence's line end.
  const rest = text.slice(end.offset);
  const lineEnd = /^\r?\n|^\r/u.exec(rest)?.[0].length ?? 0;
  return { frontMatter: { yaml: first.value, firstLine: 2 }, body: rest.slice(lineEnd), bodyLine: end.line + 1 };
}
