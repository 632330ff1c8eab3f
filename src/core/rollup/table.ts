/**
 * A table with a row per agency (name, type, district, province, year, indicator or tool scores,
 * total, level, OIT items), its columns found by header text in Thai or English. The ITAS result
 * tables as people copy them (อันดับ | หน่วยงาน | คะแนน | ระดับ) are one such table. A row that
 * cannot be read is reported with its sheet and row and left out; the rest are read.
 */
import type { ToolId } from '../editions/types';
import type { Label } from '../errors';
import { columnLetter, type Grid, type GridValue, isDateValue } from '../grid';
import { parseNumberText, toArabicDigits } from '../numbers';
import { indicatorOfRow } from '../reading/indicator-names';
import { letterCode } from '../reading/item-codes';
import { toolOf } from '../reading/tools';
import { yearOf } from '../reading/year-columns';
import { agencyTypeOf } from './agency-types';
import type { AgencyRecord, ReadAgencies } from './types';

type Field =
  | { kind: 'rank' | 'name' | 'type' | 'district' | 'province' | 'year' | 'total' | 'level' }
  | { kind: 'indicator'; no: number }
  | { kind: 'tool'; id: ToolId }
  | { kind: 'item'; code: string };

export interface AgencyTable {
  /** 0-based header row. */
  header: number;
  fields: [number, Field][];
}

const HEADER_ROWS = 20;
// Tried in this order: 'ประเภทหน่วยงาน' is a type, 'ชื่อหน่วยงาน' a name.
const HEADERS: [RegExp, Field['kind']][] = [
  [/^(ลำดับ|อันดับ|ที่$|no\.?$|rank)/i, 'rank'],
  [/^(ประเภท|รูปแบบ|type|kind)/i, 'type'],
  [/^(อำเภอ|เขต|district|amphoe)/i, 'district'],
  [/^(จังหวัด|province|changwat)/i, 'province'],
  [/^(ปี|year|fiscal)/i, 'year'],
  [/^(คะแนนรวม|คะแนนภาพรวม|คะแนนเฉลี่ย|คะแนน\s*ita|คะแนน$|ผลคะแนน|total|score$)/i, 'total'],
  [/^(ระดับ|level|ผลการประเมิน$)/i, 'level'],
  // 'ชื่อเครื่องมือ' heads a score sheet's tool table, not agencies.
  [/^(ชื่อ\s*)?(หน่วยงาน|ส่วนราชการ|องค์กรปกครองส่วนท้องถิ่น|อปท|สถานศึกษา|โรงเรียน)|^(agency|name|ชื่อ)$/i, 'name'],
];
/** Cells that mean "no figure" rather than a mistake. */
const NONE = /^[-–—]$|^ไม่มี|^n\/?a$/i;

/** The table's header row: a name column and at least one score column; null when the grid holds none. */
export function findAgencyTable(grid: Grid): AgencyTable | null {
  for (let r = 0; r < Math.min(grid.length, HEADER_ROWS); r++) {
    const fields: [number, Field][] = [];
    (grid[r] ?? []).forEach((v, c) => {
      const field = typeof v === 'string' && v.trim() ? fieldOf(v.trim()) : null;
      if (field && !fields.some(([, f]) => sameField(f, field))) fields.push([c, field]);
    });
    const has = (kind: Field['kind']) => fields.some(([, f]) => f.kind === kind);
    if (has('name') && fields.some(([, f]) => f.kind === 'total' || f.kind === 'indicator' || f.kind === 'tool')) return { header: r, fields };
  }
  return null;
}

function sameField(a: Field, b: Field): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'indicator' && b.kind === 'indicator') return a.no === b.no;
  if (a.kind === 'tool' && b.kind === 'tool') return a.id === b.id;
  if (a.kind === 'item' && b.kind === 'item') return a.code === b.code;
  return true;
}

function fieldOf(text: string): Field | null {
  const item = /^[oO]\s*[0-9๐-๙]{1,2}$/.test(text.trim()) ? letterCode(text) : null;
  if (item) return { kind: 'item', code: item.code };
  const tool = toolOf(text);
  if (tool) return { kind: 'tool', id: tool };
  const ind = indicatorOfRow([text], false, false);
  if (ind) return { kind: 'indicator', no: ind.no };
  for (const [re, kind] of HEADERS) if (re.test(text)) return { kind } as Field;
  return null;
}

/**
 * Reads every row under the header. `year` is the table's own year when it has no year column
 * (a title line above it, the sheet's name, or --year); a row without any is reported.
 */
