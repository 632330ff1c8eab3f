/** Which tool a row or header names: 'IIT', 'EIT ส่วนที่ 1', 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)'. */
import type { ToolId } from '../editions/types';

/** Most specific first: 'EIT ส่วนที่ 1' before 'EIT'. */
const TOOL_PATTERNS: [RegExp, ToolId][] = [
  [/EIT\)?\s*(ส่วนที่|part)?\s*[1๑](?![0-9๐-๙.])|EIT\s*public/i, 'EIT1'],
  [/EIT\)?\s*(ส่วนที่|part)?\s*[2๒](?![0-9๐-๙.])/i, 'EIT2'],
  [/\bIIT\b/i, 'IIT'],
  [/\bEIT\b/i, 'EIT'],
  [/\bOIT\b/i, 'OIT'],
  [/ผู้มีส่วนได้ส่วนเสียภายใน/, 'IIT'],
  [/ผู้มีส่วนได้ส่วนเสียภายนอก/, 'EIT'],
  [/การเปิดเผยข้อมูลสาธารณะ/, 'OIT'],
];

export function toolOf(text: string): ToolId | null {
  for (const [re, id] of TOOL_PATTERNS) if (re.test(text)) return id;
  return null;
}
