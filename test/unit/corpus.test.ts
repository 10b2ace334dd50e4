/** The benchmarks' synthetic corpus: the same bytes for the same N, made of the seeds' real text. */
import { describe, expect, it } from 'vitest';
import { seedMaterial, syntheticSpeech } from '../../scripts/lib/corpus.ts';

const material = seedMaterial('content/speeches');

describe('syntheticSpeech', () => {
  it('gives the same text for the same number, and another for another', () => {
    expect(syntheticSpeech(material, 7)).toBe(syntheticSpeech(seedMaterial('content/speeches'), 7));
    expect(syntheticSpeech(material, 8)).not.toBe(syntheticSpeech(material, 7));
  });

  it('is about 10,000 characters with an outline of 一、 and （一）', () => {
    const text = syntheticSpeech(material, 0);
    expect(text.length).toBeGreaterThan(10_000);
    expect(text.length).toBeLessThan(15_000);
    expect(text).toMatch(/^一、/mu);
    expect(text).toMatch(/^（一）/mu);
  });

  it('draws on the body text of the seeds, numbered lines included, so their terms occur', () => {
    const corpus = Array.from({ length: 50 }, (_, n) => syntheticSpeech(material, n)).join('');
    for (const term of ['八项规定', '三会一课', '全面从严治党']) expect(corpus, term).toContain(term);
  });
});
