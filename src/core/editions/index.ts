/**
 * The built-in editions, in the same form a user defines in the `กรอบการประเมิน` sheet. Their
 * scoring part (tools, weights, indicators, levels, target) is small and always at hand; their
 * item lists load on first use, so the custom functions never pay for them.
 */
import { ItaError } from '../errors';
import { loadBuiltinLists } from './builtin-lists';
import { INDICATORS, TOOLS_3, TOOLS_4 } from './indicators';
import { LETTER_BANDS, PASS_RULES } from './levels';
import type { Edition, ItemList, ItemListId, Scoring, ToolDef, ToolFamily } from './types';

export type * from './types';
export { INDICATORS } from './indicators';

/** A built-in edition's scoring part and the ids of its item lists. */
interface BuiltinHead extends Scoring {
  lists: Record<ToolFamily, ItemListId>;
}

/** The last fiscal year any edition covers (open-ended editions run to it; as parseYear accepts). */
export const LAST_EDITION_YEAR = 2643;

const PASS = { levelScheme: 'pass' as const, passRules: PASS_RULES, target: 85 };
const LISTS_2568: BuiltinHead['lists'] = { IIT: 'iit-2568', EIT: 'eit-2568', OIT: 'oit-2568' };

/** Every edition since 2561, oldest first; the last one is the default ("newest"). */
const HEADS: readonly BuiltinHead[] = [
  {
    // OIT items of 2561–2563 are not known; the 2564–2565 list stands for the whole edition.
    id: '2561-2565',
    fromYear: 2561,
    toYear: 2565,
    labelTh: 'เกณฑ์ พ.ศ. 2561–2565',
    tools: [...TOOLS_3],
    indicators: [...INDICATORS],
    levelScheme: 'letter',
    bands: [...LETTER_BANDS],
    target: 85,
    lists: { IIT: 'iit-2561', EIT: 'eit-2561', OIT: 'oit-2564' },
  },
  {
    id: '2566',
    fromYear: 2566,
    toYear: 2566,
    labelTh: 'เกณฑ์ พ.ศ. 2566',
    tools: [...TOOLS_4],
    indicators: [...INDICATORS],
    ...PASS,
    lists: { IIT: 'iit-2566', EIT: 'eit-2561', OIT: 'oit-2566' },
  },
  {
    id: '2567',
    fromYear: 2567,
    toYear: 2567,
    labelTh: 'เกณฑ์ พ.ศ. 2567 (ใช้รายการข้อแบบปี 2568)',
    tools: [...TOOLS_4],
    indicators: [...INDICATORS],
    ...PASS,
    noteTh: 'รายการข้อของปี 2567 ยังไม่ได้รับการยืนยัน จึงใช้รายการของปี 2568',
    noteEn: 'The 2567 item lists are unverified; the 2568 lists are used',
    lists: LISTS_2568,
  },
  { id: '2568', fromYear: 2568, toYear: 2568, labelTh: 'เกณฑ์ พ.ศ. 2568', tools: [...TOOLS_4], indicators: [...INDICATORS], ...PASS, lists: LISTS_2568 },
  {
    // Ends at its year: a later year is analysed with it only with a warning (see pastBuiltin).
    id: '2569',
    fromYear: 2569,
    toYear: 2569,
    labelTh: 'เกณฑ์ พ.ศ. 2569 (ใช้เกณฑ์ปี 2568)',
    tools: [...TOOLS_4],
    indicators: [...INDICATORS],
    ...PASS,
    noteTh: 'เกณฑ์ของปี 2569 ยังไม่ได้ยืนยันในโปรแกรม จึงใช้เกณฑ์ปี 2568 จนกว่าผู้ใช้จะกำหนดเองในแผ่นงาน กรอบการประเมิน',
    noteEn: 'The 2569 framework is not confirmed in the program; 2568 applies until a user defines it in the กรอบการประเมิน sheet',
    lists: LISTS_2568,
  },
];

