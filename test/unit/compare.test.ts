/**
 * Two texts compared (src/lib/language/): on the State Council's government
 * work reports of test/corpus/, converted and linked as the build does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/lib/glossary/load.ts';
import { alignOutlines, compareProfiles, headingKey, previousOf, type Comparison } from '../../src/lib/language/compare.ts';
import { corpusFormulas } from '../../src/lib/language/formulas.ts';
import { formsWithin, profileOf, usesWithin, type Profile } from '../../src/lib/language/profile.ts';
import { convertSpeech, type ConvertedSpeech } from '../../src/lib/speech/convert.ts';

const glossary = loadGlossary('content/glossary');
const within = formsWithin(glossary.forms);
const linking = { matcher: glossary.matcher, target: (slug: string) => ({ slug, href: `/glossary/${slug}/`, summary: '' }) };
const YEARS = [2012, 2013, 2014, 2015, 2017, 2018, 2021, 2022, 2023, 2024, 2025];
const converted = new Map<number, ConvertedSpeech>();
const profiles = new Map<number, Profile>();
const textOf = (year: number) => converted.get(year)!.blocks.map((b) => b.text).join('\n');
const labels = (items: Comparison['added']) => items.map((d) => d.label);

beforeAll(async () => {
  for (const year of YEARS) {
    const file = `test/corpus/gov-work-report-${year}.txt`;
    converted.set(year, await convertSpeech({ file, bytes: readFileSync(path.resolve(file)), linking }));
  }
  // Formulations are found over the library at once, as the build finds them.
  const formulas = corpusFormulas(YEARS.map((y) => ({ slug: String(y), blocks: converted.get(y)!.blocks })), glossary);
  for (const year of YEARS) {
    const c = converted.get(year)!;
    profiles.set(year, profileOf({ ...c.meta, slug: String(year) }, usesWithin(c.uses, within), formulas[String(year)]!, (slug) => glossary.bySlug.get(slug)!.term));
  }
}, 120_000);

describe('comparing the government work reports of 2013 and 2014', () => {
  let c: Comparison;
  beforeAll(() => {
    c = compareProfiles(profiles.get(2013)!, profiles.get(2014)!);
  });

  it('lists as new what the team read in 2014 and not in 2013: 国家治理体系和治理能力现代化, 新型城镇化', () => {
    // 2014: “按照推进国家治理体系和治理能力现代化的要求”, “以国家新型城镇化规划为指导”; 2013 has neither
    // (it speaks of 城镇化 alone: “积极稳妥推进城镇化”).
    expect(textOf(2013)).not.toContain('国家治理体系');
    expect(textOf(2013)).not.toContain('新型城镇化');
    expect(textOf(2013)).toContain('积极稳妥推进城镇化');
    const added = labels(c.added);
    expect(added).toContain('国家治理体系和治理能力现代化');
    expect(added[0]).toBe('新型城镇化');
    const item = c.added.find((d) => d.label === '新型城镇化')!;
    expect(item).toMatchObject({ kind: 'term', slug: 'xinxing-chengzhenhua', b: { count: 4 } });
    expect(item.a).toBeUndefined();
    // Each use is a paragraph of the 2014 page.
    const ids = new Set(converted.get(2014)!.blocks.map((b) => b.id));
    for (const id of item.b!.paragraphs) expect(ids).toContain(id);
  });

  it('lists as dropped what 2013 says and 2014 does not (科教兴国战略), and a term both use as neither', () => {
    expect(textOf(2014)).not.toContain('科教兴国');
    expect(labels(c.dropped)).toContain('科教兴国战略');
    for (const both of ['三农', '全面建成小康社会']) {
      expect(textOf(2013)).toContain(both);
      expect(textOf(2014)).toContain(both);
      expect(labels(c.added)).not.toContain(both);
      expect(labels(c.dropped)).not.toContain(both);
    }
  });

  it('says 三农 is used less for the length: 5 times in 16,000 characters, then twice in 17,000', () => {
    const sannong = c.less.find((d) => d.label === '三农')!;
    expect(sannong).toMatchObject({ a: { count: 5 }, b: { count: 2 } });
    expect(sannong.b!.rate).toBeLessThan(sannong.a!.rate / 1.5);
    expect(labels(c.more)).not.toContain('三农');
  });
});

describe('every pair of consecutive reports', () => {
  // 2021 → 2022: 双控 is an alias that counts only in quotes (“双控”); 2021 writes 能源消费双控制度 unquoted.
  const pairs = YEARS.slice(1).map((b, i) => [YEARS[i]!, b] as const).filter(([a]) => a !== 2021);
  it.each(pairs)('%i → %i: nothing is new that the earlier text writes, nothing dropped that the later one writes', (a, b) => {
    const c = compareProfiles(profiles.get(a)!, profiles.get(b)!);
    const words = (d: Comparison['added'][number]) => d.label.replace(/^《|》$/gu, '');
    expect(c.added.filter((d) => textOf(a).includes(words(d))).map((d) => d.label)).toEqual([]);
    expect(c.dropped.filter((d) => textOf(b).includes(words(d))).map((d) => d.label)).toEqual([]);
  });

  it('counts a term inside a longer form: 2017 names 京津冀协同发展 inside the three strategies, so 2018 does not bring it as new', () => {
    expect(textOf(2017)).toContain('“一带一路”建设、京津冀协同发展、长江经济带发展三大战略');
    const c = compareProfiles(profiles.get(2017)!, profiles.get(2018)!);
    expect(labels(c.added)).not.toContain('京津冀协同发展');
  });
});

describe('the outlines side by side', () => {
  it('puts the headings that match, numbers aside, on one row: 一、2023年工作回顾 beside 一、2024年工作回顾', () => {
    const rows = alignOutlines(profiles.get(2024)!.outline, profiles.get(2025)!.outline);
    expect(rows[0]).toMatchObject({ a: { text: '一、2023年工作回顾' }, b: { text: '一、2024年工作回顾' } });
    // Every heading of both is on some row, once, in its order.
    expect(rows.flatMap((r) => (r.a ? [r.a.id] : []))).toEqual(profiles.get(2024)!.outline.map((h) => h.id));
    expect(rows.flatMap((r) => (r.b ? [r.b.id] : []))).toEqual(profiles.get(2025)!.outline.map((h) => h.id));
  });

  it('compares headings without their markers and numbers', () => {
    expect(headingKey('一、2023年工作回顾')).toBe(headingKey('一、2024年工作回顾'));
    expect(headingKey('（三）增强内需拉动经济的主引擎作用。')).toBe('增强内需拉动经济的主引擎作用');
    expect(headingKey('一是加大宏观调控力度')).toBe('加大宏观调控力度');
    expect(headingKey('二、2024年政府工作任务')).not.toBe(headingKey('一、2023年工作回顾'));
  });
});

describe('formulations found over the library', () => {
  it('counts an unquoted numbered formula in every text that writes it, though one text writes it once', () => {
    const glossaryless = { forms: new Map<string, string>(), ignore: [], watch: [], notIn: [] };
    const found = corpusFormulas(
      [
        { slug: 'a', blocks: [{ id: 'p1', text: '坚持三个面向。' }] },
        { slug: 'b', blocks: [{ id: 'p1', text: '落实三个面向，' }, { id: 'p2', text: '做到三个面向。' }] },
      ],
      glossaryless,
    );
    expect(found['a']).toEqual([{ phrase: '三个面向', kind: 'formula', paragraphs: ['p1'] }]);
    expect(found['b']).toEqual([{ phrase: '三个面向', kind: 'formula', paragraphs: ['p1', 'p2'] }]);
  });

  it('leaves out what is a glossary form or in the ignore list', () => {
    const found = corpusFormulas([{ slug: 'a', blocks: [{ id: 'p1', text: '落实“四个意识”和《实施意见》，开展“三个面向”。' }] }], {
      forms: new Map([['四个意识', 'sige-yishi']]),
      ignore: [{ phrase: '实施意见', reason: '泛称，非特定文件' }],
      watch: [],
      notIn: [],
    });
    expect(found['a']!.map((f) => f.phrase)).toEqual(['三个面向']);
  });
});

describe('the text compared with by default', () => {
  const texts = [
    { slug: 'r2025', kind: '工作报告', level: '中央', date: '2025-03-05' },
    { slug: 'c2024', kind: '讲话', level: '市', date: '2024-06-01' },
    { slug: 'r2024', kind: '工作报告', level: '中央', date: '2024-03-05' },
    { slug: 'p2024', kind: '工作报告', level: '省', date: '2024-01-20' },
    { slug: 'r2023', kind: '工作报告', level: '中央', year: 2023 },
    { slug: 'x', kind: '工作报告', level: '中央' },
  ];
  it('is the one before of the same kind and level, else of the same kind; none for an undated text', () => {
    expect(previousOf(texts[0]!, texts)?.slug).toBe('r2024');
    expect(previousOf(texts[2]!, texts)?.slug).toBe('r2023');
    expect(previousOf(texts[3]!, texts)?.slug).toBe('r2023');
    expect(previousOf(texts[4]!, texts)).toBeUndefined();
    expect(previousOf(texts[5]!, texts)).toBeUndefined();
  });
});
