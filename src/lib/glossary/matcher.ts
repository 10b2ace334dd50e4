/**
 * Finds every occurrence of thousands of terms in one pass over a text
 * (Aho–Corasick), keeping the leftmost-longest, non-overlapping matches:
 * 中国共产党问责条例 wins over 问责条例, 全面从严治党 over 从严治党.
 *
 * Chinese has no word boundaries, so terms match as substrings. A pattern may
 * require its marks: “三不” matches only inside those quotes, and the match
 * covers the words within them, not the marks. A blocking pattern is found
 * like any other and then dropped: 创新发展理念 (to innovate the idea of
 * development) keeps 新发展理念 from matching inside it.
 */

export interface Pattern<T> {
  /** The text to find; wrapped in “” or 《》, it must appear with those marks. */
  text: string;
  value: T;
  /** Found only so that no other pattern matches inside it; not reported. */
  block?: boolean;
}

export interface Match<T> {
  /** UTF-16 offsets in the searched text: [start, end). */
  start: number;
  end: number;
  value: T;
}

export interface Matcher<T> {
  /** Leftmost-longest, non-overlapping occurrences, in text order. */
  find(text: string): Array<Match<T>>;
}

const MARKED = /^([“《])(.+)([”》])$/u;

interface Output<T> {
  length: number;
  /** Characters of marks at each end, excluded from the match. */
  trim: number;
  value: T;
  block: boolean;
}

export function createMatcher<T>(patterns: ReadonlyArray<Pattern<T>>): Matcher<T> {
  // Trie: per node a map from UTF-16 code unit to child node.
  const next: Array<Map<number, number>> = [new Map()];
  const outputs: Array<Output<T> | undefined> = [undefined];
  const seen = new Uint8Array(0x10000); // code units that occur in some pattern

  for (const { text, value, block = false } of patterns) {
    if (!text) continue;
    const marked = MARKED.exec(text);
    const trim = marked && marked[2]!.length > 0 ? 1 : 0;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      seen[code] = 1;
      let child = next[node]!.get(code);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        outputs.push(undefined);
        next[node]!.set(code, child);
      }
      node = child;
    }
    // The first pattern given for a text wins.
    outputs[node] ??= { length: text.length, trim, value, block };
  }

  // Failure links and dictionary links (nearest proper suffix node with an output), breadth first.
  const fail = new Int32Array(next.length);
  const dict = new Int32Array(next.length).fill(-1);
  const queue: number[] = [];
  for (const child of next[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [code, child] of next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !next[f]!.has(code)) f = fail[f]!;
      const target = next[f]!.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      dict[child] = outputs[fail[child]!] ? fail[child]! : dict[fail[child]!]!;
      queue.push(child);
    }
  }

  // The root's transitions as a direct table: most characters of a text start no term.
  const rootNext = new Int32Array(0x10000);
  for (const [code, child] of next[0]!) rootNext[code] = child;
  const step = (node: number, code: number): number | undefined => (node === 0 ? rootNext[code] || undefined : next[node]!.get(code));

  return {
    find(text: string): Array<Match<T>> {
      // For each start offset, the node of the longest match starting there (0: none).
      let best: Int32Array | undefined;
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (seen[code] === 0) {
          node = 0;
          continue;
        }
        let child = step(node, code);
        while (child === undefined && node !== 0) {
          node = fail[node]!;
          child = step(node, code);
        }
        node = child ?? 0;
        if (node === 0) continue;
        for (let out = outputs[node] ? node : dict[node]!; out > 0; out = dict[out]!) {
          const start = i + 1 - outputs[out]!.length;
          best ??= new Int32Array(text.length);
          const known = best[start]!;
          if (known === 0 || outputs[known]!.length < outputs[out]!.length) best[start] = out;
        }
      }
      if (!best) return [];
      const matches: Array<Match<T>> = [];
      for (let start = 0; start < text.length; start++) {
        const out = best[start]!;
        if (out === 0) continue;
        const output = outputs[out]!;
        if (!output.block) matches.push({ start: start + output.trim, end: start + output.length - output.trim, value: output.value });
        start += output.length - 1; // the next match starts after this one
      }
      return matches;
    },
  };
}
