/** Analysis → the `การวิเคราะห์ผล ITA` sheet (rewritten on every run). */
import type { Analysis } from '../analysis';
import { fixed2 } from '../numbers';
import { COLORS, SheetBuilder } from './builder';
import { pathSection } from './path-section';
import type { CellValue, SheetSpec } from './model';

export const ANALYSIS_SHEET = 'การวิเคราะห์ผล ITA';
const COLS = 8;
const SCORE = '0.00';

export function analysisSheet(a: Analysis): SheetSpec {
  const b = new SheetBuilder(ANALYSIS_SHEET, 'replace', [110, 240, 90, 90, 120, 110, 80, 420, 30, 170, 70, 80]);
  b.title(`การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${a.year}`, COLS);
  const pairs: [string, CellValue][] = [
    ['หน่วยงาน', a.agency],
    ['ปีงบประมาณที่ประเมิน', a.year],
    ['กรอบการประเมินที่ใช้', a.framework.th],
    ['คะแนนรวม', a.total],
    ['ระดับผลการประเมิน', a.level?.th ?? `ยังระบุไม่ได้: ${a.levelNote?.th ?? ''}`],
    ['คะแนนรวมที่ประกาศ', a.publishedTotal ?? 'ไม่ได้ระบุ'],
    ['ค่าเป้าหมาย', a.target],
  ];
  const first = b.next;
  for (const [k, v] of pairs) b.row([k, v]);
  b.style({ row: first, col: 1, rows: pairs.length, cols: 1 }, { bold: true, background: COLORS.band });
  b.style({ row: first + 3, col: 2, rows: 1, cols: 1 }, { numberFormat: SCORE, bold: true, fontSize: 13 });
  b.style({ row: first + 5, col: 2, rows: 1, cols: 1 }, { numberFormat: SCORE, hAlign: 'left' });
  b.style({ row: first + 1, col: 2, rows: 1, cols: 1 }, { numberFormat: '0', hAlign: 'left' });
  b.style({ row: first + 6, col: 2, rows: 1, cols: 1 }, { hAlign: 'left' });
  b.spec.frozenRows = 1;

  b.blank();
  b.row(['ผลการประเมินรายเครื่องมือ'], { bold: true, fontSize: 12 });
  b.header(['เครื่องมือ', 'ชื่อเครื่องมือ', 'คะแนน', 'น้ำหนัก (%)', 'คะแนนถ่วงน้ำหนัก', 'ผลเทียบค่าเป้าหมาย']);
  const tools = b.table(
    a.tools.map((t) => [t.id, t.nameTh, t.score, t.weight, t.points, t.pass ? 'ผ่าน' : 'ไม่ผ่าน']),
    6,
  );
  b.style({ ...tools, col: 3, cols: 1 }, { numberFormat: SCORE });
  b.style({ ...tools, col: 5, cols: 1 }, { numberFormat: SCORE });
  passColours(b, tools.row, a.tools.map((t) => t.pass), 6);

  b.blank();
  b.row(['ผลการประเมินรายตัวชี้วัด'], { bold: true, fontSize: 12 });
  const indHeader = b.header(['ตัวชี้วัดที่', 'ชื่อตัวชี้วัด', 'เครื่องมือ', 'คะแนน', 'ผลเทียบค่าเป้าหมาย', 'ห่างจากค่าเป้าหมาย', 'อันดับ', 'ข้อค้นพบ']);
  const ind = b.table(
    a.indicators.map((r) => [r.no, r.nameTh, r.family, r.score, r.pass ? 'ผ่าน' : 'ไม่ผ่าน', r.gap, r.rank, r.findingTh]),
    COLS,
  );
  b.style({ ...ind, col: 4, cols: 1 }, { numberFormat: SCORE });
  b.style({ ...ind, col: 6, cols: 1 }, { numberFormat: SCORE });
  b.style({ ...ind, col: 1, cols: 1 }, { hAlign: 'center' });
  b.style({ ...ind, col: 7, cols: 1 }, { hAlign: 'center' });
  passColours(b, ind.row, a.indicators.map((r) => r.pass), COLS);
  chartBlock(b, a, indHeader);

  b.blank();
  b.row(['จุดแข็งที่ควรรักษามาตรฐานไว้'], { bold: true, fontSize: 12, fontColor: COLORS.passText });
  listOf(b, a.strengths.map((no) => line(a, no)), 'ไม่มีตัวชี้วัดที่ผ่านค่าเป้าหมาย');
  b.row(['ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไข'], { bold: true, fontSize: 12, fontColor: COLORS.failText });
  listOf(b, a.weaknesses.map((no) => line(a, no)), 'ไม่มี ทุกตัวชี้วัดผ่านค่าเป้าหมาย');
  const top = Math.max(...a.indicators.map((r) => r.score));
  const low = Math.min(...a.indicators.map((r) => r.score));
  b.row([`ตัวชี้วัดที่ได้คะแนนสูงสุด (${fixed2(top)}): ${a.indicators.filter((r) => r.score === top).map((r) => `${r.no} ${r.nameTh}`).join(', ')}`]);
  b.row([`ตัวชี้วัดที่ได้คะแนนต่ำสุด (${fixed2(low)}): ${a.indicators.filter((r) => r.score === low).map((r) => `${r.no} ${r.nameTh}`).join(', ')}`]);

  b.blank();
  b.row([`ข้อคำถามหรือรายการที่ได้คะแนนต่ำกว่าค่าเป้าหมาย (${a.target})`], { bold: true, fontSize: 12 });
  const low_items = a.indicators.flatMap((r) => r.lowItems);
  if (!a.items.length) b.row(['แผ่นงานคะแนนไม่ได้ระบุคะแนนรายข้อ จึงวิเคราะห์ในระดับตัวชี้วัด (เพิ่มตารางรายข้อในแผ่นงานคะแนนเพื่อรับข้อเสนอแนะรายข้อ)'], { italic: true });
  else if (!low_items.length) b.row(['ไม่มีข้อที่ได้คะแนนต่ำกว่าค่าเป้าหมาย'], { italic: true });
  else {
    b.header(['ข้อ', 'ข้อคำถาม/รายการ', 'ตัวชี้วัดที่', 'คะแนน', 'ประเด็นที่พบ', 'รายการ OIT ที่ใช้แก้ไข', 'มาตรการ', 'ข้อเสนอแนะ']);
    const items = b.table(
      low_items.map((i) => [i.code, i.wordingTh, i.indicator, i.score, i.issueTh, i.fixedBy.map((f) => `${f.code} ${f.nameTh}`).join('\n'), i.measure, i.adviceTh]),
      COLS,
    );
    b.style({ ...items, col: 4, cols: 1 }, { numberFormat: SCORE });
  }

  pathSection(b, a);

  b.blank();
  b.row(['คำอธิบายผลรายตัวชี้วัด (พร้อมใช้ในรายงาน)'], { bold: true, fontSize: 12 });
  for (const r of a.indicators) {
    const row = b.row([`ตัวชี้วัดที่ ${r.no}`, r.narrativeTh]);
    b.spec.merges.push({ row, col: 2, rows: 1, cols: COLS - 1 });
    b.style({ row, col: 1, rows: 1, cols: COLS }, { wrap: true, vAlign: 'top', border: true });
  }

  if (a.warnings.length) {
    b.blank();
    b.row(['ข้อสังเกต'], { bold: true, fontSize: 12, fontColor: COLORS.failText });
    for (const w of a.warnings) b.row([`• ${w.th}`], { wrap: false });
  }
  return b.spec;
}

