/**
 * YAML data checked by a zod schema, with errors that name the file, the line
 * and the field: for sidecars, glossary frontmatter and the ignore list.
 */
import type { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { SourceError } from './errors.ts';

interface Ranged {
  range?: [number, number, number];
}

function keyOffset(doc: Document, path: readonly string[], key: string): number | undefined {
  const parent = (path.length ? doc.getIn(path, true) : doc.contents) as { items?: Array<{ key?: { value?: unknown } & Ranged }> } | null;
  return parent?.items?.find((item) => item.key?.value === key)?.key?.range?.[0];
}

/**
 * Parse `source` as YAML and check it against `schema`. `firstLine` is the
 * line of the file where `source` starts (2 for frontmatter after `---`).
 */
export function parseYamlData<S extends z.ZodType>(source: string, file: string, schema: S, firstLine = 1): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + firstLine - 1);
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new SourceError(file, `not valid YAML: ${yamlError.message.split('\n')[0]} (YAML 格式错误)`, line(yamlError.pos[0]));
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const offset = unknownKey ? keyOffset(doc, path, unknownKey) : ((doc.getIn(path, true) as Ranged | undefined)?.range?.[0] ?? keyOffset(doc, path.slice(0, -1), path.at(-1) ?? ''));
  const field = unknownKey ? [...path, unknownKey].join('.') : path.join('.') || '(file)';
  throw new SourceError(file, `field ${field}: ${issue.message} (字段有误)`, line(offset));
}
