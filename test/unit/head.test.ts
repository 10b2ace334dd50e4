/** The head and end of real texts: title, subtitle, date, speaker, 来源/时间, caption; page furniture; other languages; lost line breaks. */
import { describe, expect, it } from 'vitest';
import { inlineText, walkParagraphs } from '../../src/lib/speech/model.ts';
import { nameLength } from '../../src/lib/speech/parse/glued.ts';
import { dateOf, parseFields } from '../../src/lib/speech/parse/head.ts';
import { lineLanguage } from '../../src/lib/speech/parse/lang.ts';
import { findLeftovers, lineRanges } from '../../src/lib/speech/parse/leftovers.ts';
import { parseText } from '../helpers/speech.ts';

const head = (text: string) => parseText(text).head.lines.map((l) => `${l.role}:${l.text}`);

describe('the head', () => {
  it('joins a title broken over lines (Wikisource), reads a dashed subtitle and a speaker over two lines', () => {
    expect(head('\u200b\n政府工作报\n告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n国务院总理\n\u3000李克强\n各位代表：\n现在，我代表国务院。\n')).toEqual([
      'title:政府工作报告',
      'subtitle:——2017年3月5日在第十二届全国人民代表大会第五次会议上',
      'speaker:国务院总理',
      'speaker:李克强',
    ]);
  });

  it('goes on with a subtitle broken after 第十四届, and reads a speaker line with title and name', () => {
    expect(head('政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 孟凡利\n各位代表：\n')).toEqual([
      'title:政府工作报告',
      'subtitle:——2026年1月26日在广东省第十四届人民代表大会第五次会议上',
      'speaker:广东省省长 孟凡利',
    ]);
  });

  it('reads a news page’s head: an occasion without dash, a dated time, 来源 with its value on the next line', () => {
    expect(head('2026年四川省人民政府工作报告\n2026年02月10日 07时41分\n来源:\n四川日报\n2026年2月3日在四川省第十四届人民代表大会第五次会议上\n四川省人民政府省长 施小琳\n各位代表：\n')).toEqual([
      'title:2026年四川省人民政府工作报告',
      'date:2026年02月10日 07时41分',
      'field:来源:',
      'field:四川日报',
      'subtitle:2026年2月3日在四川省第十四届人民代表大会第五次会议上',
      'speaker:四川省人民政府省长 施小琳',
    ]);
    expect(parseText('标题\n来源:\n四川日报\n正文。\n').head.fields).toEqual([{ label: '来源', value: '四川日报' }]);
  });

  it('splits a title line that ends in its date, and reads a photo caption', () => {
    expect(head('在座谈会上的讲话（2018年2月12日）\n习近平\n图为会场。新华社记者 姚大伟/摄\n同志们：\n')).toEqual([
      'title:在座谈会上的讲话',
      'date:（2018年2月12日）',
      'speaker:习近平',
      'caption:图为会场。新华社记者 姚大伟/摄',
    ]);
  });

  it('never takes a bracketed label, a sentence or a salutation for a title', () => {
    expect(head('【典型案例】\n正文。\n')).toEqual([]);
    expect(head('现在，我代表国务院，向大会报告政府工作。\n')).toEqual([]);
    expect(head('各位代表：\u200d\n正文。\n')).toEqual([]);
    expect(parseText('各位代表：\u200d\n正文。\n').preamble[0]).toMatchObject({ role: 'salutation' });
  });

  it('gives unrecognised short lines at the end of the head back to the body', () => {
    const speech = parseText('标题\n——在会议上\n一年来的工作\n正文。\n');
    expect(speech.head.lines.map((l) => l.role)).toEqual(['title', 'subtitle']);
    expect([...walkParagraphs(speech)].map((p) => inlineText(p.children))).toEqual(['一年来的工作', '正文。']);
    // Between lines of the head, such a line stays in it.
    expect(head('标题\n——在会议上\n（摘要）\n（2020年3月5日）\n正文。\n')).toEqual(['title:标题', 'subtitle:——在会议上', 'other:（摘要）', 'date:（2020年3月5日）']);
  });

  it('reads several fields of one line, and a bracketed one', () => {
    expect(parseFields('来源：中央纪委国家监委网站 发布时间： 2021-09-06 10:12')).toEqual([
      { label: '来源', value: '中央纪委国家监委网站' },
      { label: '发布时间', value: '2021-09-06 10:12' },
    ]);
    expect(parseFields('（作者：程龙 叶天煜）')).toEqual([{ label: '作者', value: '程龙 叶天煜' }]);
  });

  it.each([
    ['（2017年10月18日）', { year: 2017, month: 10, day: 18 }],
    ['二〇一七年十月十八日', { year: 2017, month: 10, day: 18 }],
    ['2021-09-06 10:12', { year: 2021, month: 9, day: 6 }],
    ['２０２０年３月', { year: 2020, month: 3 }],
    ['2020年13月40日', undefined],
  ])('reads the date of %s', (text, date) => {
    expect(dateOf(text)).toEqual(date);
  });
});

