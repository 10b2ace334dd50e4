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
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const dir = mkdtempSync(path.join(tmpdir(), 'pkb-project-'));
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', 'scripts']) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    dir,
    build(env = {}) {
      const run = spawnSync('npm', ['run', 'build', '--silent'], { cwd: dir, encoding: 'utf8', env: buildEnv(env) });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
