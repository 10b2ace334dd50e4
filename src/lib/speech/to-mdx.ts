/**
 * Stage 3 of the pipeline: a speech's document model → mdast (where glossary
 * terms get linked, see ../glossary/link.ts) → MDX with its metadata.
 *
 * The body is built as an mdast tree and serialized by mdast-util-to-markdown
 * with the MDX and GFM extensions, which escape everything that MDX or GFM
 * would otherwise read as syntax ({ } < > * _ # [ ] ` autolinks, tables…).
 * Headings and paragraphs are literal JSX elements so that they carry stable
 * ids; each stands alone on its line, so MDX reads it as a block whose
 * children are phrasing content.
 */
import type { Paragraph as MdastParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { SpeechMeta } from './metadata.ts';
import type { Inline, Paragraph, Section, Speech } from './model.ts';

function element(name: string, attributes: Record<string, string>, children: PhrasingContent[]): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children,
  };
}

/** A block-level element, written on one line: a markdown paragraph holding one JSX element. */
function block(name: string, attributes: Record<string, string>, children: PhrasingContent[]): MdastParagraph {
  return { type: 'paragraph', children: [element(name, attributes, children)] };
}

function phrasing(inlines: readonly Inline[]): PhrasingContent[] {
  return inlines.map((node): PhrasingContent => {
    switch (node.type) {
      case 'text':
        return { type: 'text', value: node.value };
      case 'redacted':
        return element('span', { class: 'redacted', title: '原文隐去' }, [{ type: 'text', value: node.value }]);
      case 'lead':
        return element('strong', { class: 'lead' }, phrasing(node.children));
    }
  });
}

function paragraph(p: Paragraph): MdastParagraph {
  return block('p', p.role === 'body' ? { id: p.id } : { id: p.id, class: p.role }, phrasing(p.children));
}

function section(s: Section): RootContent[] {
  const level = Math.min(s.depth + 1, 6);
  const permalink = element('a', { class: 'permalink', href: `#${s.id}`, 'aria-label': '本节链接' }, []);
  return [
    block(`h${level}`, { id: s.id, 'data-marker': s.kind }, [...phrasing(s.heading), permalink]),
    ...s.body.map(paragraph),
    ...s.sections.flatMap(section),
  ];
}

/** The mdast tree of a speech's body (the head goes to the frontmatter). */
export function speechToMdast(speech: Speech): Root {
  return {
    type: 'root',
    children: [...speech.preamble.map(paragraph), ...speech.sections.flatMap(section), ...speech.closing.map(paragraph)],
  };
}

/** The complete MDX file: YAML frontmatter, then the body. Deterministic. */
export function mdastToMdx(tree: Root, meta: SpeechMeta): string {
  const body = toMarkdown(tree, { extensions: [mdxToMarkdown(), gfmToMarkdown()] });
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${body}`;
}
