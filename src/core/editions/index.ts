import { ItaError } from '../errors';
import { INDICATORS, TOOLS_3, TOOLS_4 } from './indicators';
import { EIT_2561, EIT_2568, IIT_2561, IIT_2566, IIT_2568, OIT_2564, OIT_2566, OIT_2568 } from './item-lists';
import type { Edition, ItemList, LetterBand, ToolDef, ToolId } from './types';

export type * from './types';
export { INDICATORS } from './indicators';

const LETTER_BANDS: LetterBand[] = [
  { level: 'AA', min: 95 },
  { level: 'A', min: 85 },
  { level: 'B', min: 75 },
  { level: 'C', min: 65 },
  { level: 'D', min: 55 },
  { level: 'E', min: 50 },
  { level: 'F', min: 0 },
];

const PASS_2568 = {
  tools: [...TOOLS_4],
  indicators: [...INDICATORS],
  itemLists: { IIT: IIT_2568, EIT: EIT_2568, OIT: OIT_2568 },
  levelScheme: 'pass' as const,
};

/** Every edition since 2561, oldest first. The last one is the default ("newest"). */
export const EDITIONS: readonly Edition[] = [
  {
    id: '2561-2565',
    fromYear: 2561,
    toYear: 2565,
    labelTh: 'เกณฑ์ พ.ศ. 2561–2565',
    tools: [...TOOLS_3],
    indicators: [...INDICATORS],
    itemLists: { IIT: IIT_2561, EIT: EIT_2561, OIT: OIT_2564 },
    levelScheme: 'letter',
    bands: LETTER_BANDS,
    assumed: false,
    noteTh: 'รายการข้อ OIT ใช้ชุดของปี 2564–2565',
    noteEn: 'OIT items follow the 2564–2565 list',
  },
  {
    id: '2566',
    fromYear: 2566,
    toYear: 2566,
    labelTh: 'เกณฑ์ พ.ศ. 2566',
    tools: [...TOOLS_4],
    indicators: [...INDICATORS],
    itemLists: { IIT: IIT_2566, EIT: EIT_2561, OIT: OIT_2566 },
    levelScheme: 'pass',
    assumed: false,
  },
  {
    id: '2567',
    fromYear: 2567,
    toYear: 2567,
    labelTh: 'เกณฑ์ พ.ศ. 2567 (ใช้รายการข้อแบบปี 2568)',
    ...PASS_2568,
    assumed: true,
    noteTh: 'รายการข้อของปี 2567 ยังไม่ได้รับการยืนยัน จึงใช้รายการของปี 2568 หากปีนั้นใช้รายการอื่น เลือกเกณฑ์ที่ใช้ได้ในแผ่นงาน ตั้งค่า ITA',
    noteEn: 'The 2567 item lists are unverified; the 2568 lists are used; choose another edition for that year in the ตั้งค่า ITA sheet',
  },
  { id: '2568', fromYear: 2568, toYear: 2568, labelTh: 'เกณฑ์ พ.ศ. 2568', ...PASS_2568, assumed: false },
  {
    id: '2569+',
    fromYear: 2569,
    toYear: 2643,
    labelTh: 'เกณฑ์ พ.ศ. 2569 เป็นต้นไป (ใช้เกณฑ์ปี 2568)',
    ...PASS_2568,
    assumed: true,
    noteTh: 'เกณฑ์ของปี 2569 เป็นต้นไปยังไม่ได้ประกาศ จึงใช้เกณฑ์ปี 2568 เมื่อประกาศแล้วต่างไป กำหนดน้ำหนักหรือเกณฑ์ที่ใช้ได้ในแผ่นงาน ตั้งค่า ITA',
    noteEn: 'The framework from 2569 is not yet published; 2568 applies until a user sets weights or an edition for that year in the ตั้งค่า ITA sheet',
  },
];

export const NEWEST_EDITION = EDITIONS[EDITIONS.length - 1];

/**
 * A user's correction of an edition for one or more years, without a code change: tool weights,
 * an item list, bands. Lives in the settings sheet (`ตั้งค่า ITA`) or a JSON file for the CLI.
 */
export interface EditionOverride {
  /** B.E. years it applies to. */
  years: number[];
  /** Start from another edition's data (say '2566' for a year that went back to the old lists). */
  baseEdition?: string;
  weights?: Partial<Record<ToolId, number>>;
  itemLists?: Partial<Record<'IIT' | 'EIT' | 'OIT', ItemList>>;
  bands?: LetterBand[];
}

export function editionById(id: string): Edition | undefined {
  return EDITIONS.find((e) => e.id === id);
}

/** The edition for a B.E. fiscal year (newest when omitted), with any user override applied. */
export function editionForYear(yearBE: number | null, overrides: readonly EditionOverride[] = []): Edition {
  const base = yearBE === null ? NEWEST_EDITION : EDITIONS.find((e) => yearBE >= e.fromYear && yearBE <= e.toYear);
  if (!base) {
    throw new ItaError(`ไม่มีเกณฑ์การประเมินของปี ${yearBE}`, `No assessment framework for year ${yearBE}`);
  }
  const override = yearBE === null ? undefined : overrides.find((o) => o.years.includes(yearBE));
  return override ? applyOverride(base, override, yearBE as number) : base;
}

function applyOverride(found: Edition, o: EditionOverride, yearBE: number): Edition {
  const base = o.baseEdition ? editionById(o.baseEdition) : found;
  if (!base) {
    throw new ItaError(`ไม่รู้จักเกณฑ์ "${o.baseEdition}" ในการตั้งค่า`, `Unknown base edition "${o.baseEdition}" in the settings`);
  }
  const tools: ToolDef[] = base.tools.map((t) => ({ ...t, weight: o.weights?.[t.id] ?? t.weight }));
  const sum = tools.reduce((s, t) => s + t.weight, 0);
  if (Math.abs(sum - 100) > 1e-9) {
    throw new ItaError(
      `น้ำหนักเครื่องมือของปี ${yearBE} ในการตั้งค่ารวมได้ ${sum} ต้องรวมเป็น 100`,
      `Tool weights for ${yearBE} in the settings add up to ${sum}; they must add up to 100`,
    );
  }
  return {
    ...base,
    id: `${base.id}*${yearBE}`,
    fromYear: yearBE,
    toYear: yearBE,
    labelTh: `${base.labelTh} (ปรับตามการตั้งค่าของผู้ใช้)`,
    tools,
    itemLists: { ...base.itemLists, ...o.itemLists },
    bands: o.bands ?? base.bands,
  };
}

/** Weight of a family (IIT/EIT/OIT) in percent: EIT in 2566+ is part 1 + part 2. */
export function familyWeight(edition: Edition, family: ToolDef['family']): number {
  return edition.tools.filter((t) => t.family === family).reduce((s, t) => s + t.weight, 0);
}
