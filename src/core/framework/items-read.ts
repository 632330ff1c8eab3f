/**
 * The items table of one definition → its item lists (one per tool that has rows), checked: a code
 * once only, an item in one sub-indicator, no empty sub-indicator, every indicator of the tool with
 * items, codes the score sheets can carry (o5, i12: the tool's letter and one or two digits).
 */
import { INDICATORS } from '../editions';
import type { ItemDef, ItemList, SubIndicatorDef, ToolFamily } from '../editions/types';
import { cellNumber, toArabicDigits } from '../numbers';
import { cellError, cellLabel, rowsError, textOf, type CellRef } from './cells';
import type { TableRow } from './tables';

interface ItemRow {
  row: TableRow;
  family: ToolFamily;
  indicator: number;
  sub: string | null;
  subName: string;
  code: string | null;
  name: string;
}

const FAMILIES: readonly ToolFamily[] = ['IIT', 'EIT', 'OIT'];
const PREFIX: Record<ToolFamily, string> = { IIT: 'i', EIT: 'e', OIT: 'o' };

export function readItemLists(rows: TableRow[]): Partial<Record<ToolFamily, ItemList>> {
  const parsed = rows.map(itemRow);
  const out: Partial<Record<ToolFamily, ItemList>> = {};
  for (const family of FAMILIES) {
    const mine = parsed.filter((r) => r.family === family);
    if (mine.length) out[family] = listOf(family, mine);
  }
  return out;
}

function itemRow(row: TableRow): ItemRow {
  const family = familyAt(row.value('tool'), row.at('tool'));
  const indicator = indicatorAt(row.value('indicator'), row.at('indicator'), family);
  const sub = subAt(row, family, indicator);
  const rawCode = textOf(row.value('code'));
  const name = textOf(row.value('itemName'));
  const code = rawCode ? codeAt(rawCode, row.at('code'), family) : null;
  if (code && !name) throw cellError(row.at('itemName'), `ไม่ได้ระบุชื่อข้อ ${code}`, `no name given for item ${code}`);
  if (!code && name) throw cellError(row.at('code'), `ไม่ได้ระบุรหัสข้อของ "${name}"`, `no code given for "${name}"`);
  if (!code && !sub) throw cellError(row.at('code'), 'แถวนี้ไม่มีรหัสข้อและชื่อข้อ', 'this row has no item code and no name');
  return { row, family, indicator, sub, subName: textOf(row.value('subName')), code, name };
}

function familyAt(v: unknown, at: CellRef): ToolFamily {
  const text = textOf(v as string).toUpperCase();
  const family = FAMILIES.find((f) => text === f || (f === 'EIT' && /^EIT\s*(ส่วนที่|PART)?\s*[12๑๒]$/.test(text)));
  if (!family) {
    throw cellError(at, `ไม่รู้จักเครื่องมือ "${textOf(v as string)}" (ใช้ IIT, EIT หรือ OIT)`, `unknown tool "${textOf(v as string)}" (use IIT, EIT or OIT)`);
  }
  return family;
}

function indicatorAt(v: unknown, at: CellRef, family: ToolFamily): number {
  const n = cellNumber(v, () => cellLabel(at));
  if (n === null) throw cellError(at, 'ไม่ได้ระบุตัวชี้วัดที่', 'no indicator number given');
  const def = INDICATORS.find((d) => d.no === n);
  if (!def) throw cellError(at, `ไม่มีตัวชี้วัดที่ ${n} (มีตัวชี้วัดที่ 1–10)`, `there is no indicator ${n} (1–10)`);
  if (def.family !== family) {
    throw cellError(at, `ตัวชี้วัดที่ ${n} เป็นของเครื่องมือ ${def.family} ไม่ใช่ ${family}`, `indicator ${n} belongs to ${def.family}, not ${family}`);
  }
  return n;
}

