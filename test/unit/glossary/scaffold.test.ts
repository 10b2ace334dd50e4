import { describe, expect, it } from 'vitest';
import { sourceErrorOf } from '../../helpers/errors.ts';
import { parseEntry } from '../../../src/lib/glossary/load.ts';
import { slugOf } from '../../../src/lib/glossary/pinyin.ts';
import { guessCategory, scaffoldEntry } from '../../../src/lib/glossary/scaffold.ts';
import { parse } from 'yaml';
import type { SourceErrors } from '../../../src/lib/errors.ts';

const uses = [
  { file: 'content/speeches/a.txt', before: '共建', after: '高质量发展' },
  { file: 'content/speeches/b.txt', before: '推动“', after: '”建设' },
];

describe('glossary:new scaffold', () => {
  it('names the file by the term’s pinyin, two syllables a word', () => {
    expect(slugOf('一带一路')).toBe('yidai-yilu');
    expect(slugOf('“三去一降一补”')).toBe('sanqu-yijiang-yibu');
    expect(slugOf('中国制造2025')).toBe('zhongguo-zhizao');
  });

  it('guesses a category from the term’s words', () => {
    expect(guessCategory('中国共产党统一战线工作条例')).toBe('党内法规与文件');
    expect(guessCategory('九二共识')).toBe('重要思想与提法');
    expect(guessCategory('两岸融合发展')).toBe('港澳台与对外');
    expect(guessCategory('乡村振兴')).toBe('三农与民生');
    expect(guessCategory('营商环境')).toBe('改革与经济');
  });

  it('writes YAML with the uses as comments, that the build refuses until basis, summary and definition are written', () => {
    const text = scaffoldEntry({ term: '一带一路', uses, files: 2, count: 5 });
    const yaml = text.split('---\n')[1]!;
    expect(parse(yaml)).toEqual({ term: '一带一路', aliases: [], category: '港澳台与对外', summary: '', basis: [], related: [] });
    expect(yaml).toContain('# 讲话中的用例（2 篇，5 处）：');
    expect(yaml).toContain('content/speeches/b.txt：……推动“【一带一路】”建设……');
    let messages: string[] = [];
    try {
      parseEntry(text, 'content/glossary/yidai-yilu.md');
    } catch (error) {
      messages = (error as SourceErrors).errors.map((e) => e.message);
    }
    expect(messages).toEqual([expect.stringMatching(/field summary/u), expect.stringMatching(/field basis: at least one official text/u)]);
  });

  it('prefills a document’s title, and a term with YAML syntax in it stays a string', () => {
    const text = scaffoldEntry({ term: '《中国共产党统一战线工作条例》', uses: [], files: 0, count: 0 });
    expect(parse(text.split('---\n')[1]!).document).toEqual({ title: '《中国共产党统一战线工作条例》', issuer: '', date: '' });
    expect(parse(scaffoldEntry({ term: '- "a": #b', uses: [], files: 0, count: 0 }).split('---\n')[1]!).term).toBe('- "a": #b');
  });

  it('refuses an entry whose definition is empty', () => {
    const good = '---\nterm: 四风\ncategory: 作风与纪律\nsummary: 形式主义、官僚主义、享乐主义和奢靡之风。\nbasis: [{ title: 《某文件》, issuer: 中共中央, date: 2013 }]\n---\n';
    expect(sourceErrorOf(() => parseEntry(good, 'content/glossary/x.md')).message).toMatch(/definition is empty/u);
  });
});
