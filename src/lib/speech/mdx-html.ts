/**
 * Renders the MDX the converter writes (static JSX elements and text, nothing
 * else) to HTML, the way MDX would, without compiling a JavaScript module per
 * speech: a thousand speeches would otherwise be a thousand modules for the
 * bundler. Anything else in the MDX (an expression, an import) is refused.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from '../front-matter.ts';
import { PATHS } from '../paths.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** A place of the generated MDX (1-based line and column). */
interface Place {
  line: number;
  column: number;
}

/** What the MDX holds that is not the converter's: the reason, and where in the generated file. */
class UnsupportedMdx extends Error {
  readonly place: Place | undefined;
  constructor(reason: string, node: Nodes) {
    super(reason);
    this.place = node.position?.start;
  }
}

function convert(node: Nodes): ElementContent[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'paragraph':
      // A block element stands alone on its line: MDX unwraps the paragraph around it.
      return node.children.flatMap((child) => convert(child));
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const properties: Record<string, string> = {};
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
          throw new UnsupportedMdx('only attributes with literal values are supported in speech MDX', node);
        }
        // The source line of a block is for messages (sourcePlace), not for the page.
        if (attribute.name !== 'data-line') properties[attribute.name] = attribute.value;
      }
      const element: Element = h(node.name ?? 'div', properties, node.children.flatMap((child) => convert(child as Nodes)));
      return [element];
    }
    default:
      throw new UnsupportedMdx(`${node.type} is not supported in speech MDX (only elements and text)`, node);
  }
}

/**
 * Where a place of a speech's generated MDX is, as the editor knows it: the
 * speech's source file (from the front matter) and the source line of the
 * block the place is in (its data-line), then the generated file and line:
 * `content/speeches/讲话.txt:12 (generated as .generated/speeches/x.mdx:9)`.
 */
export function sourcePlace(mdx: string, where: string, place?: Place): string {
  const generated = place ? `${where}:${place.line}` : where;
  let source: unknown;
  try {
    const yaml = splitFrontMatter(mdx).frontMatter?.yaml;
    source = yaml === undefined ? undefined : (parseYaml(yaml) as { source?: unknown } | null)?.source;
  } catch {
    source = undefined;
  }
  if (typeof source !== 'string') return generated;
  // Each block of the body is one line: the block opened last before the place, or the line's first.
  const blocks = place ? [...(mdx.split(/\r?\n/u)[place.line - 1] ?? '').matchAll(/\sdata-line="(\d+)"/gu)] : [];
  const block = blocks.findLast((m) => m.index < place!.column - 1) ?? blocks[0];
  return `${PATHS.speechSources}/${source}${block ? `:${block[1]}` : ''} (generated as ${generated})`;
}

/** A speech's MDX file read: its front matter (YAML found by remark-frontmatter, and its data) and its body as HTML. */
export function readSpeechMdx(mdx: string, where = 'speech MDX'): { frontmatter: string; data: unknown; html: string } {
  try {
    const tree = parser.parse(mdx) as Root;
    const [first, ...rest] = tree.children;
    const frontmatter = first?.type === 'yaml' ? first.value : '';
    const body = first?.type === 'yaml' ? rest : tree.children;
    const data: unknown = parseYaml(frontmatter);
    const hast: HastRoot = { type: 'root', children: body.flatMap((node) => convert(node)) };
    return { frontmatter, data, html: toHtml(hast) };
  } catch (error) {
    // Unsupported content, or MDX that does not parse (the parser's message has its line and column):
    // named by the speech's source file and line, not only by the generated MDX.
    const { reason, line, column } = (error ?? {}) as { reason?: unknown; line?: unknown; column?: unknown };
    const at = error instanceof UnsupportedMdx ? error.place : typeof line === 'number' && typeof column === 'number' ? { line, column } : undefined;
    const message = typeof reason === 'string' ? reason : error instanceof Error ? error.message : String(error);
    throw new Error(`${sourcePlace(mdx, where, at)}: ${message}`, { cause: error });
  }
}

/** HTML of the body of a speech's MDX file. */
export function mdxToHtml(mdx: string, where = 'speech MDX'): string {
  return readSpeechMdx(mdx, where).html;
}
