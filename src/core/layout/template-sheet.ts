/** The `คะแนน ITA` score template: labelled fields, tools, the 10 indicators and the edition's items. */
import type { Edition } from '../editions/types';
import { TEMPLATE_LABELS } from '../sheet-input';
import { COLORS, SheetBuilder } from './builder';
import type { SheetSpec } from './model';
import type { CellValue } from '../grid';
import { TEMPLATE_SHEET } from '../sheet-names';

export function templateSheet(edition: Edition, opts: { name?: string; agency?: string; agencyType?: string; year?: number }): SheetSpec {
  const b = new SheetBuilder(opts.name ?? TEMPLATE_SHEET, 'replace', [120, 460, 100]);
  b.title('แบบกรอกคะแนนผลการประเมิน ITA (กรอกเฉพาะช่องสีเหลือง)', 3);
  const fields: [string, CellValue][] = [
    [TEMPLATE_LABELS.agency, opts.agency ?? ''],
    [TEMPLATE_LABELS.agencyType, opts.agencyType ?? ''],
    [TEMPLATE_LABELS.year, opts.year ?? edition.fromYear],
    [TEMPLATE_LABELS.publishedTotal, ''],
    [TEMPLATE_LABELS.publishedLevel, ''],
  ];
  const f0 = b.next;
  for (const [k, v] of fields) b.row([k, v]);
  b.style({ row: f0, col: 1, rows: fields.length, cols: 1 }, { bold: true });
  b.style({ row: f0, col: 2, rows: fields.length, cols: 1 }, { background: '#fff2cc', border: true, hAlign: 'left' });
  b.spec.validations.push({ kind: 'number', rect: { row: f0 + 3, col: 2, rows: 1, cols: 1 }, min: 0, max: 100, helpText: 'คะแนนรวม 0–100' });

  b.blank();
  b.header(['เครื่องมือ', 'ชื่อเครื่องมือ', 'คะแนน']);
  const tools = b.table(
    edition.tools.map((t) => [t.id === 'EIT1' ? 'EIT ส่วนที่ 1' : t.id === 'EIT2' ? 'EIT ส่วนที่ 2' : t.id, t.nameTh, null]),
    3,
  );
  scoreCells(b, tools.row, tools.rows);

  b.blank();
  b.header(['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน']);
  const ind = b.table(
    edition.indicators.map((i) => [i.no, i.nameTh, null]),
    3,
  );
  b.style({ ...ind, col: 1, cols: 1 }, { hAlign: 'center' });
  scoreCells(b, ind.row, ind.rows);

  b.blank();
  b.header(['ข้อ', 'ข้อคำถาม/รายการ (ไม่บังคับ: กรอกเพื่อรับข้อเสนอแนะรายข้อ)', 'คะแนน']);
  const lists = [edition.itemLists.IIT, edition.itemLists.EIT, edition.itemLists.OIT];
  const items = b.table(
    lists.flatMap((l) => l.items.map((i) => [i.code, i.nameTh, null])),
    3,
  );
  scoreCells(b, items.row, items.rows);
  b.spec.frozenRows = 1;
  b.spec.print.landscape = false;
  b.spec.tabColor = COLORS.header;
  return b.spec;
}

function scoreCells(b: SheetBuilder, row: number, rows: number): void {
  const rect = { row, col: 3, rows, cols: 1 };
  b.style(rect, { background: '#fff2cc', numberFormat: '0.00' });
  b.spec.validations.push({ kind: 'number', rect, min: 0, max: 100, helpText: 'คะแนน 0–100' });
}
