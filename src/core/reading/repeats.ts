/**
 * Values a sheet gives more than once. The first is used; a later one that disagrees is pointed
 * out, naming both cells. Several disagreeing indicators at the same repeat are a second score
 * table (another year or agency pasted below), told once.
 */
import type { Label } from '../errors';
import { fixed2 } from '../numbers';

export interface Sighting {
  value: number;
  cell: string;
}

export class Repeats {
  private readonly seen = new Map<string, Sighting[]>();

  /** Records a value; true when it is the first for its key (the one to use). */
  add(key: string, value: number, cell: string): boolean {
    const list = this.seen.get(key) ?? [];
    list.push({ value, cell });
    this.seen.set(key, list);
    return list.length === 1;
  }

  /**
   * Warnings for the keys whose later values disagree with the first.
   * @param name what a key is called in a message ('ตัวชี้วัดที่ 4' / 'indicator 4')
   * @param table keys that belong to the indicator table, grouped as a second table when several disagree
   */
  warnings(name: (key: string) => Label, table: (key: string) => boolean): Label[] {
    const out: Label[] = [];
    const byRepeat = new Map<number, string[]>();
    for (const [key, list] of this.seen) {
      list.forEach((s, k) => {
        if (k === 0 || s.value === list[0].value || !table(key)) return;
        byRepeat.set(k, [...(byRepeat.get(k) ?? []), key]);
      });
    }
    for (const [k, keys] of byRepeat) {
      if (keys.length < 2) continue;
      const rows = [...this.seen].filter(([key, l]) => table(key) && l.length > k).map(([, l]) => l);
      const later = rows.map((l) => l[k].cell);
      const first = rows.map((l) => l[0].cell);
      const names = keys.map((key) => name(key));
      out.push({
        th: `พบตารางคะแนนชุดที่ ${k + 1} (เซลล์ ${span(later)}) ที่คะแนนไม่ตรงกับชุดแรก (เซลล์ ${span(first)}) ใน${names.map((n) => n.th).join(', ')} จึงใช้ชุดแรก หากชุดอื่นเป็นผลที่ถูกต้อง โปรดลบชุดที่ไม่ใช้ออกจากแผ่นงาน`,
        en: `Score table ${k + 1} (cells ${span(later)}) disagrees with the first (cells ${span(first)}) on ${names.map((n) => n.en).join(', ')}; the first is used; if another is right, delete the one not meant`,
      });
    }
    for (const [key, list] of this.seen) {
      const grouped = (k: number) => table(key) && (byRepeat.get(k)?.length ?? 0) >= 2;
      list.forEach((s, k) => {
        if (k === 0 || s.value === list[0].value || grouped(k)) return;
        const n = name(key);
        out.push({
          th: `${n.th} มีคะแนนสองค่า: ${fixed2(list[0].value)} (เซลล์ ${list[0].cell}) และ ${fixed2(s.value)} (เซลล์ ${s.cell}) จึงใช้ค่าแรก โปรดตรวจสอบว่าค่าใดถูกต้อง`,
          en: `${n.en} is given twice: ${fixed2(list[0].value)} (cell ${list[0].cell}) and ${fixed2(s.value)} (cell ${s.cell}); the first is used; check which is right`,
        });
      });
    }
    return out;
  }
}

function span(cells: string[]): string {
  return cells.length > 1 ? `${cells[0]}–${cells[cells.length - 1]}` : (cells[0] ?? '');
}
