import { itaRating, itaScore } from '../core/custom-functions';

// Interim entry (replaced by the command-line issue): rates example 001.
const EXAMPLE_001 = [[98.29, 99.15, 100, 97.95, 100, 96.22, 96.12, 95.17, 90.0, 100]];
const TOOLS_001 = [[99.08, 95.37, 96.3, 95.0]];
console.log(`ITA_SCORE = ${String(itaScore(EXAMPLE_001, 2568))}`);
console.log(`ITA_RATING = ${String(itaRating(EXAMPLE_001, 2568, TOOLS_001))}`);
