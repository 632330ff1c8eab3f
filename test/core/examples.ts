/** Score grids in the template's layout, built from the worked examples. */
import type { Grid } from '../../src/core/grid';

/** The ten indicators' names as the template and the worked examples print them. */
export const INDICATOR_NAMES = [
  'การปฏิบัติหน้าที่',
  'การใช้งบประมาณ',
  'การใช้อำนาจ',
  'การใช้ทรัพย์สินของราชการ',
  'การแก้ไขปัญหาการทุจริต',
  'คุณภาพการดำเนินงาน',
  'ประสิทธิภาพการสื่อสาร',
  'การปรับปรุงการทำงาน',
  'การเปิดเผยข้อมูล',
  'การป้องกันการทุจริต',
];
const NAMES = INDICATOR_NAMES;

export function scoreGrid(opts: {
  agency: string;
  type?: string;
  year: number;
  indicators: number[];
  tools?: [string, number][];
  published?: number;
  items?: [string, number][];
}): Grid {
  return [
    ['แบบกรอกคะแนนผลการประเมิน ITA'],
    ['ชื่อหน่วยงาน', opts.agency],
    ['ประเภทหน่วยงาน', opts.type ?? ''],
    ['ปีงบประมาณที่ประเมิน (พ.ศ.)', opts.year],
    ['คะแนนรวมที่ประกาศ', opts.published ?? ''],
    [],
    ['เครื่องมือ', 'ชื่อเครื่องมือ', 'คะแนน'],
    ...(opts.tools ?? []).map(([t, v]) => [t, '', v]),
    [],
    ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
    ...opts.indicators.map((v, k) => [k + 1, NAMES[k], v]),
    [],
    ['ข้อ', 'ข้อคำถาม/รายการ', 'คะแนน'],
    ...(opts.items ?? []).map(([c, v]) => [c, '', v]),
  ];
}

export const GRID_001 = scoreGrid({
  agency: 'เทศบาลตำบลทุ่งผึ้ง',
  type: 'เทศบาลตำบล',
  year: 2568,
  published: 96.47,
  tools: [
    ['IIT', 99.08],
    ['EIT ส่วนที่ 1', 95.37],
    ['EIT ส่วนที่ 2', 96.3],
    ['OIT', 95],
  ],
  indicators: [98.29, 99.15, 100, 97.95, 100, 96.22, 96.12, 95.17, 90.0, 100],
  items: Array.from({ length: 28 }, (_, k) => [`o${k + 1}`, k === 5 ? 0 : 100] as [string, number]),
});

export const GRID_002 = scoreGrid({
  agency: 'จังหวัดลำพูน',
  type: 'จังหวัด',
  year: 2568,
  published: 90.14,
  indicators: [92.68, 95.98, 98.84, 90.76, 94.09, 97.18, 95.62, 95.24, 65.0, 100],
});

export const GRID_003 = scoreGrid({
  agency: 'องค์การบริหารส่วนจังหวัดแพร่',
  year: 2565,
  published: 99.76,
  indicators: [100, 100, 100, 99.73, 99.87, 98.73, 99.76, 99.38, 100, 100],
  items: [
    ['i21', 99.2],
    ['i22', 99.2],
    ['i23', 99.2],
    ['e12', 99.48],
    ['e14', 98.83],
    ['e15', 99.35],
  ],
});