export function readAgencyTable(grid: Grid, sheet: string, table: AgencyTable, year: number | null): ReadAgencies {
  const out: ReadAgencies = { records: [], bad: [], notes: [] };
  const col = (kind: Field['kind']) => table.fields.find(([, f]) => f.kind === kind)?.[0];
  const [nameCol, typeCol, districtCol, provinceCol, yearCol, totalCol, levelCol] = (
    ['name', 'type', 'district', 'province', 'year', 'total', 'level'] as const
  ).map(col);
  const scoreFields = table.fields.filter(([, f]) => f.kind === 'indicator' || f.kind === 'tool' || f.kind === 'item' || f.kind === 'total');
  const headerName = text(grid[table.header][nameCol!]);
  const tableYear = year ?? yearAbove(grid, table.header) ?? yearOf(sheet.trim());
  for (let r = table.header + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const where = (c?: number): Label =>
      c === undefined
        ? { th: `แผ่นงาน "${sheet}" แถว ${r + 1}`, en: `sheet "${sheet}" row ${r + 1}` }
        : { th: `แผ่นงาน "${sheet}" เซลล์ ${columnLetter(c + 1)}${r + 1}`, en: `sheet "${sheet}" cell ${columnLetter(c + 1)}${r + 1}` };
    const name = text(row[nameCol!]);
    const anyScore = scoreFields.some(([c]) => !isNone(row[c]));
    if (!name && !anyScore) continue;
    // A header repeated down a pasted table, or a sub-total line.
    if (name === headerName) continue;
    if (!name) {
      out.bad.push(bad(where(nameCol), 'ไม่มีชื่อหน่วยงาน', 'no agency name'));
      continue;
    }
    const record: AgencyRecord = {
      name,
      type: agencyTypeOf(typeCol === undefined ? '' : text(row[typeCol])) ?? agencyTypeOf(name) ?? 'other',
      district: districtCol === undefined ? null : text(row[districtCol]) || null,
      province: provinceCol === undefined ? null : text(row[provinceCol]) || null,
      year: 0,
      indicators: Array<number | null>(10).fill(null),
      tools: {},
      items: new Map(),
      publishedTotal: null,
      publishedLevel: levelCol === undefined ? null : text(row[levelCol]) || null,
      source: where(),
    };
    const rowYear =
      yearCol === undefined || isNone(row[yearCol])
        ? tableYear
        : yearOf(typeof row[yearCol] === 'string' ? toArabicDigits(String(row[yearCol]).trim()) : row[yearCol]);
    if (rowYear === null) {
      const c = yearCol ?? nameCol;
      out.bad.push(
        yearCol === undefined || isNone(row[yearCol])
          ? bad(
              where(),
              `ไม่ทราบปีงบประมาณของ ${name} โปรดเพิ่มคอลัมน์ปีงบประมาณ หรือระบุ --year`,
              `the fiscal year of ${name} is not known; add a year column or give --year`,
            )
          : bad(where(c), `อ่านปีงบประมาณไม่ได้ ("${String(row[c!])}")`, `the fiscal year cannot be read ("${String(row[c!])}")`),
      );
      continue;
    }
    record.year = rowYear;
    const fault = readScores(row, scoreFields, record, where);
    if (fault) {
      out.bad.push(fault);
      continue;
    }
    if (totalCol !== undefined && record.publishedTotal === null && !hasScores(record)) {
      out.bad.push(bad(where(totalCol), `${name} ไม่มีคะแนน`, `${name} has no score`));
      continue;
    }
    out.records.push(record);
  }
  return out;
}

/** Fills the record's scores; the first value that is not a score 0–100 is the row's fault. */
function readScores(row: GridValue[], fields: [number, Field][], record: AgencyRecord, where: (c?: number) => Label): Label | null {
  for (const [c, f] of fields) {
    const v = row[c];
    if (isNone(v)) continue;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v) : null;
    if (n === null || !Number.isFinite(n))
      return bad(where(c), `ไม่ใช่ตัวเลข ("${String(isDateValue(v) ? v.date : v)}")`, `is not a number ("${String(isDateValue(v) ? v.date : v)}")`);
    if (n < 0 || n > 100) return bad(where(c), `คะแนนอยู่นอกช่วง 0–100 (${n})`, `the score is outside 0–100 (${n})`);
    if (f.kind === 'total') record.publishedTotal = n;
    else if (f.kind === 'indicator') record.indicators[f.no - 1] = n;
    else if (f.kind === 'tool') record.tools[f.id] = n;
    else if (f.kind === 'item') record.items.set(f.code, n);
  }
  return null;
}

function hasScores(r: AgencyRecord): boolean {
  return r.indicators.some((v) => v !== null) || Object.keys(r.tools).length > 0;
}

/** A year in a title line above the header ('ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'). */
function yearAbove(grid: Grid, header: number): number | null {
  for (let r = 0; r < header; r++) {
    for (const v of grid[r] ?? []) {
      if (typeof v !== 'string') continue;
      const m = /(?:พ\.\s*ศ\.|ปีงบประมาณ)\s*([0-9๐-๙]{4})/.exec(v);
      const y = m ? yearOf(toArabicDigits(m[1])) : null;
      if (y) return y;
    }
  }
  return null;
}

function text(v: GridValue | undefined): string {
  if (v === null || v === undefined) return '';
  return (isDateValue(v) ? v.date : String(v)).replace(/\s+/g, ' ').trim();
}

function isNone(v: GridValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && (v.trim() === '' || NONE.test(v.trim())));
}

function bad(where: Label, th: string, en: string): Label {
  return { th: `${where.th}: ${th} จึงไม่นำมาคำนวณ`, en: `${where.en}: ${en}; left out of the figures` };
}
