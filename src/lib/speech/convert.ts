/**
 * Runs the speech pipeline over the content folder: every NAME.txt (with its
 * optional NAME.yaml) → decode → parse → metadata → MDX, written to the output
 * folder. All errors are collected and reported together; on any error nothing
 * is written, so a broken input never yields a partial site.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { SourceError, SourceErrors } from '../errors.ts';
import { writeIfChanged } from '../write-if-changed.ts';
import { decodeSpeech } from './decode.ts';
import { parseSidecar, speechMeta, type Sidecar, type SpeechMeta } from './metadata.ts';
import { parseSpeech } from './parse.ts';
import { mdastToMdx, speechToMdast } from './to-mdx.ts';
import { linkParagraphs, type LinkOptions, type TermUse } from '../glossary/link.ts';

export interface ConvertedSpeech {
  meta: SpeechMeta;
  mdx: string;
  /** The decoded source text. */
  text: string;
  /** Every glossary term found, with its paragraph and context. */
  uses: TermUse[];
  warnings: string[];
}

export type TermLinking = Omit<LinkOptions, 'jsx' | 'exclude' | 'note'>;

/**
 * A store of converted speeches from earlier builds, by a key that covers
 * everything a conversion depends on: unchanged speeches are not converted
 * again.
 */
export interface ConversionCache {
  get(key: string): Promise<ConvertedSpeech | undefined>;
  set(key: string, speech: ConvertedSpeech): Promise<void>;
}

/** One speech, from its bytes (and sidecar text) to MDX. Pure; throws SourceError. */
export function convertSpeech(input: {
  file: string;
  bytes: Uint8Array;
  sidecar?: { file: string; text: string };
  linking?: TermLinking;
}): ConvertedSpeech {
  const decoded = decodeSpeech(input.bytes, input.file);
  const sidecar: Sidecar = input.sidecar ? parseSidecar(input.sidecar.text, input.sidecar.file) : {};
  const speech = parseSpeech(decoded.text);
  const { meta, warnings } = speechMeta(speech, { file: input.file, text: decoded.text, sidecar });
  const tree = speechToMdast(speech);
  const uses = input.linking ? linkParagraphs(tree, input.linking) : [];
  meta.terms = [...new Set(uses.map((u) => u.slug))];
  return { meta, mdx: mdastToMdx(tree, meta), text: decoded.text, uses, warnings: [...decoded.warnings, ...warnings] };
}

export interface ConvertFolderResult {
  speeches: ConvertedSpeech[];
  warnings: string[];
}

/** Convert every speech of `sourceDir` (paths in messages are relative to `cwd`). */
export async function convertFolder(
  sourceDir: string,
  options: { cwd?: string; linking?: TermLinking; cache?: ConversionCache; cacheSalt?: string } = {},
): Promise<ConvertFolderResult & { reused: number }> {
  const cwd = options.cwd ?? process.cwd();
  const names = (await readdir(sourceDir)).sort();
  const display = (name: string) => path.relative(cwd, path.join(sourceDir, name)) || name;
  const errors: SourceError[] = [];
  const warnings: string[] = [];
  const speeches: ConvertedSpeech[] = [];
  let reused = 0;

  for (const name of names.filter((n) => /\.txt$/iu.test(n))) {
    const stem = name.replace(/\.txt$/iu, '');
    const sidecarName = [`${stem}.yaml`, `${stem}.yml`].find((n) => names.includes(n));
    try {
      const bytes = await readFile(path.join(sourceDir, name));
      const sidecar = sidecarName
        ? { file: display(sidecarName), text: await readFile(path.join(sourceDir, sidecarName), 'utf8') }
        : undefined;
      const key = options.cache
        ? createHash('sha256').update(JSON.stringify([options.cacheSalt ?? '', display(name), sidecar ?? null])).update(bytes).digest('hex')
        : '';
      const cached = await options.cache?.get(key);
      if (cached) reused++;
      const converted =
        cached ??
        convertSpeech({
          file: display(name),
          bytes,
          ...(sidecar ? { sidecar } : {}),
          ...(options.linking ? { linking: options.linking } : {}),
        });
      if (options.cache && !cached) await options.cache.set(key, converted);
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
  if (errors.length) throw new SourceErrors('speech file(s)', errors);
  return { speeches, warnings, reused };
}

/**
 * Bring `outDir` in line with the converted speeches: write SLUG.mdx where its
 * bytes changed (each file replaced in one rename), remove what no source
 * makes any more, leave the rest untouched. Rebuilding twice writes nothing
 * the second time, and `astro dev` reloads only what changed.
 */
export async function writeSpeeches(speeches: readonly ConvertedSpeech[], outDir: string): Promise<{ written: number; removed: number }> {
  await mkdir(outDir, { recursive: true });
  const wanted = new Map(speeches.map((s) => [`${s.meta.slug}.mdx`, s.mdx]));
  let written = 0;
  for (const [name, mdx] of wanted) if (await writeIfChanged(path.join(outDir, name), mdx)) written++;
  const stale = (await readdir(outDir)).filter((name) => !wanted.has(name));
  await Promise.all(stale.map((name) => rm(path.join(outDir, name), { force: true })));
  return { written, removed: stale.length };
}
