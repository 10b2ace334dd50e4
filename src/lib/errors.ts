/**
 * An error in an editor's input file. Its message always names the file, and
 * the line where there is one, so the editor can go straight to it.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, reason: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Every input error of a build step, reported together. */
export class SourceErrors extends Error {
  readonly errors: SourceError[];
  constructor(what: string, errors: SourceError[]) {
    super(`${errors.length} ${what} could not be read:\n${errors.map((e) => `  ✗ ${e.message}`).join('\n')}`);
    this.name = 'SourceErrors';
    this.errors = errors;
  }
}

/** The input errors an exception stands for (one or several), or undefined for any other exception. */
export function sourceErrorsOf(error: unknown): SourceError[] | undefined {
  if (error instanceof SourceError) return [error];
  if (error instanceof SourceErrors) return error.errors;
  return undefined;
}

/** Run `fn`, collecting its SourceError(s) into `errors` instead of throwing them. */
export function collect<T>(errors: SourceError[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    const found = sourceErrorsOf(error);
    if (!found) throw error;
    errors.push(...found);
    return undefined;
  }
}
