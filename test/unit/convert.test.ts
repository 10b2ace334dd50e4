import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFolder, writeSpeeches, type ConvertedSpeech } from '../../src/lib/speech/convert.ts';
import { SourceErrors } from '../../src/lib/errors.ts';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pkb-speeches-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

async function failure(dir: string): Promise<string[]> {
  try {
    await convertFolder(dir, { cwd: dir });
  } catch (error) {
    if (error instanceof SourceErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error('expected the conversion to fail');
}

describe('convertFolder', () => {
  it('converts every .txt with its sidecar', async () => {
    const dir = folder({ 'a.txt': '甲讲话\n\n同志们：\n正文。\n', 'a.yaml': 'slug: jia\nyear: 2021\n', 'b.txt': '乙讲话\n\n正文。\n' });
    const { speeches } = await convertFolder(dir, { cwd: dir });
    expect(speeches.map((s) => [s.meta.slug, s.meta.title, s.meta.year ?? null, s.meta.source])).toEqual([
      ['jia', '甲讲话', 2021, 'a.txt'],
      ['b', '乙讲话', null, 'b.txt'],
    ]);
  });

  it('reports every bad file at once, each by name and reason', async () => {
    const dir = folder({
      'empty.txt': '',
      'binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00]),
      'good.txt': '好讲话\n\n正文。\n',
      'good.yaml': 'levle: 县\n',
    });
    expect(await failure(dir)).toEqual([
      'binary.txt:1: this is a binary file, not text: it contains NUL bytes (二进制文件，不是文本)',
      'empty.txt: the file is empty (文件为空)',
      'good.yaml:1: field levle: Unrecognized key: "levle" (字段有误)',
    ]);
  });

  it('refuses two speeches with the same slug', async () => {
    const dir = folder({ 'a.txt': '甲\n\n正文。\n', 'a.yaml': 'slug: same\n', 'b.txt': '乙\n\n正文。\n', 'b.yaml': 'slug: same\n' });
    expect(await failure(dir)).toEqual([expect.stringMatching(/^b\.txt: slug “same” is already used by a\.txt/u)]);
  });

  it('refuses a folder with no speech', async () => {
    expect(await failure(folder({ 'notes.html': '<p>说明</p>' }))).toEqual([expect.stringContaining('no speech (.txt, .md or .docx) found')]);
  });

  it('warns about a sidecar without its speech', async () => {
    const { warnings } = await convertFolder(folder({ 'a.txt': '甲\n\n正文。\n', 'gone.yaml': 'year: 2020\n' }), { cwd: "/" });
    expect(warnings).toEqual([expect.stringContaining('gone.yaml: a sidecar with no speech file gone.txt, .md or .docx beside it is ignored')]);
  });
});

describe('writeSpeeches', () => {
  it('removes stale files, names the speeches it wrote, and on a second run with the same sources writes nothing', async () => {
    const dir = folder({ 'a.txt': '甲\n\n正文。\n', 'b.txt': '乙\n\n正文。\n' });
    const out = path.join(dir, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'stale.mdx'), 'from an earlier build');
    const first = await convertFolder(dir, { cwd: dir });
    const written = await writeSpeeches(first.speeches, out);
    expect({ ...written, changed: written.changed.map((s) => s.meta.slug) }).toEqual({ written: 2, removed: 1, changed: ['a', 'b'] });
    const before = readdirSync(out).map((f) => readFileSync(path.join(out, f), 'utf8'));
    expect(await writeSpeeches((await convertFolder(dir, { cwd: dir })).speeches, out)).toEqual({ written: 0, removed: 0, changed: [] });
    expect(readdirSync(out)).toEqual(['a.mdx', 'b.mdx']);
    expect(readdirSync(out).map((f) => readFileSync(path.join(out, f), 'utf8'))).toEqual(before);
  });
});

describe('incremental conversion', () => {
  it('takes unchanged speeches from the cache and converts changed ones again', async () => {
    const dir = folder({ 'a.txt': '甲\n\n正文。\n', 'b.txt': '乙\n\n正文。\n' });
    const store = new Map<string, ConvertedSpeech>();
    const cache = { get: async (key: string) => store.get(key), set: async (key: string, s: ConvertedSpeech) => void store.set(key, s) };
    const first = await convertFolder(dir, { cwd: dir, cache, cacheSalt: 'v1' });
    expect(first.reused).toBe(0);
    expect((await convertFolder(dir, { cwd: dir, cache, cacheSalt: 'v1' })).reused).toBe(2);
    writeFileSync(path.join(dir, 'b.txt'), '乙\n\n新的正文。\n');
    const third = await convertFolder(dir, { cwd: dir, cache, cacheSalt: 'v1' });
    expect(third.reused).toBe(1);
    expect(third.speeches[1]!.mdx).toContain('新的正文。');
    // Anything else the conversion depends on (code, glossary, base path) changes the salt.
    expect((await convertFolder(dir, { cwd: dir, cache, cacheSalt: 'v2' })).reused).toBe(0);
  });
});

describe('convertFolder, real documents', () => {
  it('reads .txt, .md and .docx alike, and refuses a .doc with what to do', async () => {
    const { styledDocx } = await import('../fixtures/docx.ts');
    const dir = folder({ 'a.txt': '甲讲话\n\n正文。\n', 'b.md': '# 乙讲话\n\n正文。\n', 'c.docx': await styledDocx(), 'old.doc': Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]) });
    expect(await failure(dir)).toEqual(['old.doc: an old binary Word document (.doc) cannot be read: open it in Word or WPS and save it as .docx (请另存为 .docx 格式)']);
    rmSync(path.join(dir, 'old.doc'));
    const { speeches } = await convertFolder(dir, { cwd: dir });
    expect(speeches.map((s) => [s.meta.source, s.meta.title])).toEqual([
      ['a.txt', '甲讲话'],
      ['b.md', '乙讲话'],
      ['c.docx', '在全市机关党建工作推进会上的讲话'],
    ]);
  });

  it('refuses two files of one name in two formats: they would have one address', async () => {
    expect(await failure(folder({ 'a.txt': '甲\n\n正文。\n', 'a.md': '# 甲\n\n正文。\n' }))).toEqual([expect.stringMatching(/^a\.txt: slug “a” is already used by a\.md/u)]);
  });

  it('decodes a sidecar saved as GBK, with a warning, instead of reading its title as �', async () => {
    const gbk = Uint8Array.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xd6, 0xd0, 0xb9, 0xfa, 0x0a]); // title: 中国
    const { speeches, warnings } = await convertFolder(folder({ 'a.txt': '甲\n\n正文。\n', 'a.yaml': gbk }), { cwd: '/' });
    expect(speeches[0]!.meta.title).toBe('中国');
    expect(warnings).toEqual([expect.stringMatching(/a\.yaml: decoded as GB18030\/GBK, not UTF-8/u)]);
  });

  it('uses front matter, warns of its other keys by line, and never shows it as text', async () => {
    const { speeches, warnings } = await convertFolder(folder({ 'a.txt': '---\nlayout: default\ntitle: "Hello: 世界---"\ndate: 2021-09-06 10:12:00 +0800\nlevel: 州\n---\n正文。\n' }), { cwd: '/' });
    expect(speeches[0]!.meta).toMatchObject({ title: 'Hello: 世界---', date: '2021-09-06', titleSource: 'given' });
    expect(speeches[0]!.mdx).not.toContain('layout');
    expect(warnings.map((w) => w.replace(/^.*a\.txt/u, 'a.txt'))).toEqual([
      'a.txt:2: front-matter field layout is not used (未使用的元数据字段)',
      expect.stringMatching(/^a\.txt:5: field level: .*; it is ignored/u),
    ]);
  });

  it('refuses a file with nothing to show: only front matter, or only web-page furniture', async () => {
    expect(await failure(folder({ 'a.md': '---\ntitle: 只有元数据\n---\n', 'b.txt': '下载\n打印\n收藏\n' }))).toEqual([
      'a.md: nothing is left to show (文件没有正文)',
      'b.txt: nothing is left to show once web-page furniture is left out (keepLeftovers: true in a sidecar keeps it) (文件没有正文)',
    ]);
  });

  it('warns of a speech too long for one page, and of a paragraph that lost its line breaks', async () => {
    const { warnings } = await convertFolder(folder({ 'a.txt': `标题\n${'正文很长。'.repeat(61_000)}\n` }), { cwd: '/' });
    expect(warnings).toEqual([
      expect.stringMatching(/a\.txt:2: a paragraph of 305,000 characters: the text may have lost its line breaks/u),
      expect.stringMatching(/a\.txt: 305,002 characters, a page of several megabytes/u),
    ]);
  });
});

describe('metadata between the stages', () => {
  it('round-trips a sidecar title, subtitle and heading that end in --- or hold : quotes and #', async () => {
    const { readSpeechMdx } = await import('../../src/lib/speech/mdx-html.ts');
    const { parse } = await import('yaml');
    const title = '讲话：“学习”#1 ---';
    const dir = folder({ 'a.txt': '原题---\n——在会上: “#2”---\n\n一、提高政治站位---\n正文。\n', 'a.yaml': `title: '${title}'\nsubtitle: '副题: #3 ---'\n` });
    const [speech] = (await convertFolder(dir, { cwd: dir })).speeches;
    const meta = parse(readSpeechMdx(speech!.mdx).frontmatter);
    expect(meta).toMatchObject({ title, occasion: '副题: #3 ---', head: [{ role: 'title', text: '原题---' }, { role: 'subtitle', text: '——在会上: “#2”---' }] });
    expect(meta.outline).toEqual([{ id: 'sec-1', depth: 1, text: '一、提高政治站位---' }]);
  });
});
