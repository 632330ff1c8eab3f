/** An agency's name as compared across years and files: abbreviations spelled out, spacing and tone marks ignored. */
import { foldThai } from './thai-text';

const ABBREVIATIONS: [RegExp, string][] = [
  [/^อบต\.?\s*/, 'องค์การบริหารส่วนตำบล'],
  [/^อบจ\.?\s*/, 'องค์การบริหารส่วนจังหวัด'],
  [/^ทต\.?\s*/, 'เทศบาลตำบล'],
  [/^ทม\.?\s*/, 'เทศบาลเมือง'],
  [/^ทน\.?\s*/, 'เทศบาลนคร'],
];

/** The name spelled out: 'อบต.บ้านใหม่' → 'องค์การบริหารส่วนตำบลบ้านใหม่'. */
export function spelledOut(name: string): string {
  const short = name.trim();
  return ABBREVIATIONS.reduce((t, [re, full]) => t.replace(re, full), short);
}

/** 'อบต. บ้านใหม่' and 'องค์การบริหารส่วนตำบลบ้านใหม่' give the same key. */
export function agencyNameKey(name: string): string {
  return foldThai(spelledOut(name));
}
