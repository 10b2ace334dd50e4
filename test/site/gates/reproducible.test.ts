/** Gate: two clean builds from the same sources give byte-identical dist/ folders. */
import { mkdtempSync, renameSync, rmSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { treeDifferences } from '../../../scripts/lib/gates/same-tree.ts';
import { copyProject, type ProjectCopy } from '../../../scripts/lib/project.ts';

let copy: ProjectCopy | undefined;
afterAll(() => copy?.remove());

describe('reproducible builds', () => {
  it('builds the same bytes twice, caches and generated content removed in between', () => {
    copy = copyProject();
    const first = copy.build();
    expect(first.status, first.output).toBe(0);
    renameSync(path.join(copy.dir, 'dist'), path.join(copy.dir, 'dist-1'));
    for (const cache of ['.cache', '.generated']) rmSync(path.join(copy.dir, cache), { recursive: true, force: true });
    const second = copy.build();
    expect(second.status, second.output).toBe(0);
    expect(treeDifferences(path.join(copy.dir, 'dist-1'), path.join(copy.dir, 'dist'))).toEqual([]);
  });

  it('catches a planted difference: a file that changed, a file in one build only', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pkb-same-'));
    for (const name of ['a', 'b']) mkdirSync(path.join(root, name));
    writeFileSync(path.join(root, 'a', 'index.html'), '<p>built at 10:00</p>');
    writeFileSync(path.join(root, 'b', 'index.html'), '<p>built at 10:01</p>');
    writeFileSync(path.join(root, 'a', 'only.txt'), 'x');
    cpSync(path.join(root, 'a', 'only.txt'), path.join(root, 'a', 'same.txt'));
    cpSync(path.join(root, 'a', 'only.txt'), path.join(root, 'b', 'same.txt'));
    expect(treeDifferences(path.join(root, 'a'), path.join(root, 'b'))).toEqual(['differs: index.html', 'only in the first build: only.txt']);
  });
});
