import { itaGapFn, itaRating, itaScore } from '../core/custom-functions';
import { plainErrors } from './plain-errors';

// Custom functions never call a service: Sheets forbids most of them there, and each call
// re-evaluates the whole bundle.

export const customFunctions = {
  score: (scores: unknown, year?: unknown, weights?: unknown) => plainErrors(() => itaScore(scores, year, weights)),
  gap: (scores: unknown, year?: unknown, target?: unknown, weights?: unknown) => plainErrors(() => itaGapFn(scores, year, target, weights)),
  rating: (scores: unknown, year?: unknown, toolScores?: unknown, lang?: unknown) => plainErrors(() => itaRating(scores, year, toolScores, lang)),
};
