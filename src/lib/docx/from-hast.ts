/**
 * A printed handout's HTML (its [data-handout] element, as a hast tree) read
 * as a HandoutDoc, in the order the page prints it: title blocks, outline
 * headings, paragraphs and list items, with each term's note (from the
 * handout's 术语注释) as a footnote at the term's first use, and the
 * source's own notes and link addresses as footnotes too. What the printed
 * page leaves out (permalinks, lengths, the contents list, note-taking
 * pages, buttons) is left out here too. The same reader serves the build
 * (hast from the built file) and the browser (hast from the live page).
 */
import type { Element, ElementContent, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Block, HandoutDoc, Run } from './model.ts';

const classes = (node: Element): string[] => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/u);
};
const has = (node: Element, name: string): boolean => classes(node).includes(name);

/** Left out, as print.css leaves them out of the printed handout. */
const SKIPPED_CLASSES = ['permalink', 'speech-head__length', 'speech-head__facts', 'study-notes', 'booklet-contents', 'print-controls', 'term-popover', 'visually-hidden'];
const SKIPPED_TAGS = new Set(['nav', 'script', 'style', 'template', 'button', 'input', 'select', 'noscript', 'svg']);

function skipped(node: Element): boolean {
  return SKIPPED_TAGS.has(node.tagName) || node.properties.hidden !== undefined || SKIPPED_CLASSES.some((c) => has(node, c));
}

/** Whitespace between elements of the HTML is layout, not text: collapse runs of it as a browser does. */
const collapse = (text: string): string => text.replace(/[\t\n\r ]+/gu, ' ');

interface State {
  notes: Record<string, string>;
  /** Terms already noted in the current article: a note goes at the first use only. */
  noted: Set<string>;
  /** Note texts of the current article, by term slug, from its 术语注释. */
  termNotes: Map<string, string>;
  /** The source's own notes (a Markdown [^1], a Word footnote) of the current article, by number. */
  sourceNotes: Map<string, string>;
  article: number;
}

function runsOf(nodes: readonly ElementContent[], state: State): Run[] {
  const runs: Run[] = [];
  const walk = (node: ElementContent) => {
    if (node.type === 'text') {
      runs.push({ text: collapse(node.value) });
      return;
    }
    if (node.type !== 'element' || skipped(node)) return;
    if (node.tagName === 'br') {
      runs.push({ text: '\n' });
      return;
    }
    if (node.tagName === 'sup' && has(node, 'source-note-ref')) {
      // The source's note mark becomes a Word footnote holding the note's text, as Word itself would have it.
      const number = String(node.properties.dataNumber ?? toString(node).replace(/\D/gu, ''));
      const text = state.sourceNotes.get(number);
      if (text !== undefined) {
        const id = `${state.article}-fn-${number}`;
        state.notes[id] = text;
        runs.push({ text: '', note: id });
        return;
      }
    }
    if (has(node, 'source-address')) {
      // Where a link of the source pointed: a footnote, so that the text reads as the source has it.
      const id = `${state.article}-address-${Object.keys(state.notes).length}`;
      state.notes[id] = `原文链接：${toString(node).replace(/^（|）$/gu, '')}`;
      runs.push({ text: '', note: id });
      return;
    }
    if (node.tagName === 'q') runs.push({ text: '“' });
    node.children.forEach(walk);
    if (node.tagName === 'q') runs.push({ text: '”' });
    const term = node.properties.dataTerm;
    if (node.tagName === 'a' && typeof term === 'string' && node.properties.dataNote !== undefined && !state.noted.has(term)) {
      const text = state.termNotes.get(term);
      if (text !== undefined) {
        state.noted.add(term);
        const id = `${state.article}-${term}`;
        state.notes[id] = text;
        runs.push({ text: '', note: id });
      }
    }
  };
  nodes.forEach(walk);
  // Merge plain runs, and trim the block's ends as a browser does not show them.
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && !last.note && !run.note) last.text += run.text;
    else merged.push({ ...run });
  }
  if (merged[0]) merged[0].text = merged[0].text.replace(/^ +/u, '');
  const end = merged.at(-1);
  if (end && !end.note) end.text = end.text.replace(/ +$/u, '');
  return merged.filter((r) => r.text !== '' || r.note);
}

function* elements(nodes: readonly ElementContent[]): Generator<Element> {
  for (const node of nodes) if (node.type === 'element') yield node;
}