describe('the end', () => {
  it('keeps end matter (责任编辑, （作者：…）, the editor’s mark) out of the closing, and reads its fields', () => {
    const speech = parseText('标题\n\n同志们：\n正文。\n同志们，谢谢大家。\n责任编辑：\n李莎莎\n（作者：程龙 单位：某市纪委监委）\n（敬靖）\n');
    expect(speech.closing.map((p) => [p.role, inlineText(p.children)])).toEqual([
      ['closing', '同志们，谢谢大家。'],
      ['end', '责任编辑：'],
      ['end', '李莎莎'],
      ['end', '（作者：程龙 单位：某市纪委监委）'],
      ['end', '（敬靖）'],
    ]);
    expect(speech.head.fields).toEqual([
      { label: '责任编辑', value: '李莎莎' },
      { label: '作者', value: '程龙 单位：某市纪委监委' },
    ]);
  });
});

describe('web-page furniture', () => {
  const keys = (text: string) => {
    const lines = text.split('\n').map((t) => ({ text: t }));
    const found = findLeftovers(lines);
    return lines.filter((_, i) => found.has(i)).map((l) => l.text);
  };

  it('finds the buttons, the font-size control one word a line, and 分享', () => {
    expect(keys('下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n标题\n【字体：大 中 小】\n分享：\n正文。')).toEqual([
      '下载', '打印', '全屏', '收藏', '【字号：', '加大', '还原', '减小', '】', '【字体：大 中 小】', '分享：',
    ]);
    expect(keys('下载 打印 全屏 收藏\n标题')).toEqual(['下载 打印 全屏 收藏']);
  });

  it('finds the trailer of related links at the end, and only there', () => {
    const body = '正文很长的一段话。'.repeat(100);
    expect(keys(`${body}\n相关报道：\n某某解读\ne4c29f31c6964493a14c4ddf6b160169:\n打印本页\n关闭窗口`)).toEqual([
      '相关报道：', '某某解读', 'e4c29f31c6964493a14c4ddf6b160169:', '打印本页', '关闭窗口',
    ]);
    // Near the start, or followed by much text, it is not a trailer.
    expect(keys(`相关报道：\n${body}`)).toEqual([]);
    expect(keys(`${body}\n相关报道：\n${body}`)).toEqual([]);
  });

  it('is left out of the page with a warning naming the lines, unless the sidecar keeps it', () => {
    const text = '下载\n打印\n标题\n同志们：\n正文。\n';
    const speech = parseText(text);
    expect(speech.leftovers).toEqual([{ line: 1, text: '下载' }, { line: 2, text: '打印' }]);
    expect(speech.warnings[0]!.message).toMatch(/^left out 2 line\(s\) of web-page furniture, lines 1–2: 下载 打印…; set keepLeftovers: true/u);
    expect(speech.head.lines.map((l) => l.text)).toEqual(['标题']);
    const kept = parseText(text, { keepLeftovers: true });
    expect(kept.leftovers).toEqual([]);
    expect([...kept.head.lines.map((l) => l.text), ...[...walkParagraphs(kept)].map((p) => inlineText(p.children))].join('')).toContain('下载');
  });

  it('names runs of lines as an editor reads them', () => {
    expect(lineRanges([1, 2, 3, 9, 30, 31])).toBe('1–3, 9, 30–31');
  });
});

