/**
 * The official total and level as reports write them in a sentence: 'ภาพรวมเท่ากับ ร้อยละ ๙๐.๑๔
 * อยู่ในระดับ “ผ่าน”', 'มีผลคะแนน ๗๙.๓๔ อยู่ในระดับ B', 'ได้คะแนนรวม 96.47 คะแนน', 'คะแนนเฉลี่ยรวม …'.
 */
import { parseNumberText, toArabicDigits } from '../numbers';

export interface TotalSentence {
  total: number;
  level: string | null;
}

const TOTAL =
  /(?:คะแนนเฉลี่ยรวม|คะแนนรวม|คะแนนภาพรวม|ผลคะแนนรวม|ผลคะแนน|ภาพรวม)\s*(?:ของหน่วยงาน)?\s*(?:เท่ากับ|ได้|คือ|อยู่ที่|มีระดับคะแนน|มีคะแนน)?\s*(?:ร้อยละ)?\s*(?<![0-9๐-๙.])([0-9๐-๙]{1,3}(?:\.[0-9๐-๙]+)?)(?![0-9๐-๙])/;
const LEVEL = /อยู่ในระดับ\s*[“"'‘]?\s*(ผ่านดีเยี่ยม|ผ่านดี|ต้องปรับปรุงโดยด่วน|ต้องปรับปรุง|ผ่าน|AA|[A-F])(?![A-Za-z])/;
// A sentence that compares years talks about another year's total, not this one's.
const COMPARING = /เพิ่มขึ้น|ลดลง|เทียบ|ปีที่ผ่านมา|ปีก่อน|ย้อนหลัง|เป้าหมาย/;

/** The total (0–100) and level a sentence states, or null when it states neither. */
export function totalInSentence(text: string): TotalSentence | null {
  if (COMPARING.test(text)) return null;
  const m = TOTAL.exec(text);
  const n = m ? parseNumberText(toArabicDigits(m[1])) : null;
  const total = n !== null && n >= 0 && n <= 100 ? n : null;
  return total === null ? null : { total, level: LEVEL.exec(text)?.[1] ?? null };
}
