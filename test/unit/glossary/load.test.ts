import { describe, expect, it } from 'vitest';
import { sourceErrorOf } from '../../helpers/errors.ts';
import type { SourceErrors } from '../../../src/lib/errors.ts';
import { buildGlossary, loadGlossary, parseEntry, surfaceForms } from '../../../src/lib/glossary/load.ts';

const FIXTURE = 'test/fixtures/glossary';
const entry = (frontmatter: string, file = 'content/glossary/x.md') => parseEntry(`---\n${frontmatter}\n---\n定义。\n`, file);
const GOOD = 'term: 四风\ncategory: 作风与纪律\nsummary: 形式主义、官僚主义、享乐主义和奢靡之风。\nbasis: [{ title: 《某文件》, issuer: 中共中央, date: 2019 }]';

describe('loadGlossary', () => {
  const glossary = loadGlossary(FIXTURE, '.');

  it('reads every entry, sorted by slug, with its definition', () => {
    expect(glossary.entries.map((e) => e.slug)).toEqual(['baxiang-guiding', 'quanmian-congyan-zhidang', 'sanbu', 'sifeng', 'wenze-tiaoli']);
    expect(glossary.bySlug.get('baxiang-guiding')).toMatchObject({
      term: '八项规定',
      category: '作风与纪律',
      document: { issuer: '中共中央政治局', date: '2012-12-04' },
      related: ['sifeng'],
      body: '八项规定是改进作风的切入口，与“四风”问题的整治相连。',
      file: 'test/fixtures/glossary/baxiang-guiding.md',
    });
  });

  it('maps every surface form to its entry: short and full titles alike', () => {
    expect(glossary.forms.get('问责条例')).toBe('wenze-tiaoli');
    expect(glossary.forms.get('中国共产党问责条例')).toBe('wenze-tiaoli');
    expect(glossary.forms.get('中央八项规定精神')).toBe('baxiang-guiding');
    expect(glossary.forms.get('十八届中央政治局关于改进工作作风、密切联系群众的八项规定')).toBe('baxiang-guiding');
  });

  it('reads the ignore list', () => {
    expect(glossary.ignore).toEqual([
      { phrase: '实施意见', reason: '泛称，非特定文件' },
      { phrase: '“一线”', reason: '普通词语，不是提法' },
    ]);
  });
});

