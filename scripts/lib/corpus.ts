/**
 * A deterministic synthetic corpus for benchmarks: N speeches made of the
 * seed speeches' paragraphs and headings, recombined by a seeded generator,
 * with the seeds' conventions (title, —— subtitle, 同志们：, 一、 （一） 1.
 * 一是, closing). Same N, same bytes, on every machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { matchMarker } from '../../src/lib/speech/parse/outline.ts';
import { splitLines } from '../../src/lib/speech/read/text.ts';

/** mulberry32: a small seeded PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Material {
  paragraphs: string[];
  headings: string[];
  titles: string[];
}

export function seedMaterial(dir: string): Material {
  const material: Material = { paragraphs: [], headings: [], titles: [] };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const lines = splitLines(readFileSync(path.join(dir, file), 'utf8'));
    for (const { text } of lines) {
      const marker = matchMarker(text);
      if (marker) {
        // A numbered line: its first sentence is a heading, and what follows it (often most of the line) body text.
        const [heading, ...rest] = text.replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、]|[一二三四五六七八九十]+[是要])/u, '').split('。');
        material.headings.push(heading!);
        const body = rest.join('。').trim();
        if (body.length > 60) material.paragraphs.push(body);
      } else if (text.length > 60) material.paragraphs.push(text);
      else if (text.length < 30 && !/[。：，]/u.test(text)) material.titles.push(text);
    }
  }
  return material;
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const LEVELS = ['省', '市', '县', '区'];

/** The text of synthetic speech number `n` (about `chars` characters). */
export function syntheticSpeech(material: Material, n: number, chars = 10_000): string {
  const rand = random(n + 1);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const lines: string[] = [`${pick(material.titles)}（${n + 1}）`, '', `——在全${pick(LEVELS)}全面从严治党工作会议上的讲话`, '', '同志们：', pick(material.paragraphs)];
  let length = lines.join('').length;
  for (let chapter = 0; length < chars && chapter < 10; chapter++) {
    lines.push(`${CN[chapter]}、${pick(material.headings)}`);
    lines.push(pick(material.paragraphs));
    for (let section = 0; section < 3 && length < chars; section++) {
      lines.push(`（${CN[section]}）${pick(material.headings)}。${pick(material.paragraphs)}`);
      for (let item = 0; item < 2; item++) lines.push(`${item + 1}.${pick(material.headings)}。${pick(material.paragraphs)}`);
      length = lines.join('').length;
    }
  }
  lines.push(`同志们，${pick(material.paragraphs)}`);
  return `${lines.join('\n')}\n`;
}
