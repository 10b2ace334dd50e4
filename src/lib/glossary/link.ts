/**
 * Links every occurrence of a glossary term in an mdast tree to its entry:
 * one pass of the matcher over each text node, nothing linked inside links,
 * code or placeholders, never linking what it inserted. Used on the
 * speeches' trees (before they are written as MDX) and, as the remark plugin
 * `remarkGlossaryLinks`, on the glossary's own definitions.
 */
import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { TermLinks } from '../settings.ts';
import type { Matcher } from './matcher.ts';

export interface LinkTarget {
  slug: string;
  href: string;
  /** One-sentence summary: the link's title (tooltip without JavaScript). */
  summary: string;
}

export interface LinkOptions {
  matcher: Matcher<string>;
  target: (slug: string) => LinkTarget | undefined;
  /** Write links as JSX elements (for MDX) rather than Markdown links. */
  jsx?: boolean;
  /** Do not link this entry (a definition does not link to itself). */
  exclude?: string;
  /** The printed note number of an entry (data-note on JSX links). */
  note?: (slug: string) => number;
  /** Whether this use of an entry gets a link (asked in text order); a use not linked is still returned. Every use when absent. */
  link?: (slug: string) => boolean;
}

/** A term found in a block: offsets are in the block's plain text. */
export interface TermHit {
  slug: string;
  start: number;
  end: number;
  /** Whether it was made a link (see LinkOptions.link). */
  linked: boolean;
}

const SKIPPED_JSX = new Set(['a', 'code']);
/** Spans of the speech that are not its words: placeholders, an outside address, a picture not loaded. */
const SKIPPED_CLASSES = new Set(['redacted', 'source-address', 'missing-image']);

function skipped(node: Nodes): boolean {
  if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode' || node.type === 'code') {
    return true;
  }
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    if (SKIPPED_JSX.has(node.name ?? '')) return true;
    return node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'class' && SKIPPED_CLASSES.has(String(a.value)));
  }
  return false;
}

function linkNode(text: string, target: LinkTarget, jsx: boolean, note: number | undefined): PhrasingContent {
  if (jsx) {
    const element: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'a',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'class', value: 'term' },
        { type: 'mdxJsxAttribute', name: 'href', value: target.href },
        { type: 'mdxJsxAttribute', name: 'title', value: target.summary },
        { type: 'mdxJsxAttribute', name: 'data-term', value: target.slug },
        ...(note === undefined ? [] : [{ type: 'mdxJsxAttribute' as const, name: 'data-note', value: String(note) }]),
      ],
      children: [{ type: 'text', value: text }],
    };
    return element;
  }
  const link: Link = {
    type: 'link',
    url: target.href,
    title: target.summary,
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: ['term'], dataTerm: target.slug } },
  };
  return link;
}

/**
 * Link the terms in `tree` (changing it) and return what was found, with
 * offsets in the plain text of `tree` (its text nodes in order).
 */
export function linkTerms(tree: Parent, options: LinkOptions, skip: (node: Nodes) => boolean = skipped): TermHit[] {
  const hits: TermHit[] = [];
  let offset = 0;

  const walk = (parent: Parent, linkable: boolean): void => {
    const children = parent.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type === 'text') {
        const replacement = linkable ? linkText(node, offset) : undefined;
        offset += node.value.length;
        if (replacement) {
          children.splice(i, 1, ...replacement);
          i += replacement.length - 1;
        }
      } else if ('children' in node) {
        walk(node, linkable && !skip(node));
      } else if (node.type === 'inlineCode') {
        offset += node.value.length;
      }
    }
  };

  const linkText = (node: Text, at: number): PhrasingContent[] | undefined => {
    const matches = options.matcher.find(node.value);
    const out: PhrasingContent[] = [];
    let last = 0;
    for (const match of matches) {
      if (match.value === options.exclude) continue;
      const target = options.target(match.value);
      if (!target) continue;
      const linked = options.link?.(match.value) ?? true;
      hits.push({ slug: match.value, start: at + match.start, end: at + match.end, linked });
      if (!linked) continue;
      if (match.start > last) out.push({ type: 'text', value: node.value.slice(last, match.start) });
      out.push(linkNode(node.value.slice(match.start, match.end), target, options.jsx ?? false, options.note?.(match.value)));
      last = match.end;
    }
    if (last === 0) return undefined;
    if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
    return out;
  };

  walk(tree, !skip(tree as Nodes));
  return hits;
}

