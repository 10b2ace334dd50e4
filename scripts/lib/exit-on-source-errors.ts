/** The scripts' way out on bad input: the files and lines at fault, and exit 1; anything else is a bug and is thrown. */
import { SourceErrors } from '../../src/lib/errors.ts';

export function exitOnSourceErrors(error: unknown): never {
  if (error instanceof SourceErrors) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
