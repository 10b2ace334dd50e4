/**
 * Stage 3 of the pipeline: a speech's document model → mdast (where glossary
 * terms get linked, see ../glossary/link.ts) → MDX with its metadata.
 *
 * The body is built as an mdast tree and serialized by mdast-util-to-markdown
 * with the MDX and GFM extensions, which escape everything that MDX or GFM
 * would otherwise read as syntax ({ } < > * _ # [ ] ` autolinks, tables…).
 * Every block is a literal JSX element so that it carries a stable id; each
 * stands alone on its line, so MDX reads it as a block whose children are
 * phrasing content. Each block also carries the line of the source it came
 * from (data-line, left out of the HTML), so that an error in a later stage
 * can name it. The metadata is YAML front matter written by `yaml`.
 */
import type { Paragraph as MdastParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { SpeechMeta } from './metadata.ts';
import { externalAddress, imageLabel, type Block, type Inline, type Note, type Paragraph, type Section, type Speech, type Table } from './model.ts';

function element(name: string, attributes: Record<string, string | undefined>, children: PhrasingContent[]): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).flatMap(([key, value]) => (value === undefined ? [] : [{ type: 'mdxJsxAttribute' as const, name: key, value }])),
    children,
  };
}

/** A block-level element, written on one line: a markdown paragraph holding one JSX element. */
function block(node: MdxJsxTextElement): MdastParagraph {
  return { type: 'paragraph', children: [node] };
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

function phrasing(inlines: readonly Inline[]): PhrasingContent[] {
  return inlines.flatMap((node): PhrasingContent[] => {
    switch (node.type) {
      case 'text':
        return [text(node.value)];
      case 'redacted':
        return [element('span', { class: 'redacted', title: '原文隐去' }, [text(node.value)])];
      case 'lead':
        return [element('strong', { class: 'lead' }, phrasing(node.children))];
      case 'strong':
        return [element('strong', {}, phrasing(node.children))];
      case 'emphasis':
        return [element('em', {}, phrasing(node.children))];
      case 'link': {
        // A link of the source is never followed off the site: its text, then where it pointed, as text.
        const address = node.cut ? '' : externalAddress(node);
        return [element('span', { class: 'source-link' }, phrasing(node.children)), ...(address ? [element('span', { class: 'source-address' }, [text(address)])] : [])];
      }
      case 'image':
        return [element('span', { class: 'missing-image' }, [text(imageLabel(node))])];
      case 'noteRef':
        return [element('sup', { class: 'source-note-ref' }, [element('a', { href: `#fn-${node.number}` }, [text(`[${node.number}]`)])])];
    }
  });
}

const ROLE_CLASS: Record<Paragraph['role'], string | undefined> = { body: undefined, salutation: 'salutation', closing: 'closing', end: 'end-matter' };

function paragraphElement(p: Paragraph, name = 'p'): MdxJsxTextElement {
  const classes = [ROLE_CLASS[p.role], p.lang ? 'translation' : undefined].filter(Boolean).join(' ');
  return element(name, { id: p.id, 'data-line': String(p.line), ...(classes ? { class: classes } : {}), ...(p.lang ? { lang: p.lang } : {}) }, phrasing(p.children));
}

function tableElement(t: Table): MdxJsxTextElement {
  const rows = t.rows.map((row) => element('tr', {}, row.map((cell) => element('td', {}, phrasing(cell)))));
  return element('table', { id: t.id, 'data-line': String(t.line), class: 'source-table' }, [element('tbody', {}, rows)]);
}

/**
 * Consecutive list items as nested lists, by their depth. Depths are first
 * made well formed (the first item at the top, none more than one level
 * deeper than the item before it), so no item is ever left out.
 */
function listElement(items: readonly Paragraph[]): MdxJsxTextElement {
  const top = Math.min(...items.map((p) => p.list!.depth));
  const depths: number[] = [];
  items.forEach((p, i) => depths.push(i === 0 ? 1 : Math.min(p.list!.depth - top + 1, depths[i - 1]! + 1)));
  const build = (from: number, depth: number): [MdxJsxTextElement, number] => {
    const first = items[from]!.list!;
    const children: MdxJsxTextElement[] = [];
    let i = from;
    while (i < items.length && depths[i]! >= depth) {
      if (depths[i]! > depth) {
        const [sub, next] = build(i, depths[i]!);
        children.at(-1)!.children.push(sub);
        i = next;
      } else {
        children.push(paragraphElement(items[i]!, 'li'));
        i++;
      }
    }
    const start = first.ordered && first.start !== undefined && first.start !== 1 ? { start: String(first.start) } : {};
    return [element(first.ordered ? 'ol' : 'ul', start, children), i];
  };
  return build(0, 1)[0];
}

/** A run of blocks: list items grouped into lists, quoted paragraphs into block quotes. */
function blocks(run: readonly Block[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < run.length; ) {
    const b = run[i]!;
    if (b.type === 'table') {
      out.push(block(tableElement(b)));
      i++;
      continue;
    }
    const group = (test: (p: Paragraph) => boolean): Paragraph[] => {
      let j = i;
      while (j < run.length && run[j]!.type === 'paragraph' && test(run[j] as Paragraph)) j++;
      const found = run.slice(i, j) as Paragraph[];
      i = j;
      return found;
    };
    if (b.list) out.push(block(listElement(group((p) => Boolean(p.list) && p.quote === b.quote))));
    else if (b.quote) out.push(block(element('blockquote', {}, group((p) => Boolean(p.quote) && !p.list).map((p) => paragraphElement(p)))));
    else {
      out.push(block(paragraphElement(b)));
      i++;
    }
  }
  return out;
}

function section(s: Section): RootContent[] {
  const level = Math.min(s.depth + 1, 6);
  const permalink = element('a', { class: 'permalink', href: `#${s.id}`, 'aria-label': '本节链接' }, []);
  return [
    block(element(`h${level}`, { id: s.id, 'data-line': String(s.line), 'data-marker': s.kind }, [...phrasing(s.heading), permalink])),
    ...blocks(s.body),
    ...s.sections.flatMap(section),
  ];
}

function notesElement(notes: readonly Note[]): MdxJsxTextElement {
  return element('section', { class: 'source-notes', 'aria-label': '注释' }, [
    element('p', { class: 'source-notes__title' }, [text('注释')]),
    element('ol', {}, notes.map((n) => element('li', { id: `fn-${n.number}`, 'data-line': String(n.line), value: String(n.number) }, phrasing(n.children)))),
  ]);
}

/** The mdast tree of a speech's body (the head goes to the frontmatter). */
export function speechToMdast(speech: Speech): Root {
  return {
    type: 'root',
    children: [
      ...blocks(speech.preamble),
      ...speech.sections.flatMap(section),
      ...blocks(speech.closing),
      ...(speech.notes.length ? [block(notesElement(speech.notes))] : []),
    ],
  };
}

/** The complete MDX file: YAML frontmatter, then the body. Deterministic. */
export function mdastToMdx(tree: Root, meta: SpeechMeta): string {
  const body = toMarkdown(tree, { extensions: [mdxToMarkdown(), gfmToMarkdown()] });
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${body}`;
}