/** A term found in a paragraph or heading that has an id, with its context for a keyword-in-context line (… where cut). */
export interface TermUse {
  slug: string;
  /** The id of the paragraph or heading (its anchor on the page). */
  paragraph: string;
  before: string;
  match: string;
  after: string;
}

const CONTEXT = 24;

/** Elements with an id whose text is linked as one block: paragraphs, headings, list items, tables. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'table']);

const idOf = (node: Nodes): string | undefined => {
  if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return undefined;
  if (!BLOCKS.has(node.name ?? '')) return undefined;
  const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  return typeof id === 'string' ? id : undefined;
};

/** The top-level heading: a section of the 一、 level starts here (depth 1 is written as h2). */
const SECTION_HEADING = 'h2';

/**
 * Link the terms of every block element with an id (<p id="p3">, <h2 id="sec-1">,
 * <li id="p7">, <table id="t1">) in an MDX tree, however deep in lists, quotes
 * and notes it sits; a block inside another is linked as its own. `links`
 * says which uses become links (see TermLinks); every use is returned.
 */
export function linkParagraphs(tree: Root, options: Omit<LinkOptions, 'jsx' | 'note' | 'link'> & { links?: TermLinks }): TermUse[] {
  const { links = 'every', ...linkOptions } = options;
  const uses: TermUse[] = [];
  // Printed note numbers: in order of first use; a later use repeats the number.
  const notes = new Map<string, number>();
  const note = (slug: string) => notes.get(slug) ?? notes.set(slug, notes.size + 1).get(slug)!;
  // The entries linked so far in this section (or paragraph).
  let linked = new Set<string>();
  const link = links === 'every' ? undefined : (slug: string) => !linked.has(slug) && Boolean(linked.add(slug));
  const visit = (node: Nodes): void => {
    const id = idOf(node);
    if (id === undefined) {
      if ('children' in node) for (const child of node.children) visit(child as Nodes);
      return;
    }
    const element = node as MdxJsxTextElement;
    if (links === 'first-in-paragraph' || (links === 'first-in-section' && element.name === SECTION_HEADING)) linked = new Set();
    const text = toString(element);
    const nested: Nodes[] = [];
    const skip = (n: Nodes) => {
      if (n !== node && idOf(n) !== undefined) {
        nested.push(n);
        return true;
      }
      return skipped(n);
    };
    for (const hit of linkTerms(element, { ...linkOptions, jsx: true, note, ...(link ? { link } : {}) }, skip)) {
      uses.push({
        slug: hit.slug,
        paragraph: id,
        before: (hit.start > CONTEXT ? '…' : '') + text.slice(Math.max(0, hit.start - CONTEXT), hit.start),
        match: text.slice(hit.start, hit.end),
        after: text.slice(hit.end, hit.end + CONTEXT) + (hit.end + CONTEXT < text.length ? '…' : ''),
      });
    }
    nested.forEach(visit);
  };
  tree.children.forEach((child) => visit(child));
  return uses;
}

/** A block with an id and its own text: that of the blocks inside it is theirs. */
export interface BlockText {
  id: string;
  text: string;
}

/**
 * The text of every block with an id (the blocks linkParagraphs links), in
 * document order: what a speech says paragraph by paragraph, for counting
 * what it uses where.
 */
export function blockTexts(tree: Root): BlockText[] {
  const blocks: BlockText[] = [];
  const visit = (node: Nodes, into: BlockText | undefined): void => {
    const id = idOf(node);
    if (id !== undefined) {
      const block = { id, text: '' };
      blocks.push(block);
      into = block;
    } else if (into && (node.type === 'text' || node.type === 'inlineCode')) {
      into.text += node.value;
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, into);
  };
  visit(tree, undefined);
  return blocks;
}

/** The remark plugin: links the terms of a Markdown document (a glossary definition). */
export function remarkGlossaryLinks(
  options: Omit<LinkOptions, 'exclude' | 'jsx' | 'link'> & { selfSlug?: (file: { path?: string }) => string | undefined; links?: TermLinks },
) {
  const { links = 'every', selfSlug, ...linkOptions } = options;
  return () => (tree: Root, file: { path?: string }) => {
    const exclude = selfSlug?.(file);
    // A definition is one section; a paragraph is a top-level block of it.
    let linked = new Set<string>();
    const link = links === 'every' ? undefined : (slug: string) => !linked.has(slug) && Boolean(linked.add(slug));
    const blocks = links === 'first-in-paragraph' ? tree.children : [tree];
    for (const block of blocks) {
      linked = new Set();
      if ('children' in block) linkTerms(block, { ...linkOptions, ...(exclude ? { exclude } : {}), ...(link ? { link } : {}) });
    }
  };
}
