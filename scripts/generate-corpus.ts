/**
 * npm run corpus -- N DIR [SEEDS]: writes N synthetic speeches
 * (DIR/speech-00001.txt …) made from the seed speeches in SEEDS (default
 * content/speeches/), deterministically.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedMaterial, syntheticSpeech } from './lib/corpus.ts';

const [count = '100', out = '.cache/corpus', seeds = 'content/speeches'] = process.argv.slice(2);
const material = seedMaterial(seeds);
if (material.paragraphs.length === 0) throw new Error(`no seed paragraphs in ${seeds}`);
mkdirSync(out, { recursive: true });
for (let n = 0; n < Number(count); n++) {
  writeFileSync(path.join(out, `speech-${String(n + 1).padStart(5, '0')}.txt`), syntheticSpeech(material, n));
}
console.log(`wrote ${count} synthetic speeches to ${out}`);
