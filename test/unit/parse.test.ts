import { describe, expect, it } from 'vitest';
import { inlineText, walkParagraphs, walkSections, type Block, type Paragraph, type Section, type Speech } from '../../src/lib/speech/model.ts';
import { chineseNumber, matchMarker, splitLead } from '../../src/lib/speech/parse/index.ts';
import { splitLines } from '../../src/lib/speech/read/text.ts';
import { parseText as parseSpeech } from '../helpers/speech.ts';

const headings = (speech: Speech) => [...walkSections(speech.sections)].map((s) => `${'  '.repeat(s.depth - 1)}${inlineText(s.heading)}`);
const paragraphs = (speech: Speech) => [...walkParagraphs(speech)].map((p) => inlineText(p.children));
const texts = (blocks: readonly Block[]) => blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : `table ${b.id}`));
const find = (speech: Speech, start: string): Section => [...walkSections(speech.sections)].find((s) => inlineText(s.heading).startsWith(start))!;

describe('splitLines', () => {
  it('accepts LF, CRLF and CR line ends and skips blank-line runs, keeping line numbers', () => {
    expect(splitLines('甲\r\n\r\n\r\n乙\r丙\n')).toEqual([
      { text: '甲', line: 1 },
      { text: '乙', line: 4 },
      { text: '丙', line: 5 },
    ]);
  });

  it('strips indents of spaces, NBSP and full-width spaces', () => {
    expect(splitLines('\u00a0经局党委同意\n\u3000\u3000一、主要工作\n    （一）夯实基础').map((l) => l.text)).toEqual([
      '经局党委同意',
      '一、主要工作',
      '（一）夯实基础',
    ]);
  });

  it('splits paragraphs pasted from the web that run together on one line', () => {
    expect(splitLines('\u3000\u3000第一段。\u3000\u3000第二段。\u3000\u3000一、第三段').map((l) => l.text)).toEqual([
      '第一段。',
      '第二段。',
      '一、第三段',
    ]);
  });

  it('keeps a single space inside a line', () => {
    expect(splitLines('踔厉奋发 笃行不怠')[0]!.text).toBe('踔厉奋发 笃行不怠');
  });
});

describe('matchMarker', () => {
  it.each([
    ['一、加强政治建设', 'chapter', 1],
    ['十一、严格落实责任', 'chapter', 11],
    ['（三）加强组织建设', 'section', 3],
    ['(四)加强作风建设', 'section', 4],
    ['38.从严考核问责。', 'item', 38],
    ['2、持续加强思想政治工作', 'item', 2],
    ['１．全角数字', 'item', 1],
    ['（2）细目', 'subitem', 2],
    ['另一方面，要牢牢抓住', 'aspect', 2],
    ['三要硬在实绩上。', 'point', 3],
    ['二是“三不”机制更加完善。', 'point', 2],
    ['第三，坚持问题导向', 'point', 3],
  ])('%s is a %s marker numbered %i', (line, kind, ordinal) => {
    expect(matchMarker(line)).toEqual({ kind, ordinal });
  });

  it.each(['1.5亿元资金已到位', '2019年，全省', '一、二季度完成', '同志们：', '这次会议'])('%s is not a marker', (line) => {
    expect(matchMarker(line)).toBeUndefined();
  });

  it('reads Chinese numerals', () => {
    expect(['一', '九', '十', '十二', '二十', '二十三'].map(chineseNumber)).toEqual([1, 9, 10, 12, 20, 23]);
  });
});

describe('splitLead', () => {
  it('ends the lead at the first sentence end outside quotes', () => {
    expect(splitLead('1.把“两个维护”放在更加突出位置。“两个维护”要体现在行动上。')).toEqual([
      '1.把“两个维护”放在更加突出位置。',
      '“两个维护”要体现在行动上。',
    ]);
  });

  it('does not end the lead inside a quotation', () => {
    expect(splitLead('一是落实“学。教”要求。其余')).toEqual(['一是落实“学。教”要求。', '其余']);
  });

  it('copes with malformed quotes (“…" never closed)', () => {
    expect(splitLead('2.践行“两个维护"要求。具体')).toEqual(['2.践行“两个维护"要求。', '具体']);
  });

  it('keeps a line with no sentence end, or nothing after it, whole', () => {
    expect(splitLead('一、加强政治建设，营造良好政治生态')).toEqual(['一、加强政治建设，营造良好政治生态', '']);
    expect(splitLead('（一）思想政治建设取得明显成效。')).toEqual(['（一）思想政治建设取得明显成效。', '']);
  });
});

