/** Gate: two builds are byte-identical. Lists every file that differs or exists in one only. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function files(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((d) => d.isFile())
      .map((d) => {
        const full = path.join(d.parentPath, d.name);
        return [path.relative(dir, full).split(path.sep).join('/'), readFileSync(full)] as const;
      }),
  );
}

export function treeDifferences(a: string, b: string): string[] {
  const left = files(a);
  const right = files(b);
  const out: string[] = [];
  for (const [name, bytes] of left) {
    const other = right.get(name);
    if (!other) out.push(`only in the first build: ${name}`);
    else if (!bytes.equals(other)) out.push(`differs: ${name}`);
  }
  for (const name of right.keys()) if (!left.has(name)) out.push(`only in the second build: ${name}`);
  return out.sort();
}
