/** Live editing: with `npm run dev` running, a new or changed .txt shows up without a restart. */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../../scripts/lib/build-env.ts';
import { copyProject, ROOT, type ProjectCopy } from '../../scripts/lib/project.ts';

let copy: ProjectCopy;
let dev: ChildProcess;
const port = 41_000 + Math.floor(Math.random() * 2000);
const base = `http://127.0.0.1:${port}/`;

async function page(address: string): Promise<string> {
  const response = await fetch(`${base}${address}`).catch((error: unknown) => {
    if (process.env.PKB_KEEP_DEV_LOG) console.log(error);
    return undefined;
  });
  return response?.ok ? response.text() : '';
}

beforeAll(async () => {
  copy = copyProject();
  dev = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], { cwd: copy.dir, env: buildEnv(), detached: true, stdio: ['ignore', openSync(path.join(copy.dir, 'dev.log'), 'w'), openSync(path.join(copy.dir, 'dev.log'), 'a')] });
});

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  if (process.env.PKB_KEEP_DEV_LOG) console.log(readFileSync(path.join(copy.dir, 'dev.log'), 'utf8'));
  copy?.remove();
});

describe('npm run dev', () => {
  it('serves the site', async () => {
    await expect.poll(() => page(''), { timeout: 60_000, interval: 500 }).toContain('收录讲话与工作文稿 5 篇');
  });

  it('shows a speech dropped into content/speeches/, and an edit to it, without a restart', async () => {
    const file = path.join(copy.dir, 'content/speeches/新讲话.txt');
    writeFileSync(file, readFileSync(path.join(ROOT, 'test/fixtures/new-speech.txt'), 'utf8'));
    await expect.poll(() => page(''), { timeout: 30_000, interval: 500 }).toContain('收录讲话与工作文稿 6 篇');
    writeFileSync(file, readFileSync(file, 'utf8').replace('在全市机关党建工作推进会上的讲话', '在全市机关党建工作推进会上的讲话（修改稿）'));
    await expect.poll(() => page('speeches/xin-jiang-hua/'), { timeout: 30_000, interval: 500 }).toContain('在全市机关党建工作推进会上的讲话（修改稿）');
  });
});
