/** A throwaway copy of the project (sources only, node_modules linked), for tests that change content or build options. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildEnv } from './build-env.ts';

export const ROOT = path.resolve('.');

export interface ProjectCopy {
  dir: string;
  build(env?: Record<string, string>): { status: number | null; output: string };
  /** One npm script of the build (convert, astro-build, index), as `build` runs them in turn. */
  run(script: string, env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const dir = mkdtempSync(path.join(tmpdir(), 'pkb-project-'));
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', 'scripts']) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const run = (script: string, env: Record<string, string> = {}) => {
    const result = spawnSync('npm', ['run', script, '--silent'], { cwd: dir, encoding: 'utf8', env: buildEnv(env) });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  };
  return {
    dir,
    build: (env = {}) => run('build', env),
    run,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
