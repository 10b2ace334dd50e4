/**
 * Fixture pairs, as mdast-util-from-markdown keeps them: each file of
 * test/fixtures/speeches/ (and the two Word documents of docx.ts) beside the
 * MDX the converter makes of it, in test/fixtures/expected/. A change to the
 * reading of real texts shows as a diff of that file; `npx vitest -u`
 * rewrites them after a deliberate change, to be read before committing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertSpeech } from '../../src/lib/speech/convert.ts';
import { officeDocx, styledDocx } from '../fixtures/docx.ts';

const DIR = 'test/fixtures/speeches';
const made: Record<string, () => Promise<Uint8Array>> = { 'styled.docx': styledDocx, 'office.docx': officeDocx };
const names = [...readdirSync(DIR).sort(), ...Object.keys(made)];

describe.each(names)('%s', (name) => {
  it('converts to its expected MDX', async () => {
    const bytes = made[name] ? await made[name]() : readFileSync(`${DIR}/${name}`);
    const { mdx } = await convertSpeech({ file: name, bytes });
    await expect(mdx).toMatchFileSnapshot(`../fixtures/expected/${name}.mdx`);
  });
});
