/** Pass levels used from 2566, decided on the rounded total and the four tool scores. */
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

/** Thresholds of the pass scheme: total and every-tool minimums. */
export const PASS_RULES = {
  excellent: { total: 95, everyTool: 95 },
  good: { total: 85, everyTool: 85 },
  pass: { total: 85 },
  improve: { total: 70 },
} as const;
