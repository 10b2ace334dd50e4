/**
 * Reads the curated glossary (content/glossary/SLUG.md and ignore.yaml) into
 * a checked, indexed Glossary. A bad entry stops the build with its file,
 * line and field; all bad entries are reported together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collect, SourceError, SourceErrors } from '../errors.ts';
import { splitFrontMatter } from '../front-matter.ts';
import { checkYamlData, parseYaml, parseYamlData } from '../yaml-data.ts';
import { createMatcher, type Matcher } from './matcher.ts';
import { ENTRY_SLUG, entrySchema, ignoreSchema, watchSchema, type EntryData, type IgnoreList } from './schema.ts';

export interface GlossaryEntry extends EntryData {
  slug: string;
  /** The entry's file, as named in messages. */
  file: string;
  /** The definition, Markdown. */
  body: string;
  /** The line of each surface form (term, alias, document title) and related slug in the file, for messages. */
  lines?: Record<string, number>;
}

export interface Glossary {
  /** In the order of their slugs. */
  entries: GlossaryEntry[];
  bySlug: ReadonlyMap<string, GlossaryEntry>;
  /** Every surface form (term, alias, document title), without marks → its entry's slug. */
  forms: ReadonlyMap<string, string>;
  ignore: IgnoreList;
  /** Policy phrases the coverage report looks for without quotes (watch.yaml). */
  watch: string[];
  /** Phrases inside which no form is a use of its entry (each entry's notIn). */
  notIn: string[];
  matcher: Matcher<string>;
}

export const IGNORE_FILE = 'ignore.yaml';
export const WATCH_FILE = 'watch.yaml';

/** One entry file: YAML front matter between --- lines, then the Markdown definition. */
export function parseEntry(source: string, file: string): GlossaryEntry {
  const slug = path.basename(file, '.md');
  if (!ENTRY_SLUG.test(slug)) {
    throw new SourceError(file, `the file name must be a readable ASCII slug such as baxiang-guiding.md (文件名须为拼音网址)`);
  }
  const { frontMatter, body } = splitFrontMatter(source.replace(/^\uFEFF/u, ''));
  if (!frontMatter) throw new SourceError(file, 'no frontmatter: the file must start with a --- line, the fields, and another --- line (缺少元数据)', 1);
  const parsed = parseYaml(frontMatter.yaml, file, frontMatter.firstLine);
  const data = checkYamlData(parsed, file, entrySchema);
  const lines: Record<string, number> = {};
  const note = (key: string, line: number | undefined) => {
    if (line !== undefined && !(key in lines)) lines[key] = line;
  };
  note(data.term, parsed.lines.lineOf(['term']));
  data.aliases.forEach((alias, i) => note(alias, parsed.lines.lineOf(['aliases', i])));
  if (data.document) note(data.document.title.replace(/^《|》$/gu, ''), parsed.lines.lineOf(['document', 'title']));
  data.related.forEach((related, i) => note(`related:${related}`, parsed.lines.lineOf(['related', i])));
  data.notIn.forEach((phrase, i) => note(`notIn:${phrase}`, parsed.lines.lineOf(['notIn', i])));
  if (!body.trim()) throw new SourceError(file, 'the definition is empty: write it below the front matter (缺少释义)');
  return { ...data, slug, file, body: body.trim(), lines };
}

/** The surface forms of an entry: term, aliases and its document's title without 《》. */
export function surfaceForms(entry: EntryData): string[] {
  const title = entry.document?.title.replace(/^《|》$/gu, '');
  return [...new Set([entry.term, ...entry.aliases, ...(title ? [title] : [])])];
}

/** A form without the marks that make it match only inside them: “三不” → 三不. */
export const bareForm = (form: string): string => form.replace(/^[《“](.+)[》”]$/u, '$1');