function subAt(row: TableRow, family: ToolFamily, indicator: number): string | null {
  const text = toArabicDigits(textOf(row.value('sub')));
  if (!text) return null;
  const at = row.at('sub');
  if (family !== 'OIT')
    throw cellError(at, `ตัวชี้วัดย่อยใช้กับ OIT เท่านั้น ข้อของ ${family} ให้เว้นว่าง`, `sub-indicators are for OIT only; leave it blank for ${family} items`);
  const m = /^(\d{1,2})\.(\d{1,2})$/.exec(text);
  if (!m) throw cellError(at, `ตัวชี้วัดย่อย "${text}" ต้องเขียนแบบ ${indicator}.1`, `sub-indicator "${text}" must read like ${indicator}.1`);
  if (Number(m[1]) !== indicator) {
    throw cellError(
      at,
      `ตัวชี้วัดย่อย ${text} ไม่ได้อยู่ในตัวชี้วัดที่ ${indicator} ของแถวนี้`,
      `sub-indicator ${text} is not part of indicator ${indicator} given on this row`,
    );
  }
  return `${Number(m[1])}.${Number(m[2])}`;
}

/** 'O๕', ' o 5 ' → 'o5'; the score sheet reads codes of the tool's letter and one or two digits. */
function codeAt(raw: string, at: CellRef, family: ToolFamily): string {
  const code = toArabicDigits(raw).replace(/\s+/g, '').toLowerCase();
  const prefix = PREFIX[family];
  if (!new RegExp(`^${prefix}\\d{1,2}$`).test(code)) {
    throw cellError(
      at,
      `รหัสข้อ "${raw}" ของ ${family} ต้องเป็น ${prefix} ตามด้วยเลข 1–2 หลัก เช่น ${prefix}5`,
      `item code "${raw}" of ${family} must be ${prefix} and one or two digits, like ${prefix}5`,
    );
  }
  return `${prefix}${Number(code.slice(1))}`;
}

function listOf(family: ToolFamily, rows: ItemRow[]): ItemList {
  const items: ItemDef[] = [];
  const firstOf = new Map<string, ItemRow>();
  const subs = new Map<string, { def: SubIndicatorDef; first: ItemRow; named: ItemRow | null }>();
  for (const r of rows) {
    if (r.sub) noteSub(subs, r);
    if (!r.code) continue;
    const before = firstOf.get(r.code);
    if (before) {
      if (before.sub !== r.sub) {
        throw cellError(
          r.row.at('sub'),
          `ข้อ ${r.code} อยู่ทั้งในตัวชี้วัดย่อย ${before.sub ?? '(ไม่ระบุ)'} (แถวที่ ${before.row.row}) และ ${r.sub ?? '(ไม่ระบุ)'}: ข้อหนึ่งอยู่ได้ในตัวชี้วัดย่อยเดียว`,
          `item ${r.code} is in sub-indicator ${before.sub ?? '(none)'} (row ${before.row.row}) and in ${r.sub ?? '(none)'}: an item belongs to one sub-indicator`,
        );
      }
      throw cellError(r.row.at('code'), `รหัสข้อ ${r.code} ซ้ำกับแถวที่ ${before.row.row}`, `item code ${r.code} repeats row ${before.row.row}`);
    }
    firstOf.set(r.code, r);
    const item: ItemDef = { code: r.code, indicator: r.indicator, nameTh: r.name };
    if (r.sub) {
      item.sub = r.sub;
      subs.get(r.sub)!.def.items.push(r.code);
    }
    items.push(item);
  }
  const [first, last] = [rows[0].row.row, rows[rows.length - 1].row.row];
  const sheet = rows[0].row.at('code').sheet;
  const withSub = rows.find((r) => r.code && r.sub);
  const withoutSub = rows.find((r) => r.code && !r.sub);
  if (withSub && withoutSub) {
    throw cellError(
      withoutSub.row.at('sub'),
      `ข้อ ${withoutSub.code} ไม่ได้ระบุตัวชี้วัดย่อย ขณะที่ข้ออื่นของ ${family} ระบุไว้ (เช่น แถวที่ ${withSub.row.row})`,
      `item ${withoutSub.code} has no sub-indicator while other ${family} items have one (e.g. row ${withSub.row.row})`,
    );
  }
  for (const { def, first: r, named } of subs.values()) {
    if (!def.items.length) throw cellError(r.row.at('sub'), `ตัวชี้วัดย่อย ${def.id} ไม่มีข้อ`, `sub-indicator ${def.id} holds no item`);
    if (!named) throw cellError(r.row.at('subName'), `ไม่ได้ระบุชื่อตัวชี้วัดย่อย ${def.id}`, `no name given for sub-indicator ${def.id}`);
  }
  for (const ind of INDICATORS.filter((d) => d.family === family)) {
    if (!items.some((i) => i.indicator === ind.no)) {
      throw rowsError(
        sheet,
        first,
        last,
        `รายการข้อของ ${family} ไม่มีข้อของตัวชี้วัดที่ ${ind.no} (ทุกตัวชี้วัดของเครื่องมือต้องมีข้อ)`,
        `the ${family} items hold none of indicator ${ind.no} (every indicator of the tool needs items)`,
      );
    }
  }
  missingCode(family, firstOf);
  const list: ItemList = { id: `user-${family.toLowerCase() as Lowercase<ToolFamily>}`, family, items, verified: true };
  if (subs.size) list.subIndicators = [...subs.values()].map((s) => s.def);
  return list;
}

