/**
 * Analysis → the `การวิเคราะห์ผล ITA` sheet (rewritten on every run). Text a person reads is in
 * the analysis's digits (Thai by default); scores stay numbers for formulas and the chart, and
 * the notes that name cells keep Arabic digits.
 */
import { measureById } from '../advice';
import type { Analysis, LowItem } from '../analysis-types';
import { VERDICT } from '../narrative';
import { agencyKindOf } from '../divisions';
import { forAgency } from '../vocabulary';
import { fixed2, type DigitStyle } from '../numbers';
import { COLORS, SheetBuilder } from './builder';
import { historySection } from './history-section';
import { pathSection } from './path-section';
import { previousPlanSection } from './previous-plan-section';
import type { OldSeason } from '../season';
import type { SheetSpec } from './model';
import type { CellValue } from '../grid';
import { ANALYSIS_LABELS, ANALYSIS_SHEET, ANALYSIS_TITLE, INDICATOR_SECTION } from '../sheet-names';

const COLS = 8;
const ITEM_COLS = 9;
const CHART_COL = 11;
const SCORE = '0.00';

export interface AnalysisLayoutOptions {
  /** Overrides the analysis's own digits setting for this sheet. */
  digits?: DigitStyle;
  /** The plan of the year before, kept under its year: its unfinished measures are listed. */
  oldSeason?: OldSeason;
}

export function analysisSheet(a: Analysis, options: AnalysisLayoutOptions = {}): SheetSpec {
  const b = new SheetBuilder(ANALYSIS_SHEET, 'replace', [110, 240, 90, 90, 120, 110, 80, 420, 300, 30, 170, 70, 80], options.digits ?? a.digits);
  b.spec.rewritten = true;
  b.title(`${ANALYSIS_TITLE} ประจำปีงบประมาณ พ.ศ. ${a.year}`, COLS);
  header(b, a);
  b.spec.frozenRows = 1;

  b.blank();
  b.row(['ผลการประเมินรายเครื่องมือ'], { bold: true, fontSize: 12 });
  b.header(['เครื่องมือ', 'ชื่อเครื่องมือ', 'คะแนน', 'น้ำหนัก (%)', 'คะแนนถ่วงน้ำหนัก', 'ผลเทียบค่าเป้าหมาย']);
  const tools = b.table(
    a.tools.map((t) => [t.id.replace('EIT1', 'EIT ส่วนที่ 1').replace('EIT2', 'EIT ส่วนที่ 2'), t.nameTh, t.score, t.weight, t.points, verdict(t.pass)]),
    6,
  );
  b.style({ ...tools, col: 3, cols: 1 }, { numberFormat: SCORE });
  b.style({ ...tools, col: 5, cols: 1 }, { numberFormat: SCORE });
  passColours(
    b,
    tools.row,
    6,
    a.tools.map((t) => t.pass),
  );

  b.blank();
  b.row([INDICATOR_SECTION], { bold: true, fontSize: 12 });
  const indHeader = b.header(['ตัวชี้วัดที่', 'ชื่อตัวชี้วัด', 'เครื่องมือ', 'คะแนน', 'ผลเทียบค่าเป้าหมาย', 'ห่างจากค่าเป้าหมาย', 'อันดับ', 'ข้อค้นพบ']);
  const ind = b.table(
    a.indicators.map((r) => [r.no, r.nameTh, r.family, r.score, verdict(r.pass), r.gap, r.rank, r.findingTh]),
    COLS,
  );
  b.style({ ...ind, col: 4, cols: 1 }, { numberFormat: SCORE });
  b.style({ ...ind, col: 6, cols: 1 }, { numberFormat: SCORE });
  b.style({ ...ind, col: 1, cols: 1 }, { hAlign: 'center' });
  b.style({ ...ind, col: 7, cols: 1 }, { hAlign: 'center' });
  passColours(
    b,
    ind.row,
    5,
    a.indicators.map((r) => r.pass),
  );
  chartBlock(b, a, indHeader);
  // The chart's data beside the tables is for the chart, not the page.
  b.spec.print.cols = ITEM_COLS;
  historySection(b, a, { cols: COLS, chartCol: CHART_COL });

  b.blank();
  b.row(['จุดแข็งที่ควรรักษามาตรฐานไว้'], { bold: true, fontSize: 12, fontColor: COLORS.passText });
  listOf(
    b,
    a.strengths.map((no) => line(a, no)),
    'ไม่มีตัวชี้วัดที่ผ่านเกณฑ์ค่าเป้าหมาย',
  );
  b.row(['ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไข'], { bold: true, fontSize: 12, fontColor: COLORS.failText });
  listOf(
    b,
    a.weaknesses.map((no) => line(a, no)),
    'ไม่มี ทุกตัวชี้วัดผ่านเกณฑ์ค่าเป้าหมาย',
  );
  const top = Math.max(...a.indicators.map((r) => r.score));
  const low = Math.min(...a.indicators.map((r) => r.score));
  b.row([
    `ตัวชี้วัดที่ได้คะแนนสูงสุด (${fixed2(top)}): ${a.indicators
      .filter((r) => r.score === top)
      .map((r) => `${r.no} ${r.nameTh}`)
      .join(', ')}`,
  ]);
  b.row([
    `ตัวชี้วัดที่ได้คะแนนต่ำสุด (${fixed2(low)}): ${a.indicators
      .filter((r) => r.score === low)
      .map((r) => `${r.no} ${r.nameTh}`)
      .join(', ')}`,
  ]);

  itemSection(b, a);
  pathSection(b, a);
  previousPlanSection(b, options.oldSeason);

  b.blank();
  b.row(['คำอธิบายผลรายตัวชี้วัด (พร้อมใช้ในรายงาน)'], { bold: true, fontSize: 12 });
  for (const r of a.indicators) {
    const row = b.row([`ตัวชี้วัดที่ ${r.no}`, wordsFor(a)(r.narrativeTh)]);
    b.spec.merges.push({ row, col: 2, rows: 1, cols: COLS - 1 });
    b.style({ row, col: 1, rows: 1, cols: COLS }, { wrap: true, vAlign: 'top', border: true });
  }

  if (a.warnings.length) {
    b.blank();
    b.row(['ข้อสังเกต'], { bold: true, fontSize: 12, fontColor: COLORS.failText });
    for (const w of a.warnings) b.rowAsIs([`• ${w.th}`], { wrap: false });
  }
  if (a.notes.length) {
    b.blank();
    b.row(['ที่มาของข้อมูล'], { bold: true, fontSize: 12 });
    for (const n of a.notes) b.rowAsIs([`• ${n.th}`], { wrap: false, italic: true });
  }
  return b.spec;
}

