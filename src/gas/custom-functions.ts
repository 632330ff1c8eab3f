import { itaRating, itaScore, type SheetResult } from '../core/custom-functions';
import { describeError } from '../core/errors';

/**
 * Custom functions never call a service (Sheets forbids most of them there and each call
 * re-evaluates the bundle), and rethrow everything as plain bilingual words.
 */
export function plainErrors(fn: () => SheetResult): SheetResult {
  try {
    return fn();
  } catch (e) {
    throw new Error(describeError(e).message);
  }
}

export const customFunctions = {
  score: (scores: unknown, year?: unknown) => plainErrors(() => itaScore(scores, year)),
  rating: (scores: unknown, year?: unknown, toolScores?: unknown, lang?: unknown) =>
    plainErrors(() => itaRating(scores, year, toolScores, lang)),
};
