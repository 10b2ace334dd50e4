/**
 * Runs the speech pipeline over the content folder: every NAME.txt (with its
 * optional NAME.yaml) → decode → parse → metadata → MDX, written to the output
 * folder. All errors are collected and reported together; on any error nothing
 * is written, so a broken input never yields a partial site.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SourceError } from '../errors.ts';
import { decodeSpeech } from './decode.ts';
import { parseSidecar, speechMeta, type Sidecar, type SpeechMeta } from './metadata.ts';
import { parseSpeech } from './parse.ts';
import { speechToMdx } from './to-mdx.ts';

export interface ConvertedSpeech {
  meta: SpeechMeta;
  mdx: string;
  warnings: string[];
}

/** One speech, from its bytes (and sidecar text) to MDX. Pure; throws SourceError. */
export function convertSpeech(input: { file: string; bytes: Uint8Array; sidecar?: { file: string; text: string } }): ConvertedSpeech {
  const decoded = decodeSpeech(input.bytes, input.file);
  const sidecar: Sidecar = input.sidecar ? parseSidecar(input.sidecar.text, input.sidecar.file) : {};
  const speech = parseSpeech(decoded.text);
  const { meta, warnings } = speechMeta(speech, { file: input.file, text: decoded.text, sidecar });
  return { meta, mdx: speechToMdx(speech, meta), warnings: [...decoded.warnings, ...warnings] };
}

export class ConversionFailed extends Error {
  readonly errors: SourceError[];
  constructor(errors: SourceError[]) {
    super(`${errors.length} speech file(s) could not be converted:\n${errors.map((e) => `  ✗ ${e.message}`).join('\n')}`);
    this.name = 'ConversionFailed';
    this.errors = errors;
  }
}

export interface ConvertFolderResult {
  speeches: ConvertedSpeech[];
  warnings: string[];
}

/** Convert every speech of `sourceDir` (paths in messages are relative to `cwd`). */
export async function convertFolder(sourceDir: string, cwd = process.cwd()): Promise<ConvertFolderResult> {
  const names = (await readdir(sourceDir)).sort();
  const display = (name: string) => path.relative(cwd, path.join(sourceDir, name)) || name;
  const errors: SourceError[] = [];
  const warnings: string[] = [];
  const speeches: ConvertedSpeech[] = [];

  for (const name of names.filter((n) => /\.txt$/iu.test(n))) {
    const stem = name.replace(/\.txt$/iu, '');
    const sidecarName = [`${stem}.yaml`, `${stem}.yml`].find((n) => names.includes(n));
    try {
      const bytes = await readFile(path.join(sourceDir, name));
      const sidecar = sidecarName
        ? { file: display(sidecarName), text: await readFile(path.join(sourceDir, sidecarName), 'utf8') }
        : undefined;
      const converted = convertSpeech({ file: display(name), bytes, ...(sidecar ? { sidecar } : {}) });
      speeches.push(converted);
      warnings.push(...converted.warnings);
    } catch (error) {
      if (error instanceof SourceError) errors.push(error);
      else throw error;
    }
  }
  for (const name of names.filter((n) => /\.ya?ml$/iu.test(n))) {
    if (!names.includes(name.replace(/\.ya?ml$/iu, '.txt'))) {
      warnings.push(`${display(name)}: a sidecar with no ${name.replace(/\.ya?ml$/iu, '.txt')} beside it is ignored (找不到对应的讲话文件)`);
    }
  }
  const bySlug = new Map<string, string>();
  for (const { meta } of speeches) {
    const other = bySlug.get(meta.slug);
    if (other) {
      errors.push(new SourceError(display(meta.source), `slug “${meta.slug}” is already used by ${display(other)}; set another slug in a sidecar (网址重复)`));
    }
    bySlug.set(meta.slug, meta.source);
  }
  if (speeches.length === 0 && errors.length === 0) {
    errors.push(new SourceError(display('.'), 'no speech (.txt) found (没有讲话文件)'));
  }
  if (errors.length) throw new ConversionFailed(errors);
  return { speeches, warnings };
}

/**
 * Write the converted speeches to `outDir` as SLUG.mdx, replacing its previous
 * content in one step; unchanged files keep their bytes, so rebuilding twice
 * gives identical output.
 */
export async function writeSpeeches(speeches: readonly ConvertedSpeech[], outDir: string): Promise<void> {
  const staging = `${outDir}.staging`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await Promise.all(speeches.map((s) => writeFile(path.join(staging, `${s.meta.slug}.mdx`), s.mdx)));
  const old = `${outDir}.old`;
  await rm(old, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(staging, outDir);
  await rm(old, { recursive: true, force: true });
}