describe('other languages', () => {
  it.each([
    ['Speech at the Provincial Conference', 'en'],
    ['(April 15, 2021)', 'en'],
    ['Товарищи!', 'ru'],
    ['GDP增长5%，城镇新增就业1200万人', undefined],
    ['2021', undefined],
    ['COVID-19', 'en'],
  ])('%s is %s', (text, lang) => {
    expect(lineLanguage(text)).toBe(lang);
  });

  it('takes the language of Latin lines from the sidecar', () => {
    expect(lineLanguage('Discours à la conférence', 'fr')).toBe('fr');
  });

  it('never makes an English line a heading or part of the title, and counts it out of 字', () => {
    const speech = parseText('讲话\nSpeech\n同志们：\n一、加强学习\nI. Strengthen study\n1. Study hard.\n正文。\n');
    expect(speech.head.lines.map((l) => [l.role, l.lang ?? ''])).toEqual([
      ['title', ''],
      ['translation', 'en'],
    ]);
    expect(speech.sections.map((s) => [inlineText(s.heading), s.sections.length])).toEqual([['一、加强学习', 0]]);
    expect([...walkParagraphs(speech)].filter((p) => p.lang).map((p) => inlineText(p.children))).toEqual(['I. Strengthen study', '1. Study hard.']);
  });
});

describe('a text with no line breaks', () => {
  it('finds the speaker’s name after a glued title and date', () => {
    const text = '在会上的讲话（2018年2月12日）习近平党的十八大以后，我先后召开座谈会。中共中央总书记习近平在北京出席会议。';
    expect(nameLength('习近平党的十八大以后，我先后召开座谈会。', text)).toBe(3);
    expect(nameLength('习近平同志们：今天', '')).toBe(3);
    expect(nameLength('习近平2020年9月8日，', '')).toBe(3);
    expect(nameLength('党的十八大以后，我们召开党的十八大。', '党的十八大以后，我们召开党的十八大。')).toBe(0);
  });

  it('cuts the head, the salutation, the chapters and the end matter where the text marks them', () => {
    const body = '过去一年，我们做了大量工作，取得了明显成效。'.repeat(8);
    const speech = parseText(`在全市工作会议上的讲话（2023年2月10日）张某某同志们：今天召开会议。一、肯定成绩。${body}二、明确任务。${body}（新华社某地2月10日电）`);
    expect(speech.head.lines.map((l) => `${l.role}:${l.text}`)).toEqual(['title:在全市工作会议上的讲话', 'date:（2023年2月10日）', 'speaker:张某某']);
    const paragraphs = [...walkParagraphs(speech)].map((p) => [p.role, inlineText(p.children).slice(0, 8)]);
    expect(paragraphs).toEqual([
      ['salutation', '同志们：'],
      ['body', '今天召开会议。'],
      ['body', '一、肯定成绩。过'],
      ['body', '二、明确任务。过'],
      ['end', '（新华社某地2月'],
    ]);
    // Where a glued chapter's heading ends cannot be told: no heading is made of it.
    expect(speech.sections).toEqual([]);
  });

  it('takes the title of 标题※习近平…, and the date of a ※这是……的讲话 note at the end', async () => {
    const { convertText } = await import('../helpers/speech.ts');
    const body = '今天，中央政治局进行集体学习。'.repeat(30);
    const { meta } = await convertText(`不断开拓新境界※习近平${body}中共中央总书记习近平指出。※这是习近平总书记2015年11月23日在十八届中央政治局第二十八次集体学习时的讲话。`);
    expect(meta).toMatchObject({ title: '不断开拓新境界', speaker: '习近平', date: '2015-11-23' });
  });
});

