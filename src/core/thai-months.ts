/** Thai month names, and values quoted in messages with their dates in Thai (a leaf: numbers and dates both use it). */

export const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'] as const;

export const THAI_MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'] as const;

/**
 * A value as a message quotes it: a date (a script's Date, or a grid's { date }) as a Thai date,
 * never "Thu Dec 03 2026 … Coordinated Universal Time"; anything else as its text.
 */
export function shownValue(v: unknown): string {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : thai(v.getFullYear(), v.getMonth() + 1, v.getDate());
  if (typeof v === 'object' && v !== null && typeof (v as { date?: unknown }).date === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec((v as { date: string }).date);
    return m ? thai(Number(m[1]), Number(m[2]), Number(m[3])) : (v as { date: string }).date;
  }
  return String(v);
}

function thai(y: number, m: number, d: number): string {
  return `${d} ${THAI_MONTHS[m - 1]} ${y + 543}`;
}
