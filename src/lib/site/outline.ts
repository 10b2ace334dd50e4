/** The flat outline of a speech (id, depth, text) as a tree, for its table of contents. */
export interface OutlineItem {
  id: string;
  depth: number;
  text: string;
}
export interface OutlineNode extends OutlineItem {
  children: OutlineNode[];
}

export function nestOutline(items: readonly OutlineItem[]): OutlineNode[] {
  const root: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const item of items) {
    const node: OutlineNode = { ...item, children: [] };
    while (stack.length && stack.at(-1)!.depth >= node.depth) stack.pop();
    (stack.at(-1)?.children ?? root).push(node);
    stack.push(node);
  }
  return root;
}