describe('what a head is not (found by review)', () => {
  const long = '全市上下认真贯彻落实，取得明显成效。'.repeat(20);

  it('never cuts a glued head out of a first sentence that holds a date, or takes a salutation for a name', () => {
    expect(head(`自《条例》（2023年5月1日）施行以来，${long}`)).toEqual([]);
    const speech = parseText(`政府工作报告（2024年3月5日）各位代表：现在，我代表国务院，${long}`);
    expect(speech.head.lines.map((l) => l.role)).toEqual(['title', 'date']);
    expect(speech.preamble[0]).toMatchObject({ role: 'salutation' });
  });

  it('never glues a name onto the title, nor takes a title for a speaker', () => {
    expect(head('在全市工作会议上的讲话\n张三\n同志们：\n今天我们开会。\n')).toEqual(['title:在全市工作会议上的讲话', 'speaker:张三']);
    expect(head('在全市工作会议上的讲话\n习近平\n同志们：\n今天我们开会。\n')).toEqual(['title:在全市工作会议上的讲话', 'speaker:习近平']);
    expect(head('做人民满意的好校长\n张三\n今天我们开会。\n')).toEqual(['title:做人民满意的好校长', 'speaker:张三']);
  });

  it('takes the full date over a year or a month found first', async () => {
    const { convertText } = await import('../helpers/speech.ts');
    expect((await convertText('奋力开创新局面\n——在2024年全省经济工作会议上的讲话（2023年12月20日）\n同志们：\n今天。\n')).meta).toMatchObject({ date: '2023-12-20', year: 2023 });
    expect((await convertText('政府工作报告\n（2024年3月）\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n正文。\n')).meta.date).toBe('2024-03-05');
  });

  it('gives no date, and a warning, for a day the calendar does not have', async () => {
    const { convertText } = await import('../helpers/speech.ts');
    const { meta, warnings } = await convertText('政府工作报告\n（2023年2月29日）\n各位代表：\n正文。\n', 'a.txt');
    expect(meta.date).toBeUndefined();
    expect(warnings).toEqual(['a.txt:2: “（2023年2月29日）” is not a day of the calendar; the speech gets no date from it (日期无效)']);
  });

  it('takes one translation per head line, and leaves an English body in the body', () => {
    const speech = parseText('在联合国大会上的讲话\nSpeech at the UN General Assembly\nMr. President,\nThe world today is undergoing profound changes.\n');
    expect(speech.head.lines.map((l) => l.role)).toEqual(['title', 'translation']);
    expect([...walkParagraphs(speech)].map((p) => inlineText(p.children))).toEqual(['Mr. President,', 'The world today is undergoing profound changes.']);
  });

  it('reads a publication line (2024-01-02 10:00 来源：新华网) as facts, not as the title', () => {
    const speech = parseText('关于加强基层治理的几点思考\n2024-01-02 10:00 来源：新华网\n今天我们开会。\n');
    expect(head('关于加强基层治理的几点思考\n2024-01-02 10:00 来源：新华网\n今天我们开会。\n')).toEqual(['title:关于加强基层治理的几点思考', 'field:2024-01-02 10:00 来源：新华网']);
    expect(speech.head.fields).toEqual([{ label: '时间', value: '2024-01-02 10:00' }, { label: '来源', value: '新华网' }]);
  });

  it('keeps a rule line (---) above and below the title as it is, never as the title', () => {
    expect(head('---\n政府工作报告\n---\n各位代表：\n正文。\n')).toEqual(['other:---', 'title:政府工作报告', 'other:---']);
  });
});
