import { describeError } from '../core/errors';

/** What reaches a cell or the sidebar on failure: plain bilingual words, never a stack trace. */
export function plainErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new Error(describeError(e).message);
  }
}