describe('a bad entry', () => {
  it('names the file, line and field of an unknown field', () => {
    expect(sourceErrorOf(() => entry(`${GOOD}\nsumary: 错字`)).message).toBe('content/glossary/x.md:6: field sumary: Unrecognized key: "sumary" (字段有误)');
  });

  it('names the line of a field of the wrong type, in a list too', () => {
    expect(sourceErrorOf(() => entry(GOOD.replace(/\nbasis: .*$/u, '\nbasis: 《某文件》'))).message).toBe(
      'content/glossary/x.md:5: field basis: Invalid input: expected array, received string (字段有误)',
    );
    const quotes = GOOD.replace(/\nbasis: .*$/u, '\nbasis:\n  - title: 《某文件》\n    issuer: 中共中央\n    date: 2019\n    quotes: 某某某某');
    expect(sourceErrorOf(() => entry(quotes)).message).toMatch(/^content\/glossary\/x\.md:9: field basis\.0\.quotes: .*expected array/u);
  });

  it('names a category outside the taxonomy', () => {
    expect(sourceErrorOf(() => entry(GOOD.replace('作风与纪律', '作风'))).message).toMatch(/^content\/glossary\/x\.md:3: field category: .*"党内法规与文件"/u);
  });

  it('names a missing required field, and the line of the front matter or list item that lacks it', () => {
    expect(sourceErrorOf(() => entry('term: 四风\ncategory: 作风与纪律\nbasis: [{ title: 《某文件》, issuer: 中共中央, date: 2019 }]')).message).toMatch(/^content\/glossary\/x\.md:2: field summary: /u);
    const noIssuer = GOOD.replace(/\nbasis: .*$/u, '\nbasis:\n  - title: 《某文件》\n    date: 2019\n  - title: 《另一文件》\n    date: 2020');
    const errors = (() => {
      try {
        entry(noIssuer);
      } catch (error) {
        return (error as SourceErrors).errors ?? [];
      }
      return [];
    })();
    expect(errors.map((e) => [e.line, /field (\S+):/u.exec(e.message)?.[1]])).toEqual([
      [6, 'basis.0.issuer'],
      [8, 'basis.1.issuer'],
    ]);
  });

  it('refuses an invented-looking date format', () => {
    expect(sourceErrorOf(() => entry(`${GOOD}\ndocument: {title: 《某条例》, issuer: 中共中央, date: 2019年9月}`)).message).toMatch(/field document\.date: YYYY, YYYY-MM or YYYY-MM-DD/u);
  });

  it('refuses an entry without an official basis, and a basis without issuer or date', () => {
    const noBasis = GOOD.replace(/\nbasis: .*$/u, '\nbasis: []');
    expect(sourceErrorOf(() => entry(noBasis)).message).toMatch(/^content\/glossary\/x\.md:5: field basis: at least one official text/u);
    expect(sourceErrorOf(() => entry(GOOD.replace(', issuer: 中共中央', ''))).message).toMatch(/field basis\.0\.issuer/u);
    // A bare title names no issuer or date: refused.
    expect(sourceErrorOf(() => entry(GOOD.replace(/\nbasis: .*$/u, '\nbasis: [《某文件》]'))).message).toMatch(/field basis\.0/u);
    expect(sourceErrorOf(() => entry(GOOD.replace(', date: 2019', ''))).message).toMatch(/field basis\.0/u);
    expect(sourceErrorOf(() => entry(GOOD.replace('date: 2019', 'date: 2019-13'))).message).toMatch(/field basis\.0/u);
    expect(sourceErrorOf(() => entry(GOOD.replace('《某文件》', '某文件'))).message).toMatch(/field basis\.0/u);
  });

  it('reads a basis with its quotes, and a formula with its parts', () => {
    const e = entry(`${GOOD}\nparts: [形式主义, 官僚主义, 享乐主义, 奢靡之风]`.replace('date: 2019 }', 'date: 2013-06, quotes: [反对形式主义、官僚主义、享乐主义和奢靡之风] }'));
    expect(e.basis).toEqual([{ title: '《某文件》', issuer: '中共中央', date: '2013-06', quotes: ['反对形式主义、官僚主义、享乐主义和奢靡之风'] }]);
    expect(e.parts).toEqual(['形式主义', '官僚主义', '享乐主义', '奢靡之风']);
  });

  it('refuses a file without frontmatter', () => {
    expect(sourceErrorOf(() => parseEntry('四风是……', 'content/glossary/x.md')).message).toMatch(/^content\/glossary\/x\.md:1: no frontmatter/u);
  });

  it('refuses a file name that is not an ASCII slug', () => {
    expect(sourceErrorOf(() => entry(GOOD, 'content/glossary/四风.md')).message).toMatch(/file name must be a readable ASCII slug/u);
  });

  it('refuses a term or alias that another entry has', () => {
    const a = entry(GOOD, 'content/glossary/a.md');
    const b = entry(`${GOOD.replace('term: 四风', 'term: 四风问题')}\naliases: [四风]`, 'content/glossary/b.md');
    // Both lines are named: the alias in b.md, and the term it clashes with in a.md.
    expect(sourceErrorOf(() => buildGlossary([a, b], [])).message).toBe('content/glossary/b.md:6: “四风” is already a term or alias of content/glossary/a.md:2 (术语或别名重复)');
  });

  it('reports every bad field of an entry, each with its line, not only the first', () => {
    try {
      entry('term: 四风\ncategory: 没有这类\nsummary: ""\nbasis: [{ title: 《某文件》, issuer: 中共中央, date: 2019 }]\ncolour: red');
    } catch (error) {
      expect((error as SourceErrors).errors.map((e) => [e.line, e.message.replace(/:.*?field /u, ': field ').slice(0, 40)])).toEqual([
        [3, expect.stringMatching(/^content\/glossary\/x\.md: field category/u)],
        [4, expect.stringMatching(/^content\/glossary\/x\.md: field summary/u)],
        [6, expect.stringMatching(/^content\/glossary\/x\.md: field colour/u)],
      ]);
      return;
    }
    throw new Error('expected the entry to be refused');
  });

  it('refuses a related entry that does not exist', () => {
    expect(sourceErrorOf(() => buildGlossary([entry(`${GOOD}\nrelated: [nowhere]`)], [])).message).toBe('content/glossary/x.md:6: field related: no entry nowhere.md (相关条目不存在)');
  });

  it('refuses an ignored phrase that is also an entry', () => {
    expect(sourceErrorOf(() => buildGlossary([entry(GOOD)], [{ phrase: '“四风”', reason: '重复' }])).message).toMatch(/“四风” is ignored but is also an entry/u);
  });
});

describe('surfaceForms', () => {
  it('lists term, aliases and the document title without its marks', () => {
    expect(surfaceForms(entry(`${GOOD}\naliases: [四风问题]\ndocument: {title: 《关于四风的规定》, issuer: 中共中央}`))).toEqual(['四风', '四风问题', '关于四风的规定']);
  });

  it('refuses a notIn phrase that holds none of the entry\'s forms, or is another entry\'s form', () => {
    expect(sourceErrorOf(() => buildGlossary([entry(`${GOOD}\nnotIn: [反对形式主义]`)], [])).message).toBe(
      'content/glossary/x.md:6: field notIn: “反对形式主义” holds none of the entry\'s forms (排除短语须包含本条目的术语或别名)',
    );
    const other = entry('term: 整治四风\ncategory: 作风与纪律\nsummary: 整治形式主义等四种作风问题。\nbasis: [{ title: 《某文件》, issuer: 中共中央, date: 2019 }]', 'content/glossary/y.md');
    expect(sourceErrorOf(() => buildGlossary([entry(`${GOOD}\nnotIn: [整治四风]`), other], [])).message).toMatch(/field notIn: “整治四风” is a term or alias of content\/glossary\/y\.md/u);
  });
});