function line(a: Analysis, no: number): string {
  const r = a.indicators[no - 1];
  return `ตัวชี้วัดที่ ${no} ${r.nameTh} (${fixed2(r.score)} คะแนน)`;
}

function listOf(b: SheetBuilder, lines: string[], none: string): void {
  if (!lines.length) b.row([none], { italic: true });
  for (const l of lines) b.row([`• ${l}`]);
}

function passColours(b: SheetBuilder, firstRow: number, passes: boolean[], cols: number): void {
  passes.forEach((pass, k) => {
    b.style({ row: firstRow + k, col: cols === COLS ? 5 : 6, rows: 1, cols: 1 }, pass ? { background: COLORS.pass, fontColor: COLORS.passText, bold: true } : { background: COLORS.fail, fontColor: COLORS.failText, bold: true });
  });
}

/** Chart data (labels, score, target) beside the indicator table, and the chart itself. */
function chartBlock(b: SheetBuilder, a: Analysis, headerRow: number): void {
  const col = 10;
  const rows = b.spec.rows;
  const put = (r: number, values: CellValue[]) => {
    const row = rows[r - 1];
    while (row.length < col - 1) row.push(null);
    row.splice(col - 1, values.length, ...values);
  };
  put(headerRow, ['ตัวชี้วัด', 'คะแนน', 'ค่าเป้าหมาย']);
  a.indicators.forEach((r, k) => put(headerRow + 1 + k, [`${r.no}. ${r.nameTh}`, r.score, a.target]));
  const data = { row: headerRow, col, rows: 11, cols: 3 };
  b.style(data, { fontSize: 9, fontColor: '#666666' });
  b.spec.charts.push({
    kind: 'bar',
    title: `คะแนนรายตัวชี้วัดเทียบค่าเป้าหมาย (${a.target})`,
    data,
    anchor: { row: 2, col },
    width: 560,
    height: 320,
  });
}
