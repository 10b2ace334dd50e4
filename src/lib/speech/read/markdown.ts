/**
 * Reader for Markdown (.md, and .txt files that are plainly Markdown): the
 * CommonMark tree of remark (with GFM tables and footnotes, emphasis rules
 * that work for Chinese, and YAML front matter) → source lines. Headings, bold and italic, lists, block quotes,
 * tables, links, images and notes carry over as structure; no Markdown
 * markup is left in the text. Raw HTML and code are kept as literal text.
 */
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SourceBlock, SourceDocument, SourceInline, SourceLine, SourceNote } from '../model.ts';
import { isFrontMatter } from '../../front-matter.ts';
import { decodeText } from './decode.ts';
import { LineBuilder, sourceText, type Mark } from './lines.ts';

// CommonMark will not close **一是……。** before a Chinese character (its flanking rules are made
// for languages with spaces); remark-cjk-friendly makes it, as Chinese writers expect.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkFrontmatter, ['yaml']);
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);

interface Context {
  list?: { ordered: boolean; depth: number };
  quote?: boolean;
}

/** The source document of a Markdown text. */
export function markdownDocument(text: string, warnings: string[] = []): SourceDocument {
  let tree = parser.parse(text) as Root;
  // ---/标题/--- at the top is a title between two rules, not front matter.
  if (tree.children[0]?.type === 'yaml' && !isFrontMatter(tree.children[0].value)) tree = withoutFrontMatter.parse(text) as Root;
  const definitions = new Map<string, string>();
  for (const node of tree.children) if (node.type === 'definition') definitions.set(node.identifier, node.url);

  const blocks: SourceBlock[] = [];
  const notes: SourceNote[] = [];
  let frontMatter: SourceDocument['frontMatter'];
  const builder = new LineBuilder(1);

  const phrasing = (nodes: readonly PhrasingContent[], marks: readonly Mark[]): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
        case 'html':
          builder.text(node.value, marks);
          break;
        case 'strong':
        case 'emphasis':
          phrasing(node.children, [...marks, { type: node.type }]);
          break;
        case 'delete':
          phrasing(node.children, marks);
          break;
        case 'link':
          phrasing(node.children, [...marks, { type: 'link', url: node.url }]);
          break;
        case 'linkReference':
          phrasing(node.children, [...marks, { type: 'link', url: definitions.get(node.identifier) ?? '' }]);
          break;
        case 'image':
          builder.image(node.url, node.alt ?? '', marks);
          break;
        case 'imageReference':
          builder.image(definitions.get(node.identifier) ?? '', node.alt ?? '', marks);
          break;
        case 'footnoteReference':
          builder.noteRef(node.identifier, marks);
          break;
        case 'break':
          builder.newline();
          break;
      }
    }
  };

  const lines = (node: Nodes & { children: PhrasingContent[] }, extra: Omit<SourceLine, 'type' | 'line' | 'content'>): SourceLine[] => {
    builder.moveTo(node.position?.start.line ?? builder.at);
    phrasing(node.children, []);
    return builder.take(extra);
  };

  const block = (node: RootContent, context: Context): SourceBlock[] => {
    const extra = { ...(context.list ? { list: context.list } : {}), ...(context.quote ? { quote: true } : {}) };
    switch (node.type) {
      case 'yaml':
        frontMatter = { yaml: node.value, firstLine: 2 };
        return [];
      case 'heading':
        return lines(node, { ...extra, heading: node.depth });
      case 'paragraph':
        return lines(node, extra);
      case 'list': {
        // An item's paragraphs are one level deeper than the list around it; a list inside an item, deeper again.
        const list = { ordered: node.ordered ?? false, depth: (context.list?.depth ?? 0) + 1, ...(node.ordered && node.start != null && node.start !== 1 ? { start: node.start } : {}) };
        return node.children.flatMap((item) => item.children.flatMap((child) => block(child, { ...context, list })));
      }
      case 'blockquote':
        return node.children.flatMap((child) => block(child, { ...context, quote: true }));
      case 'table': {
        const rows = node.children.map((row) =>
          row.children.map((cell) => {
            builder.moveTo(cell.position?.start.line ?? builder.at);
            phrasing(cell.children, []);
            return builder.take().flatMap((l) => l.content);
          }),
        );
        return [{ type: 'table', line: node.position?.start.line ?? builder.at, rows }];
      }
      case 'code':
      case 'html': {
        // Literal text, line by line (a fenced block's text starts on the line after its fence).
        builder.moveTo((node.position?.start.line ?? builder.at) + (node.type === 'code' ? 1 : 0));
        builder.text(node.value, []);
        return builder.take(extra);
      }
      case 'footnoteDefinition': {
        // A note is one paragraph on the page: its lines, and a table's cells, run on with a space between.
        const space: SourceInline = { type: 'text', value: ' ' };
        const content: SourceInline[] = node.children
          .flatMap((child) => block(child, {}))
          .flatMap((b) => (b.type === 'line' ? [b.content] : b.rows.flatMap((row) => row)))
          .flatMap((piece, i) => (i === 0 ? piece : [space, ...piece]));
        notes.push({ id: node.identifier, line: node.position?.start.line ?? builder.at, content });
        return [];
      }
      default:
        // definition, thematicBreak: markup with no text of its own.
        return [];
    }
  };

  for (const node of tree.children) blocks.push(...block(node, {}));
  return { blocks, notes, ...(frontMatter ? { frontMatter } : {}), text: plainText(blocks), warnings };
}

/** One line of text per line and table row of the document. */
export function plainText(blocks: readonly SourceBlock[]): string {
  return blocks.map((b) => (b.type === 'line' ? sourceText(b.content) : b.rows.map((row) => row.map(sourceText).join('\t')).join('\n'))).join('\n');
}

/** Reader for .md files. */
export function readMarkdown(bytes: Uint8Array, file: string): SourceDocument {
  const decoded = decodeText(bytes, file);
  return markdownDocument(decoded.text, decoded.warnings);
}