const NEWEST = HEADS[HEADS.length - 1];
/** The B.E. year the newest edition starts: what "no year given" means. */
export const NEWEST_YEAR = NEWEST.fromYear;
/** The last year a built-in edition is known to cover. */
export const NEWEST_LAST_YEAR = NEWEST.toYear;

/** True for a year after the newest built-in edition's last: its framework is not in the program. */
export function pastBuiltin(yearBE: number | null): boolean {
  return yearBE !== null && yearBE > NEWEST_LAST_YEAR;
}

/** A year past the newest edition gets the newest; callers that show results say so (pastBuiltin). */
function headFor(yearBE: number | null): BuiltinHead {
  if (yearBE === null || pastBuiltin(yearBE)) return NEWEST;
  const head = HEADS.find((e) => yearBE >= e.fromYear && yearBE <= e.toYear);
  if (!head) throw new ItaError(`ไม่มีเกณฑ์การประเมินของปี ${yearBE}`, `No assessment framework for year ${yearBE}`);
  return head;
}

/**
 * The edition to start a year's framework sheet from: for a year past the newest, the newest
 * relabelled with that year, to be edited once the year's framework is published.
 */
export function startingEdition(yearBE: number | null): { edition: Edition; from: Edition | null } {
  const edition = editionForYear(yearBE);
  if (yearBE === null || !pastBuiltin(yearBE)) return { edition, from: null };
  const relabelled: Edition = {
    ...edition,
    id: String(yearBE),
    fromYear: yearBE,
    toYear: yearBE,
    labelTh: `เกณฑ์ พ.ศ. ${yearBE} (ตั้งต้นจากเกณฑ์ พ.ศ. ${edition.fromYear} ที่ติดมากับโปรแกรม)`,
    noteTh: `ตั้งต้นจากเกณฑ์ พ.ศ. ${edition.fromYear} ที่ติดมากับโปรแกรม โปรดแก้ไขให้ตรงกับคู่มือการประเมินปี ${yearBE} แล้วลบข้อความนี้`,
    noteEn: `Started from the built-in ${edition.fromYear} framework: edit it to match the ${yearBE} assessment manual, then delete this note`,
  };
  return { edition: relabelled, from: edition };
}

/** What the total and level of a B.E. year depend on (newest when omitted); no item lists. */
export function scoringForYear(yearBE: number | null): Scoring {
  return headFor(yearBE);
}

let lists: Record<ItemListId, ItemList> | null = null;
const full = new Map<BuiltinHead, Edition>();

/** Every built-in item list by id (loaded on first use). */
export function builtinLists(): Readonly<Record<ItemListId, ItemList>> {
  return (lists ??= loadBuiltinLists());
}

/** True for the id of a built-in list (the catalogue's keys), false for a user's list. */
export function isBuiltinListId(id: string): id is ItemListId {
  return Object.prototype.hasOwnProperty.call(builtinLists(), id);
}

function editionOf(head: BuiltinHead): Edition {
  let edition = full.get(head);
  if (!edition) {
    const byId = builtinLists();
    const { lists: ids, ...scoring } = head;
    edition = { ...scoring, itemLists: { IIT: byId[ids.IIT], EIT: byId[ids.EIT], OIT: byId[ids.OIT] } };
    full.set(head, edition);
  }
  return edition;
}

/** The built-in edition of a B.E. fiscal year (newest when omitted), item lists included. */
export function editionForYear(yearBE: number | null): Edition {
  return editionOf(headFor(yearBE));
}

export function editionById(id: string): Edition | undefined {
  const head = HEADS.find((e) => e.id === id);
  return head && editionOf(head);
}

/** Every built-in edition, oldest first, item lists included. */
export function builtinEditions(): Edition[] {
  return HEADS.map(editionOf);
}

/** Weight of a family (IIT/EIT/OIT) in percent: EIT in 2566+ is part 1 + part 2. */
export function familyWeight(edition: Scoring, family: ToolDef['family']): number {
  return edition.tools.filter((t) => t.family === family).reduce((s, t) => s + t.weight, 0);
}
