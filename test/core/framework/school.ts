/**
 * A school's framework for 2569 as a coordinator would type it in the กรอบการประเมิน sheet: only
 * the overview and the OIT list (23 items in 9.1–9.5 and 10.1–10.2); IIT and EIT come from the
 * built-in edition. Names are ours; several match the general list's, o7 (SAR) matches none.
 */
import type { Grid } from '../../../src/core/grid';
import { scoreGrid } from '../examples';

/** The header row of the framework sheet's overview, as a coordinator types it. */
export const FRAMEWORK_OVERVIEW_HEADERS = [
  'ปีงบประมาณ',
  'กลุ่มหน่วยงาน',
  'ชื่อกรอบการประเมิน',
  'น้ำหนัก IIT',
  'น้ำหนัก EIT ส่วนที่ 1 (หรือ EIT)',
  'น้ำหนัก EIT ส่วนที่ 2',
  'น้ำหนัก OIT',
  'หมายเหตุ',
  'รูปแบบระดับผล',
  'ค่าเป้าหมาย',
];

export const SCHOOL = 'สถานศึกษา';
export const SCHOOL_NAME = 'กรอบการประเมินสถานศึกษา พ.ศ. 2569';

const SUBS: [sub: string, name: string, items: string[]][] = [
  ['9.1', 'ข้อมูลพื้นฐานของสถานศึกษา', ['โครงสร้างและอำนาจหน้าที่', 'ข้อมูลผู้บริหาร', 'ข้อมูลการติดต่อ', 'ข่าวประชาสัมพันธ์', 'แผนพัฒนาการจัดการศึกษาของสถานศึกษา']],
  ['9.2', 'การบริหารงานวิชาการ', ['แผนปฏิบัติการประจำปีของสถานศึกษา', 'รายงานผลการประเมินตนเอง (SAR)']],
  [
    '9.3',
    'การบริหารงบประมาณและการจัดซื้อจัดจ้าง',
    ['แผนการใช้จ่ายงบประมาณประจำปี', 'รายงานผลการใช้จ่ายงบประมาณประจำปี', 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี'],
  ],
  [
    '9.4',
    'การบริหารงานบุคคล',
    ['แผนการบริหารและพัฒนาทรัพยากรบุคคล', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'หลักเกณฑ์การประเมินผลการปฏิบัติงานของครูและบุคลากรทางการศึกษา'],
  ],
  ['9.5', 'การส่งเสริมความโปร่งใส', ['ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม']],
  [
    '10.1',
    'การดำเนินการเพื่อป้องกันการทุจริต',
    [
      'ประกาศเจตนารมณ์และการสร้างวัฒนธรรมตามนโยบาย No Gift Policy จากการปฏิบัติหน้าที่',
      'การประเมินความเสี่ยงการทุจริตของสถานศึกษา',
      'แผนปฏิบัติการป้องกันการทุจริต',
      'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี',
    ],
  ],
  ['10.2', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในสถานศึกษา', 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส']],
];

/** o1–o23 with their sub-indicators, in order. */
export const SCHOOL_ITEMS = SUBS.flatMap(([sub, subName, names]) => names.map((name) => ({ sub, subName, name }))).map((x, k) => ({ ...x, code: `o${k + 1}` }));

/** The sheet as typed: a title, the overview (weights blank: the built-in's), the items; Thai digits in places. */
export function schoolFrameworkGrid(): Grid {
  return [
    ['กรอบการประเมินของสถานศึกษา (พิมพ์เอง)'],
    [],
    FRAMEWORK_OVERVIEW_HEADERS,
    ['๒๕๖๙', SCHOOL, SCHOOL_NAME, null, null, null, null, null, 'ระดับผ่าน', 85],
    [],
    ['ปีงบประมาณ', 'กลุ่มหน่วยงาน', 'เครื่องมือ', 'ตัวชี้วัดที่', 'ตัวชี้วัดย่อย', 'ชื่อตัวชี้วัดย่อย', 'รหัสข้อ', 'ชื่อข้อ'],
    ...SCHOOL_ITEMS.map((i) => [2569, SCHOOL, 'OIT', Number(i.sub.split('.')[0]), i.sub, i.subName, i.code, i.name]),
  ];
}

/**
 * A school's 2569 result: o1 (9.1, 5 items) and o7 SAR (9.2, 2 items) not published, the rest at
 * 100: 9.1 = 80, 9.2 = 50, indicator 9 = (80 + 50 + 100 + 100 + 100) / 5 = 86.
 */
export const SCHOOL_SCORES = scoreGrid({
  agency: 'โรงเรียนบ้านหนองบัว',
  type: SCHOOL,
  year: 2569,
  tools: [
    ['IIT', 96],
    ['EIT ส่วนที่ 1', 95],
    ['EIT ส่วนที่ 2', 97],
    ['OIT', 93],
  ],
  indicators: [96, 96, 96, 96, 96, 96, 96, 96, 86, 100],
  items: SCHOOL_ITEMS.map((i) => [i.code, i.code === 'o1' || i.code === 'o7' ? 0 : 100] as [string, number]),
});
