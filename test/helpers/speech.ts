/** The pipeline's first stages on a text typed in a test, as a .txt file would go through them. */
import type { Speech } from '../../src/lib/speech/model.ts';
import { parseSpeech, type ParseOptions } from '../../src/lib/speech/parse/index.ts';
import { textDocument } from '../../src/lib/speech/read/text.ts';
import { convertSpeech } from '../../src/lib/speech/convert.ts';

/** Read `text` as the .txt reader does, then parse it. */
export function parseText(text: string, options: ParseOptions = {}): Speech {
  return parseSpeech(textDocument(text, 't.txt'), options);
}

/** Convert `text` as a speech file of that name. */
export function convertText(text: string, file = 'content/speeches/t.txt') {
  return convertSpeech({ file, bytes: new TextEncoder().encode(text) });
}
