/** The SourceError a call throws (the first, when it throws several together); fails the test when it throws none. */
import { SourceError, SourceErrors } from '../../src/lib/errors.ts';

export function sourceErrorOf(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SourceError) return error;
    if (error instanceof SourceErrors) return error.errors[0]!;
    throw error;
  }
  throw new Error('expected a SourceError');
}
