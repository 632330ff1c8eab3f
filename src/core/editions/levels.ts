import type { LetterBand, PassRules, Scoring } from './types';

/** Pass levels used from 2566, decided on the rounded total and the tool scores. */
export interface PassLevel {
  id: 'excellent' | 'good' | 'pass' | 'improve' | 'urgent';
  th: string;
  en: string;
}

export const PASS_LEVELS: Record<PassLevel['id'], PassLevel> = {
  excellent: { id: 'excellent', th: 'ผ่านดีเยี่ยม', en: 'Pass – excellent' },
  good: { id: 'good', th: 'ผ่านดี', en: 'Pass – good' },
  pass: { id: 'pass', th: 'ผ่าน', en: 'Pass' },
  improve: { id: 'improve', th: 'ต้องปรับปรุง', en: 'Needs improvement' },
  urgent: { id: 'urgent', th: 'ต้องปรับปรุงโดยด่วน', en: 'Needs urgent improvement' },
};

/** The published thresholds of the pass scheme (2566 on). */
export const PASS_RULES: PassRules = {
  excellent: { total: 95, everyTool: 95 },
  good: { total: 85, everyTool: 85 },
  pass: { total: 85 },
  improve: { total: 70 },
};

/** Letter bands of 2561–2565, highest first. */
export const LETTER_BANDS: readonly LetterBand[] = [
  { level: 'AA', min: 95 },
  { level: 'A', min: 85 },
  { level: 'B', min: 75 },
  { level: 'C', min: 65 },
  { level: 'D', min: 55 },
  { level: 'E', min: 50 },
  { level: 'F', min: 0 },
];

export function passRulesOf(s: Scoring): PassRules {
  return s.passRules ?? PASS_RULES;
}

/** The total of the top band or level (95 for AA and ผ่านดีเยี่ยม): the second path's target. */
export function topTotal(s: Scoring): number {
  return s.levelScheme === 'pass' ? passRulesOf(s).excellent.total : (s.bands ?? LETTER_BANDS)[0].min;
}