/**
 * The figures of record first: the published total and level, then the recomputed total as the
 * check beside it (or a word that no published total was given to check against).
 */
function header(b: SheetBuilder, a: Analysis): void {
  const published = a.officialSource === 'report';
  const pairs: [string, CellValue][] = [
    [ANALYSIS_LABELS.agency, a.agency],
    [ANALYSIS_LABELS.year, a.year],
    ['กรอบการประเมินที่ใช้', a.framework.th],
    ['คะแนนรวม', a.officialTotal],
    ['ระดับผลการประเมิน', a.officialLevel?.th ?? `ยังระบุไม่ได้: ${a.levelNote?.th ?? ''}`],
    published ? ['คะแนนที่คำนวณได้ (ใช้ตรวจสอบ)', a.total] : ['คะแนนรวมที่ประกาศ', 'ไม่ได้ระบุ (คะแนนรวมข้างต้นคำนวณจากคะแนนที่กรอก)'],
    [ANALYSIS_LABELS.target, a.target],
  ];
  const first = b.next;
  for (const [k, v] of pairs) b.row([k, v]);
  b.style({ row: first, col: 1, rows: pairs.length, cols: 1 }, { bold: true, background: COLORS.band });
  b.style({ row: first + 3, col: 2, rows: 1, cols: 1 }, { numberFormat: SCORE, bold: true, fontSize: 13, hAlign: 'left' });
  b.style({ row: first + 5, col: 2, rows: 1, cols: 1 }, { numberFormat: SCORE, hAlign: 'left' });
  b.style({ row: first + 1, col: 2, rows: 1, cols: 1 }, { numberFormat: '0', hAlign: 'left' });
  b.style({ row: first + 6, col: 2, rows: 1, cols: 1 }, { hAlign: 'left' });
}

