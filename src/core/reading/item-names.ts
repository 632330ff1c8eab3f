/**
 * OIT items pasted with a code and a name are matched to the edition's items by name first, code
 * second: OIT lists renumber from year to year (a 2569 list read by 2568 codes would give advice
 * for the wrong items) while the names stay. An item whose name matches none is kept under the
 * pasted code and name. Survey items (IIT/EIT) are pasted as whole questions while the lists hold
 * short phrases, so they stay matched by code.
 */
import type { Edition, ItemDef } from '../editions/types';
import type { Label } from '../errors';
import type { ItemScore } from '../score-sheet';
import { foldThai } from './thai-text';

export interface ItemsByName {
  /** Items under the edition's codes. */
  items: ItemScore[];
  /** Named items that match no item of the edition: kept as pasted. */
  pasted: ItemScore[];
  warnings: Label[];
}

/** Share of the pasted name that must be found, in order, in the edition's name (and of that name covered). */
const WITHIN = 0.9;
const COVERS = 0.6;
/** A pasted name this long found whole inside one edition name is that item ('โครงสร้าง'). */
const MIN_PART = 8;

export function matchItemsByName(edition: Edition, items: readonly ItemScore[]): ItemsByName {
  const defs = edition.itemLists.OIT.items;
  const byCode = new Map(defs.map((d) => [d.code, d]));
  const out: ItemsByName = { items: [], pasted: [], warnings: [] };
  const taken = new Set<string>();
  for (const item of items) {
    const name = nameOf(item.text);
    if (!item.code.startsWith('o') || !name) {
      out.items.push(item);
      continue;
    }
    const named = bestByName(defs, name, item.code);
    if (!named || taken.has(named.code)) {
      out.pasted.push(item);
      continue;
    }
    taken.add(named.code);
    const coded = byCode.get(item.code);
    if (named.code !== item.code) out.warnings.push(nameWins(edition, item, named, coded));
    out.items.push({ ...item, code: named.code });
  }
  if (out.pasted.length) out.warnings.push(keptAsPasted(edition, out.pasted));
  return out;
}

/** The edition's item a pasted OIT item's indicator is taken from: its code's, else the list's last. */
export function pastedIndicator(edition: Edition, code: string): number {
  const defs = edition.itemLists.OIT.items;
  return (defs.find((d) => d.code === code) ?? defs[defs.length - 1]).indicator;
}

/** The pasted wording without a score typed after it ('แผนปฏิบัติการป้องกันการทุจริต ๐๐.๐๐'). */
function nameOf(text: string): string {
  return foldThai(text.replace(/(ได้)?\s*(คะแนน)?\s*[0-9๐-๙.]*\s*(คะแนน)?\s*$/, ''));
}

function bestByName(defs: readonly ItemDef[], name: string, code: string): ItemDef | null {
  const exact = defs.filter((d) => foldThai(d.nameTh) === name);
  if (exact.length) return exact.find((d) => d.code === code) ?? exact[0];
  const scored = defs
    .map((d) => ({ d, fit: fit(name, foldThai(d.nameTh)) }))
    .filter((x) => x.fit > 0)
    .sort((a, b) => b.fit - a.fit || Number(b.d.code === code) - Number(a.d.code === code));
  return scored[0]?.d ?? null;
}

/** How well a pasted name fits an edition name (0: not at all): most of each found in the other, or a part found whole. */
function fit(pasted: string, def: string): number {
  const p = [...pasted];
  const d = [...def];
  if (p.length >= MIN_PART && def.includes(pasted)) return 1 + p.length / d.length;
  if (d.length >= MIN_PART && pasted.includes(def)) return 1 + d.length / p.length;
  const common = lcs(p, d);
  const short = Math.min(p.length, d.length);
  const long = Math.max(p.length, d.length);
  return common >= WITHIN * short && common >= COVERS * long ? common / long : 0;
}

/** Length of the longest common subsequence. */
function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = [0];
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return prev[b.length];
}

function nameWins(edition: Edition, item: ItemScore, named: ItemDef, coded: ItemDef | undefined): Label {
  const codeSays = coded ? `แต่รหัส ${item.code} ใน${edition.labelTh} คือ "${coded.nameTh}"` : `แต่รหัส ${item.code} ไม่มีใน${edition.labelTh}`;
  const codeSaysEn = coded
    ? `but ${item.code} is "${coded.nameTh}" in the ${edition.fromYear} framework`
    : `but ${item.code} is not in the ${edition.fromYear} framework`;
  return {
    th: `เซลล์ ${item.cell}: ชื่อข้อ "${item.text}" ตรงกับข้อ ${named.code} "${named.nameTh}" ${codeSays} จึงอ่านเป็นข้อ ${named.code} ตามชื่อ โปรดตรวจสอบ`,
    en: `cell ${item.cell}: the item named "${item.text}" is ${named.code} "${named.nameTh}" ${codeSaysEn}, so it was read as ${named.code} by its name; please check`,
  };
}

function keptAsPasted(edition: Edition, items: readonly ItemScore[]): Label {
  const th = items.map((i) => `${i.code} "${i.text}" (เซลล์ ${i.cell})`).join(', ');
  const en = items.map((i) => `${i.code} (cell ${i.cell})`).join(', ');
  return {
    th: `ชื่อข้อ ${th} ไม่ตรงกับข้อใดใน${edition.labelTh} จึงเก็บไว้ตามรหัสและชื่อที่วาง และไม่ได้นำไปคำนวณเส้นทางสู่เป้าหมาย หากเกณฑ์ของปีนี้ต่างจากที่ติดมากับโปรแกรม โปรดกำหนดรายการข้อในแผ่นงาน กรอบการประเมิน`,
    en: `Item(s) ${en} match no item of the ${edition.fromYear} framework by name, so they are kept under the pasted code and name and left out of the path to the target; if this year's list differs, define it in the กรอบการประเมิน sheet`,
  };
}