describe('parseSpeech', () => {
  it('recognises title lines, the —— subtitle, the salutation and the closing', () => {
    const speech = parseSpeech(
      '党建引领显担当强保障\n争当排头兵\n\n——在全省X系统工作会议上的讲话\n\n同志们：\n这次会议的主要任务是：部署工作。\n一、成效明显\n正文。\n同志们，全面从严治党永远在路上。\n',
    );
    expect(speech.head.lines.map((l) => [l.role, l.text])).toEqual([
      ['title', '党建引领显担当强保障'],
      ['title', '争当排头兵'],
      ['subtitle', '——在全省X系统工作会议上的讲话'],
    ]);
    expect((speech.preamble as Paragraph[]).map((p) => [p.role, inlineText(p.children)])).toEqual([
      ['salutation', '同志们：'],
      ['body', '这次会议的主要任务是：部署工作。'],
    ]);
    expect(speech.closing.map((p) => [p.role, inlineText(p.children)])).toEqual([['closing', '同志们，全面从严治党永远在路上。']]);
    expect(texts(find(speech, '一、').body)).toEqual(['正文。']);
  });

  it('starts the body at once when there is no title line', () => {
    const speech = parseSpeech('\u00a0经局党委同意，今天，我们召开会议。\n\u00a0一、今年以来主要工作情况\n');
    expect(speech.head.lines).toEqual([]);
    expect(paragraphs(speech)).toEqual(['经局党委同意，今天，我们召开会议。']);
    expect(headings(speech)).toEqual(['一、今年以来主要工作情况']);
  });

  it('nests 一要 directly under 一、 when a document uses no other level (seed 002)', () => {
    const speech = parseSpeech('一、加强政治建设\n导语。\n一要切实践行“两个维护”。正文。\n二要坚定理想信念。正文。\n二、加强干部队伍建设\n一要加强培训。正文。\n');
    expect(headings(speech)).toEqual(['一、加强政治建设', '  一要切实践行“两个维护”。', '  二要坚定理想信念。', '二、加强干部队伍建设', '  一要加强培训。']);
  });

  it('continues 1. numbering across chapters (seed 003)', () => {
    const speech = parseSpeech('一、甲\n1.子一。正文。\n2.子二。正文。\n二、乙\n3.子三。正文。\n');
    expect(headings(speech)).toEqual(['一、甲', '  1.子一。', '  2.子二。', '二、乙', '  3.子三。']);
  });

  it('nests 一要 and 一是 under 一方面 and 另一方面 (seed 004)', () => {
    const speech = parseSpeech('二、推进从严治党\n一方面，要保持清醒。\n一要硬在认识上。甲\n二要硬在机制上。乙\n另一方面，要抓住基层。\n一是堡垒要坚实。丙\n三、标本兼治\n');
    expect(headings(speech)).toEqual([
      '二、推进从严治党',
      '  一方面，要保持清醒。',
      '    一要硬在认识上。',
      '    二要硬在机制上。',
      '  另一方面，要抓住基层。',
      '    一是堡垒要坚实。',
      '三、标本兼治',
    ]);
  });

  it('puts the lead sentence of a marker line in the heading and the rest in a paragraph under it', () => {
    const speech = parseSpeech('（一）加强政治建设\n1.把“两个维护”放在更加突出位置。“两个维护”要体现在行动上。\n');
    const item = find(speech, '1.');
    expect(inlineText(item.heading)).toBe('1.把“两个维护”放在更加突出位置。');
    expect(texts(item.body)).toEqual(['“两个维护”要体现在行动上。']);
    expect(item.depth).toBe(2);
  });

  it('keeps enumerations inside a paragraph in the paragraph, with their lead phrase emphasised', () => {
    const speech = parseSpeech('（一）夯实党建基础，把准政治方向。把加强党的建设作为首要任务。一是提高政治站位。通过学习。二是完善领导机制。推动完善。\n');
    expect(headings(speech)).toEqual(['（一）夯实党建基础，把准政治方向。']);
    const [body] = find(speech, '（一）').body as Paragraph[];
    expect(body!.children.filter((c) => c.type === 'lead').map((c) => inlineText([c]))).toEqual(['一是提高政治站位。', '二是完善领导机制。']);
  });

  it('does not take a line starting with 三要素 or 二是 out of sequence for a heading', () => {
    const speech = parseSpeech('一、总体要求\n三要素是指目标、路径和保障。\n二是后来补充的说明。\n');
    expect(headings(speech)).toEqual(['一、总体要求']);
    expect(paragraphs(speech)).toEqual(['三要素是指目标、路径和保障。', '二是后来补充的说明。']);
  });

  it('gives sections ids by outline position and paragraphs ids in reading order', () => {
    const speech = parseSpeech('题目\n\n同志们：\n开场。\n一、甲\n（一）子。正文。\n（二）子。\n二、乙\n正文。\n');
    expect([...walkSections(speech.sections)].map((s) => s.id)).toEqual(['sec-1', 'sec-1-1', 'sec-1-2', 'sec-2']);
    expect([...walkParagraphs(speech)].map((p) => `${p.id}:${inlineText(p.children)}`)).toEqual(['p1:同志们：', 'p2:开场。', 'p3:正文。', 'p4:正文。']);
  });

  it('keeps malformed quotes as they are', () => {
    const speech = parseSpeech('落实班子成员”一岗双责”责任，践行“两个维护"。\n');
    expect(paragraphs(speech)).toEqual(['落实班子成员”一岗双责”责任，践行“两个维护"。']);
  });

  it('records the source line of every paragraph and heading', () => {
    const speech = parseSpeech('标题\n\n同志们：\n\n\n一、甲\n正文。\n');
    expect(find(speech, '一、').line).toBe(6);
    expect([...walkParagraphs(speech)].map((p) => p.line)).toEqual([3, 7]);
  });
});