/** Items below the target (ต้องแก้ไข), then the lowest passing ones (พัฒนา), each with its measure's name. */
function itemSection(b: SheetBuilder, a: Analysis): void {
  b.blank();
  b.row([`ข้อคำถามหรือรายการที่ควรแก้ไขหรือพัฒนา (ค่าเป้าหมาย ${a.target})`], { bold: true, fontSize: 12 });
  const items: LowItem[] = [...a.indicators.flatMap((r) => r.lowItems), ...a.developItems];
  const words = wordsFor(a);
  if (!a.items.length) {
    b.row(['แผ่นงานคะแนนไม่ได้ระบุคะแนนรายข้อ จึงวิเคราะห์ในระดับตัวชี้วัด (เพิ่มตารางรายข้อในแผ่นงานคะแนนเพื่อรับข้อเสนอแนะรายข้อ)'], { italic: true });
    return;
  }
  if (!items.length) {
    b.row(['ทุกข้อที่กรอกได้คะแนนเต็ม 100 ไม่มีข้อที่ต้องแก้ไขหรือพัฒนา'], { italic: true });
    return;
  }
  b.header(['ข้อ', 'ข้อคำถาม/รายการ', 'ตัวชี้วัดที่', 'คะแนน', 'ผลเทียบค่าเป้าหมาย', 'ประเด็นที่พบ', 'รายการ OIT ที่ใช้แก้ไข', 'มาตรการ', 'ข้อเสนอแนะ']);
  const rect = b.table(
    items.map((i) => [
      i.code,
      i.wordingTh,
      i.indicator,
      i.score,
      i.kind === 'fix' ? VERDICT.fix : VERDICT.develop,
      words(i.issueTh),
      i.fixedBy.map((f) => `${f.code} ${f.nameTh}`).join('\n'),
      words(measureById(i.measure).titleTh),
      words(i.adviceTh),
    ]),
    ITEM_COLS,
  );
  b.style({ ...rect, col: 4, cols: 1 }, { numberFormat: SCORE });
  items.forEach((i, k) => {
    b.style(
      { row: rect.row + k, col: 5, rows: 1, cols: 1 },
      i.kind === 'fix' ? { background: COLORS.fail, fontColor: COLORS.failText, bold: true } : { background: COLORS.amber, bold: true },
    );
  });
}

/** The catalogue's words (written for a local government) in the words of the agency analysed, as the plan and the report say them. */
function wordsFor(a: Analysis): (text: string) => string {
  const kind = agencyKindOf(a.agencyType ?? a.agency);
  return (text) => forAgency(text, kind);
}

function verdict(pass: boolean): string {
  return pass ? VERDICT.pass : VERDICT.fail;
}

function line(a: Analysis, no: number): string {
  const r = a.indicators[no - 1];
  return `ตัวชี้วัดที่ ${no} ${r.nameTh} (${fixed2(r.score)} คะแนน)`;
}

function listOf(b: SheetBuilder, lines: string[], none: string): void {
  if (!lines.length) b.row([none], { italic: true });
  for (const l of lines) b.row([`• ${l}`]);
}

function passColours(b: SheetBuilder, firstRow: number, col: number, passes: boolean[]): void {
  passes.forEach((pass, k) => {
    b.style(
      { row: firstRow + k, col, rows: 1, cols: 1 },
      pass ? { background: COLORS.pass, fontColor: COLORS.passText, bold: true } : { background: COLORS.fail, fontColor: COLORS.failText, bold: true },
    );
  });
}

/** Chart data (labels, score, target) beside the indicator table, and the chart itself. */
function chartBlock(b: SheetBuilder, a: Analysis, headerRow: number): void {
  b.put(headerRow, CHART_COL, ['ตัวชี้วัด', 'คะแนน', 'ค่าเป้าหมาย']);
  a.indicators.forEach((r, k) => b.put(headerRow + 1 + k, CHART_COL, [`${r.no}. ${r.nameTh}`, r.score, a.target]));
  const data = { row: headerRow, col: CHART_COL, rows: 11, cols: 3 };
  b.style(data, { fontSize: 9, fontColor: '#666666' });
  b.spec.charts.push({
    kind: 'bar',
    title: b.text(`คะแนนรายตัวชี้วัดเทียบค่าเป้าหมาย (${a.target})`),
    data,
    anchor: { row: 2, col: CHART_COL },
    width: 560,
    height: 320,
  });
}
