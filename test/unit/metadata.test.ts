import { describe, expect, it } from 'vitest';
import { frontMatterFacts, parseSidecar, slugFromFileName, speechMeta, titleFromFileName } from '../../src/lib/speech/metadata.ts';
import { parseText as parseSpeech } from '../helpers/speech.ts';
import { sourceErrorOf } from '../helpers/errors.ts';

const FILE = 'content/speeches/a.yaml';
const sidecarError = (yaml: string) => sourceErrorOf(() => parseSidecar(yaml, FILE));
const meta = (text: string, sidecar = {}, file = 'content/speeches/a.txt') => speechMeta(parseSpeech(text), { file, sidecar });

describe('parseSidecar', () => {
  it('reads the fields it knows', () => {
    expect(parseSidecar('title: 在县会议上的讲话\nyear: 2020\nlevel: 县\nkind: 讲话\nslug: xian-2020\n', FILE)).toEqual({
      title: '在县会议上的讲话',
      year: 2020,
      level: '县',
      kind: '讲话',
      slug: 'xian-2020',
    });
  });

  it('refuses an unknown field, naming the file, the line and the field', () => {
    const error = sidecarError('title: 讲话\n\ntitel: 讲话\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^content\/speeches\/a\.yaml:3: field titel: Unrecognized key/u);
  });

  it('refuses a level that is not one of the issuing levels, naming the line', () => {
    const error = sidecarError('year: 2020\nlevel: 州\n');
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^content\/speeches\/a\.yaml:2: field level: .*"省"/u);
  });

  it('refuses a slug that is not readable ASCII', () => {
    expect(sidecarError('slug: 县委讲话\n').message).toMatch(/^content\/speeches\/a\.yaml:1: field slug: lowercase ASCII letters/u);
  });

  it('refuses YAML that does not parse, naming the line', () => {
    const error = sidecarError('title: 讲话\nyear: [2020\n');
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^content\/speeches\/a\.yaml:2: not valid YAML/u);
  });

  it('refuses a date that is not a date', () => {
    expect(sidecarError('date: 2020-13-40\n').message).toMatch(/^content\/speeches\/a\.yaml:1: field date:/u);
  });
});

describe('slugFromFileName', () => {
  it('keeps a readable ASCII name', () => {
    expect(slugFromFileName('2020_County Meeting')).toBe('2020-county-meeting');
  });
  it('spells a Chinese name in pinyin', () => {
    expect(slugFromFileName('在县全面从严治党工作会议上的讲话')).toBe('zai-xian-quan-mian-cong-yan-zhi-dang-gong-zuo-hui-yi-shang-de-jiang-hua');
  });
  it('is the same on every build', () => {
    // A literal, so a change in how slugs are made (a pinyin-pro upgrade, a new separator)
    // shows up here before it breaks every bookmarked link.
    expect(slugFromFileName('踔厉奋发 笃行不怠')).toBe('chuo-li-fen-fa-du-xing-bu-dai');
  });
});

describe('speechMeta', () => {
  it('reads title, occasion and level from the text', () => {
    const { meta: m } = meta('党建引领显担当强保障\n争当排头兵\n\n——在全省X系统工作会议上的讲话\n\n同志们：\n正文。\n');
    expect(m).toMatchObject({ title: '党建引领显担当强保障 争当排头兵', occasion: '在全省X系统工作会议上的讲话', level: '省', kind: '讲话', slug: 'a' });
  });

  it('takes the occasion from a title of the form 在…上的讲话', () => {
    expect(meta('在县全面从严治党工作会议上的讲话\n\n同志们：\n').meta).toMatchObject({ occasion: '在县全面从严治党工作会议上的讲话', level: '县' });
  });

  it('reads a date line under the title', () => {
    expect(meta('讲话题目\n（2020年3月5日）\n\n同志们：\n').meta).toMatchObject({ date: '2020-03-05', year: 2020, head: [{ role: 'title', text: '讲话题目' }, { role: 'date', text: '（2020年3月5日）' }] });
  });

  it('lets the sidecar override the text and keeps the text title lines', () => {
    const { meta: m } = meta('原来的标题\n\n同志们：\n', { title: '新标题', level: '市', kind: '工作报告', slug: 'x-y' });
    expect(m).toMatchObject({ title: '新标题', titleSource: 'given', head: [{ role: 'title', text: '原来的标题' }], level: '市', kind: '工作报告', slug: 'x-y' });
  });

  it('warns, naming the file, when a speech has no title at all', () => {
    const { meta: m, warnings } = meta('经局党委同意，今天，我们召开全面从严治党工作会议。\n', {}, 'content/speeches/001.txt');
    expect(m.title).toBe('经局党委同意，今天，我们召开全面从严治党工作会议…');
    expect(warnings).toEqual([expect.stringMatching(/^content\/speeches\/001\.txt: no title line/u)]);
  });

  it('counts characters without white space', () => {
    expect(meta('题目\n\n同志们：\n正文 正文。\n').meta.chars).toBe(2 + 4 + 5);
  });
});

describe('titles of texts without a title line', () => {
  it.each([
    ['2012年政府工作报告', '2012年政府工作报告'],
    ['ccdi-三必谈做实思想政治工作', '三必谈做实思想政治工作'],
    ['ccdi-“两面人”违纪行为辨析', '“两面人”违纪行为辨析'],
    ['20210415 机关党建推进会', '机关党建推进会'],
    ['gov-work-report-2012', undefined],
  ])('takes %s as the title %s', (stem, title) => {
    expect(titleFromFileName(stem)).toBe(title);
  });

  it('uses a Chinese file name without a warning, and says where the title came from', () => {
    const { meta: m, warnings } = meta('现在，我代表国务院，向大会报告政府工作。\n', {}, 'content/speeches/2012年政府工作报告.txt');
    expect(m).toMatchObject({ title: '2012年政府工作报告', titleSource: 'file', source: '2012年政府工作报告.txt' });
    expect(warnings).toEqual([]);
  });

  it('keeps zero-width characters out of a title and a slug', () => {
    const { meta: m } = meta('\u200b政府工作\u200d报告\n\n正文。\n', {}, 'content/speeches/\u200b报告.txt');
    expect(m.title).toBe('政府工作报告');
    expect(m.slug).toBe('bao-gao');
  });
});

describe('frontMatterFacts', () => {
  it('uses the keys of the schema, and warns of the others and of bad values by line', () => {
    const { facts, warnings } = frontMatterFacts('title: 讲话\nauthor: 某人\nyear: 一九九九\nslug: ok-slug\n', 2, 'a.md');
    expect(facts).toEqual({ title: '讲话', slug: 'ok-slug' });
    expect(warnings).toEqual(['a.md:3: front-matter field author is not used (未使用的元数据字段)', expect.stringMatching(/^a\.md:4: field year: .*it is ignored/u)]);
  });

  it('never fails on front matter that is not YAML', () => {
    expect(frontMatterFacts('title: [未闭合\n', 2, 'a.md').warnings).toEqual([expect.stringMatching(/^a\.md:\d: not valid YAML.*the front matter is ignored/u)]);
  });
});