/** Index checked entries; throws SourceErrors for clashes between them. */
export function buildGlossary(entries: GlossaryEntry[], ignore: IgnoreList, ignoreFile = IGNORE_FILE, watch: string[] = []): Glossary {
  const errors: SourceError[] = [];
  const sorted = [...entries].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const bySlug = new Map(sorted.map((e) => [e.slug, e]));
  const forms = new Map<string, string>();
  const patterns: Array<{ text: string; value: string; block?: boolean }> = [];
  for (const entry of sorted) {
    for (const form of surfaceForms(entry)) {
      const other = forms.get(bareForm(form));
      if (other && other !== entry.slug) {
        const otherEntry = bySlug.get(other)!;
        const otherLine = otherEntry.lines?.[form] ?? otherEntry.lines?.[bareForm(form)];
        errors.push(
          new SourceError(
            entry.file,
            `“${bareForm(form)}” is already a term or alias of ${otherEntry.file}${otherLine ? `:${otherLine}` : ''} (术语或别名重复)`,
            entry.lines?.[form] ?? entry.lines?.[bareForm(form)],
          ),
        );
        continue;
      }
      forms.set(bareForm(form), entry.slug);
      patterns.push({ text: form, value: entry.slug });
    }
    for (const related of entry.related) {
      if (!bySlug.has(related)) errors.push(new SourceError(entry.file, `field related: no entry ${related}.md (相关条目不存在)`, entry.lines?.[`related:${related}`]));
    }
  }
  // After every form is known: a notIn phrase holds a form of its entry and is no entry's form itself.
  for (const entry of sorted) {
    for (const phrase of entry.notIn) {
      const line = entry.lines?.[`notIn:${phrase}`];
      if (forms.has(phrase)) errors.push(new SourceError(entry.file, `field notIn: “${phrase}” is a term or alias of ${bySlug.get(forms.get(phrase)!)!.file} (排除短语不能是术语)`, line));
      else if (!surfaceForms(entry).some((form) => phrase.includes(bareForm(form))))
        errors.push(new SourceError(entry.file, `field notIn: “${phrase}” holds none of the entry's forms (排除短语须包含本条目的术语或别名)`, line));
      else patterns.push({ text: phrase, value: entry.slug, block: true });
    }
  }
  for (const { phrase } of ignore) {
    const bare = bareForm(phrase);
    const slug = forms.get(bare);
    if (slug) errors.push(new SourceError(ignoreFile, `“${bare}” is ignored but is also an entry: ${bySlug.get(slug)!.file} (忽略列表与条目冲突)`));
  }
  if (errors.length) throw new SourceErrors('glossary file(s)', errors);
  const matcher = createMatcher(patterns);
  return { entries: sorted, bySlug, forms, ignore, watch, notIn: sorted.flatMap((e) => e.notIn), matcher };
}

/** Read and check every entry of a glossary folder (paths in messages relative to `cwd`). */
export function loadGlossary(dir: string, cwd = process.cwd()): Glossary {
  const display = (name: string) => path.relative(cwd, path.join(dir, name)) || name;
  const names = readdirSync(dir).sort();
  const errors: SourceError[] = [];
  const entries: GlossaryEntry[] = [];
  for (const name of names.filter((n) => n.endsWith('.md'))) {
    const entry = collect(errors, () => parseEntry(readFileSync(path.join(dir, name), 'utf8'), display(name)));
    if (entry) entries.push(entry);
  }
  const ignore = names.includes(IGNORE_FILE)
    ? (collect(errors, () => parseYamlData(readFileSync(path.join(dir, IGNORE_FILE), 'utf8'), display(IGNORE_FILE), ignoreSchema)) ?? [])
    : [];
  const watch = names.includes(WATCH_FILE)
    ? (collect(errors, () => parseYamlData(readFileSync(path.join(dir, WATCH_FILE), 'utf8'), display(WATCH_FILE), watchSchema)) ?? [])
    : [];
  if (errors.length) throw new SourceErrors('glossary file(s)', errors);
  return buildGlossary(entries, ignore, display(IGNORE_FILE), watch);
}
