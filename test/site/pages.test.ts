/** The home page, speech pages and site-wide properties a reader notices. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, DIST, pageOfSource, readPage, select, selectAll, text } from '../helpers/dist.ts';


function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath, d.name));
}

describe('home page', () => {
  const home = readPage('');
  it('lists every speech with its title, linking to its page, newest first (the two of 2020, then the undated)', () => {
    const links = selectAll('.speech-list a', home).map((a) => [text(a).trim(), attr(a, 'href')]);
    expect(links).toEqual([
      ['党建引领显担当强保障 争当助推省域治理现代化排头兵', '/speeches/sheng-dangjian-yinling-2020/'],
      ['在县全面从严治党工作会议上的讲话', '/speeches/xian-congyan-zhidang-huiyi-2020/'],
      ['在局全面从严治党工作会议上的讲话', '/speeches/ju-congyan-zhidang-huiyi/'],
      ['推进全面从严治党工作措施', '/speeches/qu-congyan-zhidang-cuoshi/'],
      ['踔厉奋发\u00a0笃行不怠 坚定不移推进全面从严治党向纵深发展', '/speeches/shi-chuli-fenfa-duxing-budai/'],
    ]);
  });

  it('shows occasion, year, level and length of a speech', () => {
    const first = selectAll('.speech-list li', home)[0]!;
    expect(text(first)).toContain('在全省X系统全面从严治党工作视频会议上的讲话');
    expect(selectAll('.speech-list__facts > *', first).map((s) => text(s))).toEqual(['2020年', '讲话', '省级', '约 9,900 字']);
  });

  it('gives every card its date first, in one format, or says it is not known', () => {
    const dates = selectAll('.speech-list li', home).map((li) => select('.speech-list__facts > *', li)!);
    expect(dates.map((d) => text(d))).toEqual(['2020年', '2020年', '日期不详', '日期不详', '日期不详']);
    expect(dates.map((d) => (d.tagName === 'time' ? attr(d, 'dateTime') : null))).toEqual(['2020', '2020', null, null, null]);
  });
});

describe('speech page', () => {
  it('shows the title lines, the subtitle and the salutation of the text', () => {
    const { tree, article } = pageOfSource('000_e6ad98bea2aab6a9.txt');
    expect(selectAll('h1 .title-line', article).map((s) => text(s))).toEqual(['党建引领显担当强保障', '争当助推省域治理现代化排头兵']);
    expect(text(select('.subtitle', article)!)).toBe('——在全省X系统全面从严治党工作视频会议上的讲话');
    expect(text(select('p.salutation', article)!)).toBe('同志们：');
    expect(text(select('title', tree)!)).toBe('党建引领显担当强保障 争当助推省域治理现代化排头兵 · 党建学习知识库');
  });

  it('uses the sidecar title for a speech whose text has none (seed 001)', () => {
    const { article } = pageOfSource('001_397ebea4c409e4b0.txt');
    expect(text(select('h1', article)!)).toBe('在局全面从严治党工作会议上的讲话');
  });

  it('links to the previous and next speech in the list', () => {
    const { tree } = pageOfSource('002_a8c0b5baaef4c753.txt');
    expect(attr(select('a[rel=prev]', tree)!, 'href')).toBe('/speeches/sheng-dangjian-yinling-2020/');
    expect(attr(select('a[rel=next]', tree)!, 'href')).toBe('/speeches/ju-congyan-zhidang-huiyi/');
    const first = pageOfSource('000_e6ad98bea2aab6a9.txt').tree;
    expect(select('a[rel=prev]', first)).toBeUndefined();
  });
});

describe('glossary entry page', () => {
  it('writes its other names apart, with 、 in the text itself, so that search and copying read them apart', () => {
    const aliases = select('.entry-aliases', readPage('glossary/baxiang-guiding/'))!;
    expect(text(aliases)).toBe('又作：中央八项规定、八项规定精神、中央八项规定精神、十八届中央政治局关于改进工作作风、密切联系群众的八项规定');
  });
});

describe('every page', () => {
  const files = htmlFiles();

  it('is Simplified Chinese', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) expect(readFileSync(file, 'utf8')).toMatch(/<html lang="zh-CN"/u);
  });

  it('loads nothing from another host: no script, style, font or image URL outside the site', () => {
    for (const file of [...files, ...readdirSync(path.join(DIST, '_assets')).map((f) => path.join(DIST, '_assets', f))]) {
      const content = readFileSync(file, 'utf8');
      expect(content.match(/(?:src|href|action|poster)\s*=\s*["']?(?:[a-z]+:)?\/\/[^"'\s>]*/giu) ?? [], file).toEqual([]);
      expect(content.match(/url\(\s*["']?(?:[a-z]+:)?\/\/[^)]*\)|@import\s+["']?(?:[a-z]+:)?\/\//giu) ?? [], file).toEqual([]);
    }
  });
});

describe('help page (使用说明)', () => {
  it('tells readers how often a term is underlined, as content/site.yaml sets it, and that its entry lists every use', () => {
    const help = text(select('main', readPage('help/'))!);
    expect(help).toContain('同一个术语在每个一级部分（一、二、……）中只在第一次出现时加下划线；条目页的用例列出每一次出现。');
    expect(help).toContain('在手机上折叠在正文上方');
  });
});
