/**
 * Runs the speech pipeline over the content folder: every speech file
 * (NAME.txt, NAME.md or NAME.docx, with its optional NAME.yaml) → read →
 * parse → metadata → MDX, written to the output folder. All errors are
 * collected and reported together; on any error nothing is written, so a
 * broken input never yields a partial site.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { SourceError, SourceErrors, sourceErrorsOf } from '../errors.ts';
import { writeIfChanged } from '../write-if-changed.ts';
import { blockTexts, linkParagraphs, type BlockText, type LinkOptions, type TermUse } from '../glossary/link.ts';
import type { TermLinks } from '../settings.ts';
import { frontMatterFacts, parseSidecar, speechMeta, speechMetaSchema, type Sidecar, type SpeechMeta } from './metadata.ts';
import { parseSpeech } from './parse/index.ts';
import { decodeText } from './read/decode.ts';
import { extensionOf, readSource, READERS, REFUSED, stemOf } from './read/index.ts';
import { walkBlocks } from './model.ts';
import { mdastToMdx, speechToMdast } from './to-mdx.ts';

export interface ConvertedSpeech {
  meta: SpeechMeta;
  mdx: string;
  /** The source's plain text (one line per paragraph), for the build's reports. */
  text: string;
  /** Every glossary term found, with its paragraph and context. */
  uses: TermUse[];
  /** The text of each paragraph, heading and list item, by its id: what the library's formulations are counted in. */
  blocks: BlockText[];
  warnings: string[];
}

/** How a speech's terms are linked: what to link to, and how often (every use when `links` is absent). */
export type TermLinking = Omit<LinkOptions, 'jsx' | 'exclude' | 'note' | 'link'> & { links?: TermLinks };

/**
 * A store of converted speeches from earlier builds, by a key that covers
 * everything a conversion depends on: unchanged speeches are not converted
 * again.
 */
export interface ConversionCache {
  get(key: string): Promise<ConvertedSpeech | undefined>;
  set(key: string, speech: ConvertedSpeech): Promise<void>;
}

/** A speech this long makes a page of megabytes: the editor is told. */
export const LARGE_SPEECH = 300_000;

/** One speech, from its bytes (and sidecar) to MDX. Throws SourceError. */
export async function convertSpeech(input: {
  file: string;
  bytes: Uint8Array;
  sidecar?: { file: string; bytes: Uint8Array };
  linking?: TermLinking;
}): Promise<ConvertedSpeech> {
  const doc = await readSource(input.bytes, input.file);
  const warnings = [...doc.warnings];
  let sidecar: Sidecar = {};
  if (input.sidecar) {
    // A sidecar saved as GBK by an old editor is decoded, with a warning, like a speech.
    const decoded = decodeText(input.sidecar.bytes, input.sidecar.file);
    warnings.push(...decoded.warnings);
    sidecar = parseSidecar(decoded.text, input.sidecar.file);
  }
  const front = doc.frontMatter ? frontMatterFacts(doc.frontMatter.yaml, doc.frontMatter.firstLine, input.file) : undefined;
  warnings.push(...(front?.warnings ?? []));
  const speech = parseSpeech(doc, {
    ...(sidecar.keepLeftovers ? { keepLeftovers: true } : {}),
    ...(sidecar.translationLang ? { latinLang: sidecar.translationLang } : {}),
  });
  if (speech.head.lines.length === 0 && [...walkBlocks(speech)].length === 0) {
    // Only front matter, or only web-page furniture: the page would be blank.
    throw new SourceError(input.file, `nothing is left to show${speech.leftovers.length ? ' once web-page furniture is left out (keepLeftovers: true in a sidecar keeps it)' : ''} (文件没有正文)`);
  }
  warnings.push(...speech.warnings.map((w) => `${input.file}${w.line === undefined ? '' : `:${w.line}`}: ${w.message}`));
  const { meta, warnings: metaWarnings } = speechMeta(speech, { file: input.file, sidecar, ...(front ? { frontMatter: front.facts } : {}) });
  warnings.push(...metaWarnings);
  if (meta.chars > LARGE_SPEECH) {
    warnings.push(`${input.file}: ${meta.chars.toLocaleString('en')} characters, a page of several megabytes; consider splitting it into parts (篇幅过大，建议拆分)`);
  }
  const tree = speechToMdast(speech);
  const uses = input.linking ? linkParagraphs(tree, input.linking) : [];
  meta.terms = [...new Set(uses.map((u) => u.slug))];
  // What Astro will check again: checked here, where the source file and its lines are known.
  const checked = speechMetaSchema.safeParse(meta);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new SourceError(input.file, `the metadata made of this file is not valid: ${issue.path.join('.')}: ${issue.message} (元数据有误)`);
  }
  return { meta, mdx: mdastToMdx(tree, meta), text: doc.text, uses, blocks: blockTexts(tree), warnings };
}

export interface ConvertFolderResult {
  speeches: ConvertedSpeech[];
  warnings: string[];
}

const SIDECAR = /\.ya?ml$/iu;

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

  const speechNames = names.filter((n) => READERS[extensionOf(n)]);
  for (const name of names) {
    const refused = REFUSED[extensionOf(name)];
    if (refused) errors.push(new SourceError(display(name), refused));
    if (!READERS[extensionOf(name)]) continue;
    const stem = stemOf(name);
    const sidecarName = [`${stem}.yaml`, `${stem}.yml`].find((n) => names.includes(n));
    try {
      const bytes = await readFile(path.join(sourceDir, name));
      const sidecar = sidecarName ? { file: display(sidecarName), bytes: await readFile(path.join(sourceDir, sidecarName)) } : undefined;
      const key = options.cache
        ? createHash('sha256')
            .update(JSON.stringify([options.cacheSalt ?? '', display(name), sidecar?.file ?? null]))
            .update(sidecar?.bytes ?? '')
            .update('\0')
            .update(bytes)
            .digest('hex')
        : '';
      const cached = await options.cache?.get(key);
      if (cached) reused++;
      const converted =
        cached ??
        (await convertSpeech({
          file: display(name),
          bytes,
          ...(sidecar ? { sidecar } : {}),
          ...(options.linking ? { linking: options.linking } : {}),
        }));
      if (options.cache && !cached) await options.cache.set(key, converted);
      speeches.push(converted);
      warnings.push(...converted.warnings);
    } catch (error) {
      const found = sourceErrorsOf(error);
      if (!found) throw error;
      errors.push(...found);
    }
  }
  const stems = new Set(speechNames.map(stemOf));
  for (const name of names.filter((n) => SIDECAR.test(n))) {
    if (!stems.has(stemOf(name))) {
      warnings.push(`${display(name)}: a sidecar with no speech file ${stemOf(name)}.txt, .md or .docx beside it is ignored (找不到对应的讲话文件)`);
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
    errors.push(new SourceError(display('.'), 'no speech (.txt, .md or .docx) found (没有讲话文件)'));
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
export async function writeSpeeches(speeches: readonly ConvertedSpeech[], outDir: string): Promise<{ written: number; removed: number; changed: ConvertedSpeech[] }> {
  await mkdir(outDir, { recursive: true });
  const wanted = new Map(speeches.map((s) => [`${s.meta.slug}.mdx`, s]));
  const changed: ConvertedSpeech[] = [];
  for (const [name, speech] of wanted) if (await writeIfChanged(path.join(outDir, name), speech.mdx)) changed.push(speech);
  const stale = (await readdir(outDir)).filter((name) => !wanted.has(name));
  await Promise.all(stale.map((name) => rm(path.join(outDir, name), { force: true })));
  return { written: changed.length, removed: stale.length, changed };
}
