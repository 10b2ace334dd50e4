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
import { PATHS } from '../paths.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

function convert(node: Nodes, where: string): ElementContent[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'paragraph':
      // A block element stands alone on its line: MDX unwraps the paragraph around it.
      return node.children.flatMap((child) => convert(child, where));
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const properties: Record<string, string> = {};
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
          throw new Error(`${where}: only attributes with literal values are supported in speech MDX`);
        }
        properties[attribute.name] = attribute.value;
      }
      const element: Element = h(node.name ?? 'div', properties, node.children.flatMap((child) => convert(child as Nodes, where)));
      return [element];
    }
    default:
      throw new Error(`${where}: ${node.type} is not supported in speech MDX (only elements and text)`);
  }
}

/** A speech's MDX file read: its front matter (YAML found by remark-frontmatter, and its data) and its body as HTML. */
export function readSpeechMdx(mdx: string, where = 'speech MDX'): { frontmatter: string; data: unknown; html: string } {
  const tree = parser.parse(mdx) as Root;
  const [first, ...rest] = tree.children;
  const frontmatter = first?.type === 'yaml' ? first.value : '';
  const body = first?.type === 'yaml' ? rest : tree.children;
  // An error names the speech's source file (from the front matter), not only the generated MDX.
  const data: unknown = parseYaml(frontmatter);
  const source = (data as { source?: unknown } | null)?.source;
  const label = typeof source === 'string' ? `${PATHS.speechSources}/${source} (generated as ${where})` : where;
  const hast: HastRoot = { type: 'root', children: body.flatMap((node) => convert(node, label)) };
  return { frontmatter, data, html: toHtml(hast) };
}

/** HTML of the body of a speech's MDX file. */
export function mdxToHtml(mdx: string, where = 'speech MDX'): string {
  return readSpeechMdx(mdx, where).html;
}
