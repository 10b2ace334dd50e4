/**
 * test/corpus/ is the project's real-world regression set: the 30 public
 * texts of shared/corpus, copied byte for byte (see its SOURCES.md). They are
 * never edited to make a test pass; where the shared copy is at hand, this
 * test holds them to it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const COPY = 'test/corpus';
const SHARED = '../shared/corpus';

describe('the real-world corpus', () => {
  it('holds the 30 texts and their SOURCES.md', () => {
    const names = readdirSync(COPY).sort();
    expect(names).toContain('SOURCES.md');
    expect(names.filter((n) => n !== 'SOURCES.md')).toHaveLength(30);
  });

  it.skipIf(!existsSync(SHARED))('is byte for byte the shared corpus', () => {
    expect(readdirSync(COPY).sort()).toEqual(readdirSync(SHARED).sort());
    for (const name of readdirSync(SHARED)) expect(readFileSync(`${COPY}/${name}`).equals(readFileSync(`${SHARED}/${name}`)), name).toBe(true);
  });
});
