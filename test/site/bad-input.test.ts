/**
 * Bad input dropped into a copy of the project: a bad glossary entry or a bad
 * sidecar stops the build at its first step, naming every bad file with its
 * line at once, and the published site stays as it was. And an error at the
 * MDX stage names the speech's own file and line, not only the generated MDX.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, ROOT, type ProjectCopy } from '../../scripts/lib/project.ts';

let copy: ProjectCopy;
let project: string;
let published: string;

/** Every file of the copy's dist/, by path and bytes. */
function distDigest(): string {
  const hash = createHash('sha256');
  const dist = path.join(project, 'dist');
  const files = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => statSync(path.join(dist, f)).isFile()).sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(path.join(dist, file)));
  return hash.digest('hex');
}

/** Replace `from` by `to` in a file of the copy (which must hold `from`); returns the way back. */
function edit(file: string, from: string | RegExp, to: string): () => void {
  const full = path.join(project, file);
  const before = readFileSync(full, 'utf8');
  expect(before).toMatch(from);
  writeFileSync(full, before.replace(from, to));
  return () => writeFileSync(full, before);
}

function add(file: string, text: string): () => void {
  writeFileSync(path.join(project, file), text);
  return () => rmSync(path.join(project, file));
}

beforeAll(() => {
  copy = copyProject();
  project = copy.dir;
  // The published site: the one the site tests build (a copy of it, rather than a build of one more).
  cpSync(path.join(ROOT, 'dist'), path.join(project, 'dist'), { recursive: true });
  published = distDigest();
});

afterAll(() => copy?.remove());

describe('bad glossary entries', () => {
  it('stop the build with every bad file and line named at once, and leave the published site untouched', () => {
    const undo = [
      edit('content/glossary/baxiang-guiding.md', 'category: "作风与纪律"', 'category: "作风建设"'),
      edit('content/glossary/fengqiao-jingyan.md', /^term: "枫桥经验"$/mu, 'term: "枫桥经验'),
      // An entry just written, with a field name mistyped.
      add(
        'content/glossary/xinjian-tiaomu.md',
        '---\nterm: "新建条目"\ncategory: "作风与纪律"\nsumary: "这是一条刚写好的条目的摘要。"\nbasis:\n  - title: "《某文件》"\n    issuer: "某机关"\n    date: "2020"\n---\n\n释义。\n',
      ),
    ];
    const result = copy.build();
    undo.forEach((restore) => restore());
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('4 glossary file(s) could not be read:');
    expect(result.output).toContain('✗ content/glossary/baxiang-guiding.md:8: field category: Invalid option: expected one of "重要思想与提法"|');
    expect(result.output).toContain('✗ content/glossary/fengqiao-jingyan.md:2: not valid YAML: Missing closing "quote (YAML 格式错误)');
    expect(result.output).toContain('✗ content/glossary/xinjian-tiaomu.md:4: field sumary: Unrecognized key: "sumary" (字段有误)');
    expect(result.output).toContain('✗ content/glossary/xinjian-tiaomu.md:2: field summary: Invalid input: expected string, received undefined (字段有误)');
    // Nothing was written: no generated content, and the site as it was.
    expect(existsSync(path.join(project, '.generated'))).toBe(false);
    expect(distDigest()).toBe(published);
  });
});

describe('bad sidecars', () => {
  it('stop the build with every bad file and line named at once, and leave the published site untouched', () => {
    const undo = [
      edit('content/speeches/000_e6ad98bea2aab6a9.yaml', /\n$/u, '\nlevel: 省级\nspeeker: 张三\n'),
      edit('content/speeches/002_a8c0b5baaef4c753.yaml', 'year: 2020', 'year: 二〇二〇'),
    ];
    const result = copy.build();
    undo.forEach((restore) => restore());
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('3 speech file(s) could not be read:');
    expect(result.output).toContain('✗ content/speeches/000_e6ad98bea2aab6a9.yaml:4: field level: Invalid option: expected one of "中央"|"省"|');
    expect(result.output).toContain('✗ content/speeches/000_e6ad98bea2aab6a9.yaml:5: field speeker: Unrecognized key: "speeker" (字段有误)');
    expect(result.output).toContain('✗ content/speeches/002_a8c0b5baaef4c753.yaml:3: field year: Invalid input: expected number, received string (字段有误)');
    expect(existsSync(path.join(project, '.generated'))).toBe(false);
    expect(distDigest()).toBe(published);
  });
});

describe('an error at the MDX stage', () => {
  // No text an editor gives makes MDX that stage refuses (the converter escapes everything): a
  // converter bug would, or a hand-edited .generated/ file, which stands in for one here.
  it('names the speech’s source file and line, and leaves the published site untouched', () => {
    const converted = copy.run('convert');
    expect(converted.status, converted.output).toBe(0);
    const line = 8;
    const words = readFileSync(path.join(project, 'content/speeches/001_397ebea4c409e4b0.txt'), 'utf8').split('\n')[line - 1]!.slice(0, 6);
    const mdx = path.join(project, '.generated/speeches/ju-congyan-zhidang-huiyi.mdx');
    const text = readFileSync(mdx, 'utf8');
    expect(text.split(words)).toHaveLength(2);
    writeFileSync(mdx, text.replace(words, `${words}<1`));
    const generatedLine = text.split('\n').findIndex((l) => l.includes(words)) + 1;
    const result = copy.run('astro-build');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      `content/speeches/001_397ebea4c409e4b0.txt:${line} (generated as .generated/speeches/ju-congyan-zhidang-huiyi.mdx:${generatedLine}): Unexpected character \`1\``,
    );
    expect(distDigest()).toBe(published);
  });
});