/** Note texts of an article by the rest of their item's id: 术语注释 (li id="note-<slug>") or the source's notes (li id="fn-<n>"). */
function notesOf(article: Element, selector: string, prefix: string): Map<string, string> {
  return new Map(selectAll(selector, article).map((li) => [String(li.properties.id).slice(prefix.length), collapse(toString(li)).trim()]));
}

function blocksOf(node: Element, state: State, out: Block[]): void {
  if (skipped(node)) return;
  const tag = node.tagName;
  if (has(node, 'term-notes') || has(node, 'source-notes')) return; // their texts are the footnotes
  if (tag === 'article' || has(node, 'booklet-cover')) {
    const outer = { notes: state.termNotes, noted: state.noted, sourceNotes: state.sourceNotes };
    state.article++;
    if (tag === 'article') {
      state.sourceNotes = notesOf(node, 'li[id^="fn-"]', 'fn-');
      const termNotes = notesOf(node, '.term-notes > ol > li[id^="note-"]', 'note-');
      if (termNotes.size > 0) state.termNotes = termNotes;
    }
    state.noted = tag === 'article' && has(node, 'speech') ? new Set() : state.noted;
    // Each speech after the first starts a page, as the printed handout does.
    const first = out.length;
    for (const child of elements(node.children)) blocksOf(child, state, out);
    if (has(node, 'speech') && first > 0) {
      const title = out[first];
      if (title?.type === 'title') title.pageBreakBefore = true;
    }
    state.termNotes = outer.notes;
    state.noted = outer.noted;
    state.sourceNotes = outer.sourceNotes;
    return;
  }
  if (tag === 'h1') {
    // A title the text breaks over lines (span.title-line) keeps its lines.
    const lines = [...elements(node.children)].filter((c) => has(c, 'title-line')).map((c) => collapse(toString(c)).trim());
    out.push({ type: 'title', lines: lines.length > 0 ? lines : [collapse(toString(node)).trim()] });
    return;
  }
  if (/^h[2-6]$/u.test(tag)) {
    const runs = runsOf(node.children, state);
    // 依据 under an entry is a label, not a level of the outline.
    if (has(node, 'entry-basis__heading')) out.push({ type: 'paragraph', runs, flush: true });
    else {
      out.push({ type: 'heading', level: Math.min(3, Number(tag.slice(1)) - 1) as 1 | 2 | 3, runs });
    }
    return;
  }
  if (tag === 'p') {
    const runs = runsOf(node.children, state);
    if (runs.length === 0) return;
    const head = ['subtitle', 'head-line', 'source-title', 'translation', 'booklet-cover__site', 'booklet-cover__count', 'quiz-scope', 'quiz-name-line'].some((c) => has(node, c));
    out.push(head ? { type: 'centered', runs } : { type: 'paragraph', runs });
    return;
  }
  if (tag === 'li') {
    // A list item's own text, then any list inside it as items of their own.
    const own = node.children.filter((c) => !(c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol')));
    const runs = runsOf(own, state);
    if (runs.length > 0) out.push({ type: 'paragraph', runs });
    for (const child of elements(node.children)) if (child.tagName === 'ul' || child.tagName === 'ol') blocksOf(child, state, out);
    return;
  }
  if (tag === 'tr') {
    const cells = [...elements(node.children)].map((cell) => runsOf(cell.children, state));
    out.push({ type: 'paragraph', flush: true, runs: cells.flatMap((runs, i) => (i === 0 ? runs : [{ text: '\t' }, ...runs])) });
    return;
  }
  const first = out.length;
  for (const child of elements(node.children)) blocksOf(child, state, out);
  // A category of the booklet and the builder's terms start a page, as printed.
  const opening = out[first];
  if ((has(node, 'booklet-category') || has(node, 'builder-terms')) && opening?.type === 'heading') opening.pageBreakBefore = true;
}

/** The handout element's blocks. `title` names the file's properties. */
export function handoutFromHast(handout: Element | Root, title: string): HandoutDoc {
  const state: State = { notes: {}, noted: new Set(), termNotes: new Map(), sourceNotes: new Map(), article: 0 };
  const blocks: Block[] = [];
  for (const child of elements(handout.children as ElementContent[])) blocksOf(child, state, blocks);
  return { title, blocks, notes: state.notes };
}
