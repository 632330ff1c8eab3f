/**
 * Advice for every item code of every item list (IIT, EIT, OIT of each edition): 213 entries.
 * Survey items live in items-survey.ts, OIT items in items-oit.ts.
 */
import { OIT_ADVICE } from './items-oit';
import { SURVEY_ADVICE } from './items-survey';
import type { ItemAdvice } from './types';

export const ITEM_ADVICE: readonly ItemAdvice[] = [...SURVEY_ADVICE, ...OIT_ADVICE];
