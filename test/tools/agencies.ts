/**
 * Generated tables of many agencies (a province's local governments, or the whole country) with
 * a seeded random source, so tests and the benchmark see the same figures on every run. Scores hang
 * together as real ones do: tool scores are the means of their indicators (EIT split around its mean),
 * and in 2568 the OIT indicators are computed from o1–o28.
 */
import { editionForYear } from '../../src/core/editions';
import type { Grid, GridValue } from '../../src/core/grid';
import { round2 } from '../../src/core/numbers';
import { oitIndicatorsFromItems } from '../../src/core/worth/recompute';

export interface GenOptions {
  agencies: number;
  years: number[];
  seed?: number;
  /** Provinces to spread agencies over (one when omitted). */
  provinces?: number;
  /** OIT item columns (o1–o28) for 2568 rows. */
  items?: boolean;
  /** Write later years' names abbreviated (อบต.…, ทต.…), as many offices type them. */
  abbreviateLater?: boolean;
}

const SYLLABLES = ['บ้าน', 'หนอง', 'ดอน', 'นา', 'โคก', 'ห้วย', 'ทุ่ง', 'วัง', 'โพธิ์', 'ป่า', 'แม่', 'สระ', 'เขา', 'บึง', 'คลอง', 'ท่า'];
const WORDS = ['ใหม่', 'แก้ว', 'ทอง', 'งาม', 'ใหญ่', 'หลวง', 'เหนือ', 'ใต้', 'สูง', 'ยาว', 'แดง', 'ขาว', 'ศรี', 'เจริญ', 'สุข', 'ไทร', 'มะม่วง', 'ยาง', 'จันทร์', 'ตาล'];
const DISTRICTS = ['เมือง', 'บ้านไร่', 'หนองบัว', 'ท่าช้าง', 'นาดี', 'โพนทอง', 'ศรีสำโรง', 'วังทอง', 'เขาสมิง', 'บางปลา'];

export const HEADER = [
  'ลำดับ',
  'ชื่อหน่วยงาน',
  'ประเภท',
  'อำเภอ',
  'จังหวัด',
  'ปีงบประมาณ',
  ...Array.from({ length: 10 }, (_, k) => `ตัวชี้วัดที่ ${k + 1}`),
  'IIT',
  'EIT ส่วนที่ 1',
  'EIT ส่วนที่ 2',
  'OIT',
  'คะแนนรวม',
];
export const ITEM_COLUMNS = Array.from({ length: 28 }, (_, k) => `o${k + 1}`);

/** Park–Miller: small, seeded, the same everywhere. */
export function random(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

export interface GenAgency {
  name: string;
  short: string;
  type: string;
  district: string;
  province: string;
}

export function agencyList(n: number, provinces = 1, seed = 7): GenAgency[] {
  const rnd = random(seed);
  const used = new Set<string>();
  return Array.from({ length: n }, (_, k) => {
    const province = `จังหวัดทดสอบ${provinces > 1 ? (k % provinces) + 1 : ''}`;
    let stem: string;
    do
      stem =
        SYLLABLES[Math.floor(rnd() * SYLLABLES.length)] + WORDS[Math.floor(rnd() * WORDS.length)] + (used.size > 300 ? String(Math.floor(rnd() * 1e6)) : '');
    while (used.has(`${province}${stem}`));
    used.add(`${province}${stem}`);
    const slot = k % 40;
    const [type, long, short] =
      slot === 0
        ? ['อบจ.', 'องค์การบริหารส่วนจังหวัด', 'อบจ.']
        : slot === 1
          ? ['เทศบาลเมือง', 'เทศบาลเมือง', 'ทม.']
          : slot < 9
            ? ['เทศบาลตำบล', 'เทศบาลตำบล', 'ทต.']
            : ['อบต.', 'องค์การบริหารส่วนตำบล', 'อบต.'];
    return { name: `${long}${stem}`, short: `${short}${stem}`, type, district: `อำเภอ${DISTRICTS[k % DISTRICTS.length]}`, province };
  });
}

/** The table: header and one row per agency and year, years in the order given. */
export function agencyTable(o: GenOptions): Grid {
  const list = agencyList(o.agencies, o.provinces, o.seed);
  const rnd = random((o.seed ?? 7) * 31 + 1);
  const header = [...HEADER, ...(o.items ? ITEM_COLUMNS : [])];
  const rows: GridValue[][] = [header];
  o.years.forEach((year, y) => {
    list.forEach((a, k) => {
      const base = 60 + rnd() * 40;
      const ind = Array.from({ length: 10 }, () => round2(Math.min(100, Math.max(0, base + (rnd() - 0.3) * 25))));
      let items: number[] = [];
      if (o.items && year >= 2568) {
        items = ITEM_COLUMNS.map(() => (rnd() < base / 110 ? 100 : 0));
        const oit = oitIndicatorsFromItems(editionForYear(year).itemLists.OIT, new Map(ITEM_COLUMNS.map((c, i) => [c, items[i]])));
        ind[8] = round2(oit[0].value!);
        ind[9] = round2(oit[1].value!);
      }
      const m = (a: number, b: number) => round2(ind.slice(a, b).reduce((s, v) => s + v, 0) / (b - a));
      const eit = m(5, 8);
      const split = round2(Math.min(eit, 100 - eit, rnd() * 3));
      const tools = [m(0, 5), round2(eit + split), round2(eit - split), m(8, 10)];
      const total = round2(0.3 * tools[0] + 0.15 * tools[1] + 0.15 * tools[2] + 0.4 * tools[3]);
      const name = o.abbreviateLater && y > 0 ? a.short : a.name;
      rows.push([
        k + 1,
        name,
        a.type,
        a.district,
        a.province,
        year,
        ...ind,
        ...tools,
        total,
        ...(items.length ? items : o.items ? ITEM_COLUMNS.map(() => null) : []),
      ]);
    });
  });
  return rows;
}

/** The table as CSV text (UTF-8), as a warehouse export would give it. */
export function toCsv(grid: Grid): string {
  return (
    grid.map((r) => r.map((v) => (v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(',')).join('\n') + '\n'
  );
}
