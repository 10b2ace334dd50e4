import { describe, expect, it } from 'vitest';
import { parseInlines, splitPlaceholders } from '../../src/lib/speech/parse/inline.ts';
import { inlineText } from '../../src/lib/speech/model.ts';

describe('splitPlaceholders', () => {
  it('marks X, XX, * and ** runs of the anonymised sources', () => {
    expect(splitPlaceholders('X市X局和**局，第**次党代会，组织*活动，XX系统')).toEqual([
      { type: 'redacted', value: 'X' },
      { type: 'text', value: '市' },
      { type: 'redacted', value: 'X' },
      { type: 'text', value: '局和' },
      { type: 'redacted', value: '**' },
      { type: 'text', value: '局，第' },
      { type: 'redacted', value: '**' },
      { type: 'text', value: '次党代会，组织' },
      { type: 'redacted', value: '*' },
      { type: 'text', value: '活动，' },
      { type: 'redacted', value: 'XX' },
      { type: 'text', value: '系统' },
    ]);
  });

  it('leaves the X of a Latin word alone', () => {
    expect(splitPlaceholders('Windows XP 与 X系统')).toEqual([
      { type: 'text', value: 'Windows XP 与 ' },
      { type: 'redacted', value: 'X' },
      { type: 'text', value: '系统' },
    ]);
  });

  it('returns text without placeholders as one run', () => {
    expect(splitPlaceholders('全面从严治党')).toEqual([{ type: 'text', value: '全面从严治党' }]);
  });
});

describe('parseInlines', () => {
  it('emphasises the lead phrase of each in-paragraph enumeration', () => {
    const inlines = parseInlines('为业务工作提供坚强保障。一是提高政治站位。通过开展主题教育。二是完善领导机制。推动完善。', { leads: true });
    expect(inlines.filter((n) => n.type === 'lead').map((n) => inlineText([n]))).toEqual(['一是提高政治站位。', '二是完善领导机制。']);
    expect(inlineText(inlines)).toBe('为业务工作提供坚强保障。一是提高政治站位。通过开展主题教育。二是完善领导机制。推动完善。');
  });

  it('does not take 一是 in the middle of a clause for an enumeration', () => {
    const inlines = parseInlines('这样做一是为了落实要求', { leads: true });
    expect(inlines).toEqual([{ type: 'text', value: '这样做一是为了落实要求' }]);
  });

  it('keeps placeholders marked inside a lead phrase', () => {
    const [lead] = parseInlines('一是X局带头。其余', { leads: true });
    expect(lead).toEqual({
      type: 'lead',
      children: [
        { type: 'text', value: '一是' },
        { type: 'redacted', value: 'X' },
        { type: 'text', value: '局带头。' },
      ],
    });
  });
});
