/**
 * YAML data checked by a zod schema, with errors that name the file, the line
 * and the field: for sidecars, front matter, glossary entries and the ignore
 * list. Every bad field is reported, not only the first.
 */
import type { z } from 'astro/zod';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { SourceError, SourceErrors } from './errors.ts';

interface Ranged {
  range?: [number, number, number];
}

/** Where a YAML document's nodes are: the line of a field's key or value, by its path. */
export interface YamlLines {
  /** The line of the value at `path` (a list item, a field's value), else of its key. */
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
  /** The line of a field's key. */
  keyLine(path: ReadonlyArray<string | number>, key: string): number | undefined;
}

export interface ParsedYaml {
  /** The document as plain data ({} when empty). */
  data: unknown;
  lines: YamlLines;
}

/**
 * Parse `source` as YAML. `firstLine` is the line of the file where `source`
 * starts (2 for front matter after its `---`). Throws a SourceError with the
 * line for YAML that does not parse.
 */
export function parseYaml(source: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + firstLine - 1);
  const yamlError = doc.errors[0];
  if (yamlError) {
    // The parser places an unclosed bracket or quote at the end of the input, a line that
    // may hold nothing: name the last line with text on it instead, where the editor looks.
    const at = source.slice(yamlError.pos[0]).trim() === '' ? source.trimEnd().length - 1 : yamlError.pos[0];
    throw new SourceError(file, `not valid YAML: ${yamlError.message.split('\n')[0]} (YAML 格式错误)`, line(Math.max(at, 0)));
  }
  const keyOffset = (path: ReadonlyArray<string | number>, key: string): number | undefined => {
    const parent = path.length ? doc.getIn(path, true) : doc.contents;
    if (!isMap(parent)) return undefined;
    return (parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === key)?.key as Ranged | undefined)?.range?.[0];
  };
  const lines: YamlLines = {
    // A field that is missing has no line of its own: the map that lacks it is named instead.
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const at = path.slice(0, depth);
        const node = (at.length ? doc.getIn(at, true) : doc.contents) as Ranged | undefined;
        const last = at.at(-1);
        const offset = node?.range?.[0] ?? (last === undefined ? undefined : keyOffset(at.slice(0, -1), String(last)));
        if (offset !== undefined) return line(offset);
      }
      return undefined;
    },
    keyLine: (path, key) => line(keyOffset(path, key)),
  };
  return { data: doc.toJS() ?? {}, lines };
}

/** Check parsed YAML against `schema`; every issue becomes a SourceError naming its field and line. */
export function checkYamlData<S extends z.ZodType>(parsed: ParsedYaml, file: string, schema: S): z.output<S> {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  const errors = result.error.issues.flatMap((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((unknownKey) => {
      const field = unknownKey ? [...path, unknownKey].join('.') : path.join('.') || '(file)';
      const line = unknownKey ? parsed.lines.keyLine(path, unknownKey) : parsed.lines.lineOf(path);
      const message = unknownKey ? `Unrecognized key: "${unknownKey}"` : issue.message;
      return new SourceError(file, `field ${field}: ${message} (字段有误)`, line);
    });
  });
  if (errors.length === 1) throw errors[0]!;
  throw new SourceErrors('field(s)', errors);
}

/** Parse `source` as YAML and check it against `schema` (see parseYaml and checkYamlData). */
export function parseYamlData<S extends z.ZodType>(source: string, file: string, schema: S, firstLine = 1): z.output<S> {
  return checkYamlData(parseYaml(source, file, firstLine), file, schema);
}
