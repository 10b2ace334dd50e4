/** npm run bench:linking — term-linking speed alone (see scripts/lib/bench-linking.ts). */
import { benchLinking } from './lib/bench-linking.ts';

console.log(benchLinking());
