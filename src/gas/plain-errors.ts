import { describeError } from '../core/errors';

/** What reaches a cell or the sidebar on failure: plain bilingual words, never a stack trace. */
export function plainErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    // eslint-disable-next-line preserve-caught-error -- the words only: no cause, no stack trace to the client
    throw new Error(describeError(e).message);
  }
}
