/** The `ผลย้อนหลัง` sheet the score template adds: one row per earlier year, columns by header text. */
import type { ToolId } from '../editions/types';

export const HISTORY_LABELS = { year: 'ปีงบประมาณ (พ.ศ.)', total: 'คะแนนรวม', level: 'ระดับผลการประเมิน' } as const;
/** Tool columns as the template heads them: EIT alone until 2565, in two parts from 2566. */
export const HISTORY_TOOLS: readonly { id: ToolId; header: string }[] = [
  { id: 'IIT', header: 'IIT' },
  { id: 'EIT', header: 'EIT (ปี 2561–2565)' },
  { id: 'EIT1', header: 'EIT ส่วนที่ 1' },
  { id: 'EIT2', header: 'EIT ส่วนที่ 2' },
  { id: 'OIT', header: 'OIT' },
];
