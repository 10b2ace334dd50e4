/**
 * Global setup of the site tests: builds the site from the sources, exactly as
 * `npm run build` does, so the tests read the dist/ a reader would get.
 * Set PKB_TEST_NO_BUILD=1 to test an existing dist/ as it is.
 */
import { execFileSync } from 'node:child_process';
import { buildEnv } from '../../scripts/lib/build-env.ts';

export default function setup(): void {
  if (process.env.PKB_TEST_NO_BUILD === '1') return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv() });
}