/**
 * Codes are numbered from 1 without a gap in every list: a gap is a row deleted by mistake (o6 gone
 * leaves o5 and o7), which would shift every worth on the path to the target.
 */
function missingCode(family: ToolFamily, byCode: Map<string, ItemRow>): void {
  const numbers = [...byCode.keys()].map((c) => Number(c.slice(1))).sort((a, b) => a - b);
  const gap = numbers.findIndex((n, k) => n !== k + 1);
  if (gap < 0) return;
  const code = `${PREFIX[family]}${gap + 1}`;
  const after = gap > 0 ? byCode.get(`${PREFIX[family]}${numbers[gap - 1]}`) : undefined;
  const next = byCode.get(`${PREFIX[family]}${numbers[gap]}`)!;
  const between = after
    ? `ระหว่างข้อ ${after.code} (แถวที่ ${after.row.row}) และข้อ ${next.code} (แถวที่ ${next.row.row})`
    : `ก่อนข้อ ${next.code} (แถวที่ ${next.row.row})`;
  const betweenEn = after ? `between ${after.code} (row ${after.row.row}) and ${next.code} (row ${next.row.row})` : `before ${next.code} (row ${next.row.row})`;
  throw cellError(
    next.row.at('code'),
    `รายการข้อของ ${family} ไม่มีข้อ ${code} ${between} แถวของข้อนั้นอาจถูกลบไป โปรดเพิ่มแถวของข้อ ${code} กลับ หรือเรียงรหัสข้อใหม่ให้ต่อเนื่องตั้งแต่ ${PREFIX[family]}1`,
    `the ${family} items have no ${code} ${betweenEn}: its row may have been deleted; add it back, or renumber the codes from ${PREFIX[family]}1 without a gap`,
  );
}

/** Records a sub-indicator on its first row; its name may be given on any of its rows, the same each time. */
function noteSub(subs: Map<string, { def: SubIndicatorDef; first: ItemRow; named: ItemRow | null }>, r: ItemRow): void {
  const id = r.sub as string;
  let s = subs.get(id);
  if (!s) {
    s = { def: { id, indicator: r.indicator, nameTh: '', items: [] }, first: r, named: null };
    subs.set(id, s);
  }
  if (!r.subName) return;
  if (s.named && s.def.nameTh !== r.subName) {
    throw cellError(
      r.row.at('subName'),
      `ชื่อตัวชี้วัดย่อย ${id} ไม่ตรงกับแถวที่ ${s.named.row.row} ("${s.def.nameTh}")`,
      `sub-indicator ${id} is named differently on row ${s.named.row.row} ("${s.def.nameTh}")`,
    );
  }
  s.def.nameTh = r.subName;
  s.named ??= r;
}
