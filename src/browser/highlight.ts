/**
 * A page opened from a search result (…/?hl=八项规定#sec-1) marks every
 * occurrence of the searched phrase in its main text and scrolls to the first
 * one after the target section.
 */
export function highlightFromUrl(root: Document): void {
  const phrase = new URLSearchParams(location.search).get('hl')?.trim();
  const main = root.querySelector('[data-pagefind-body]');
  if (!phrase || !main) return;
  const marks = markPhrase(main, phrase);
  if (marks.length === 0) return;
  const target = location.hash ? root.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = (target && marks.find((m) => target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) ?? marks[0]!;
  first.scrollIntoView({ block: 'center' });
}

/**
 * Wrap each occurrence of `phrase` in the text of `root` in <mark class="search-hit">,
 * also where it spans elements (a phrase around a term link): one mark per text node
 * it touches. Returns the first mark of each occurrence.
 */
export function markPhrase(root: Element, phrase: string): HTMLElement[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Array<{ node: Text; start: number }> = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  const ranges: Array<[number, number]> = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) ranges.push([at, at + phrase.length]);
  const firsts: HTMLElement[] = [];
  // Wrap from the end, so that splitting a node never moves the offsets still to do.
  for (const [from, to] of ranges.reverse()) {
    let first: HTMLElement | undefined;
    for (const { node, start } of [...nodes].reverse()) {
      const end = start + node.data.length;
      if (end <= from || start >= to) continue;
      const piece = node.splitText(Math.max(0, from - start));
      piece.splitText(Math.min(piece.data.length, to - Math.max(from, start)));
      const mark = doc.createElement('mark');
      mark.className = 'search-hit';
      piece.replaceWith(mark);
      mark.append(piece);
      first = mark;
    }
    if (first) firsts.unshift(first);
  }
  return firsts;
}
