/**
 * An editor's whole workflow, in a copy of the project: drop a .txt into
 * content/speeches/, rebuild, and the page is there; drop a broken file, and
 * the build stops naming it while the published site stays as it was.
 */
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageOfSource, select, selectAll, squash, text } from '../helpers/dist.ts';
import { copyProject, ROOT, type ProjectCopy } from '../../scripts/lib/project.ts';

let copy: ProjectCopy;
let project: string;
const build = () => copy.build();

beforeAll(() => {
  copy = copyProject();
  project = copy.dir;
  // As an editor's tools may save it: BOM, CRLF line ends.
  const source = readFileSync(path.join(ROOT, 'test/fixtures/new-speech.txt'), 'utf8');
  writeFileSync(path.join(project, 'content/speeches/20210415 机关党建推进会.txt'), `\uFEFF${source.replace(/\n/gu, '\r\n')}`);
  // An entry no speech uses, just edited: the build names it first among the unused.
  const later = new Date(Date.now() + 60_000);
  utimesSync(path.join(project, 'content/glossary/yuanjing-2035.md'), later, later);
});

afterAll(() => copy?.remove());

describe('a new speech dropped into content/speeches/', () => {
  let page: ReturnType<typeof pageOfSource>;
  let output = '';
  beforeAll(() => {
    const result = build();
    expect(result.status, result.output).toBe(0);
    output = result.output;
    page = pageOfSource('20210415 机关党建推进会.txt', path.join(project, 'dist'));
  });

  it('gets a readable ASCII address from its file name', () => {
    expect(page.path).toBe('speeches/20210415-ji-guan-dang-jian-tui-jin-hui/');
  });

  it('is named by the build with the address of its page, and an entry no speech uses is warned of, the last edited first', () => {
    expect(output).toContain('new or changed: /speeches/20210415-ji-guan-dang-jian-tui-jin-hui/  (content/speeches/20210415 机关党建推进会.txt)');
    expect(output).toMatch(/⚠ \d+ of \d+ glossary entries are used in no speech \(their pages list no uses\): content\/glossary\/yuanjing-2035\.md, /u);
  });

  it('is listed on the home page', () => {
    expect(readFileSync(path.join(project, 'dist/index.html'), 'utf8')).toContain('href="/speeches/20210415-ji-guan-dang-jian-tui-jin-hui/"');
  });

  it('keeps its outline', () => {
    const headings = selectAll('.speech-body :is(h2, h3, h4)', page.article).map((h) => `${h.tagName} ${text(h)}`);
    expect(headings).toEqual([
      'h2 一、提高政治站位，把牢机关党建正确方向',
      'h3 （一）坚持“两个维护”。',
      'h4 1.加强学习。',
      'h4 2.加强督导。',
      'h3 （二）抓好“三会一课”。',
      'h2 二、夯实基层基础，提升机关党组织组织力',
      'h3 一要建强支部。',
      'h3 二要管好党员。',
    ]);
  });

  it('shows every paragraph verbatim, markup-looking text included, and runs nothing', () => {
    const pageText = squash(text(page.article));
    for (const line of readFileSync(path.join(ROOT, 'test/fixtures/new-speech.txt'), 'utf8').split(/\n|\u3000{2}/u).map(squash).filter(Boolean)) {
      expect(pageText).toContain(line);
    }
    expect(selectAll('script', page.article)).toEqual([]);
    expect(selectAll('script', page.tree).map((s) => text(s))).not.toContainEqual(expect.stringContaining('不应执行'));
    expect(select('.speech-body a[href^="http"]', page.article)).toBeUndefined();
    expect(selectAll('.speech-body em', page.article)).toEqual([]);
  });

  it('reads its title, subtitle and closing', () => {
    expect(text(select('h1', page.article)!)).toBe('在全市机关党建工作推进会上的讲话');
    expect(text(select('.subtitle', page.article)!)).toBe('——2021年4月在市直机关工委全体会议上');
    expect(text(select('p.closing', page.article)!)).toMatch(/^同志们，机关党建任重道远/u);
  });
});

describe('a broken file dropped into content/speeches/', () => {
  it('stops the build with a message naming the file, and leaves the published site untouched', () => {
    const index = path.join(project, 'dist/index.html');
    expect(existsSync(index)).toBe(true);
    const before = readFileSync(index, 'utf8');
    writeFileSync(path.join(project, 'content/speeches/broken.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
    writeFileSync(path.join(project, 'content/speeches/empty.txt'), '');
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/speeches/broken.txt:3: this is a binary file');
    expect(result.output).toContain('content/speeches/empty.txt: the file is empty');
    expect(readFileSync(index, 'utf8')).toBe(before);
  });
});
