/**
 * The roll-up's first sheet: the year at a glance (agencies, mean, median, share reaching the
 * target), the distribution of levels with its chart, the figures by type and by the grouping
 * chosen, the office's recommendations, and the rows left out with the reason for each.
 */
import type { DigitStyle } from '../numbers';
import { type GroupRow, percent, type Rollup } from '../rollup';
import { ROLLUP_SHEETS, ROLLUP_TITLE } from '../sheet-names';
import { COLORS, SheetBuilder } from './builder';
import type { SheetSpec } from './model';
import type { CellValue } from '../grid';

const SCORE = '0.00';
const COLS = 7;

export function rollupTitle(r: Rollup): string {
  return `${ROLLUP_TITLE} ประจำปีงบประมาณ พ.ศ. ${r.year}`;
}

export function overviewSheet(r: Rollup, digits: DigitStyle): SheetSpec {
  const width = Math.max(COLS, 6 + r.levels.length);
  const b = new SheetBuilder(ROLLUP_SHEETS.overview, 'replace', [230, 90, 90, 90, 110, 90, ...r.levels.map(() => 95)], digits);
  b.title(rollupTitle(r), width);
  b.spec.frozenRows = 1;
  const o = r.overview;
  const pairs: [string, CellValue][] = [
    ['จำนวนหน่วยงาน', o.count],
    ['คะแนนเฉลี่ย', o.mean],
    ['มัธยฐาน', o.median],
    [`ถึงค่าเป้าหมาย ${r.target} คะแนน`, `${o.reaching} แห่ง (ร้อยละ ${percent(o.reaching, o.count)})`],
    ['ปีที่เปรียบเทียบ', r.previousYear === null ? 'ไม่มีผลของปีก่อน' : `ปีงบประมาณ พ.ศ. ${r.previousYear}`],
  ];
  const first = b.next;
  for (const [k, v] of pairs) b.row([k, v]);
  b.style({ row: first, col: 1, rows: pairs.length, cols: 1 }, { bold: true, background: COLORS.band });
  b.style({ row: first + 1, col: 2, rows: 2, cols: 1 }, { numberFormat: SCORE, hAlign: 'left' });
  b.style({ row: first, col: 2, rows: pairs.length, cols: 1 }, { hAlign: 'left' });

  b.blank();
  b.row(['การกระจายของระดับผลการประเมิน'], { bold: true, fontSize: 12 });
  const head = b.header(['ระดับผลการประเมิน', 'จำนวน (แห่ง)', 'ร้อยละ']);
  const dist = b.table(
    r.levels.map((l, k) => [l.th, o.levels[k], Number(percent(o.levels[k], o.count))]),
    3,
  );
  b.style({ ...dist, col: 3, cols: 1 }, { numberFormat: '0.0' });
  const undecided = o.count - o.levels.reduce((s, n) => s + n, 0);
  if (undecided) b.row([`ยังระบุระดับไม่ได้ ${undecided} แห่ง (ดูข้อสังเกตท้ายแผ่นงาน)`], { italic: true });
  b.spec.charts.push({
    kind: 'bar',
    title: b.text(`จำนวนหน่วยงานตามระดับผลการประเมิน (${o.count} แห่ง)`),
    data: { row: head, col: 1, rows: r.levels.length + 1, cols: 2 },
    anchor: { row: 2, col: 5 },
    width: 520,
    height: 300,
    axis: { min: 0, max: Math.max(1, ...o.levels) },
  });

  groupTable(b, 'จำแนกตามประเภทหน่วยงาน', 'ประเภทหน่วยงาน', r.byType, r);
  if (r.groupBy && r.groupBy !== 'type')
    groupTable(b, r.groupBy === 'district' ? 'จำแนกตามอำเภอ' : 'จำแนกตามจังหวัด', r.groupBy === 'district' ? 'อำเภอ' : 'จังหวัด', r.byGroup, r);

  b.blank();
  b.row(['ข้อเสนอแนะสำหรับหน่วยงานในความรับผิดชอบ'], { bold: true, fontSize: 12 });
  if (!r.recommendations.length) b.row([`ไม่มีจุดอ่อนที่หน่วยงานส่วนใหญ่มีร่วมกัน (ไม่มีตัวชี้วัดหรือรายการที่หน่วยงานตั้งแต่ร้อยละ 10 ขึ้นไปได้ต่ำกว่าค่าเป้าหมาย)`], { italic: true });
  r.recommendations.forEach((rec, k) => {
    const row = b.row([`${k + 1}. ${rec.titleTh}`, rec.textTh]);
    b.spec.merges.push({ row, col: 2, rows: 1, cols: width - 1 });
    b.style({ row, col: 1, rows: 1, cols: width }, { wrap: true, vAlign: 'top', border: true });
  });

  const left = [...r.bad, ...r.notes];
  b.blank();
  b.row([`แถวที่ไม่นำมาคำนวณและข้อสังเกต (${r.bad.length} แถวไม่นำมาคำนวณ)`], { bold: true, fontSize: 12, fontColor: left.length ? COLORS.failText : undefined });
  if (!left.length) b.row(['ไม่มี ทุกแถวอ่านได้และนำมาคำนวณแล้ว'], { italic: true });
  // Messages name cells (C8): their digits stay Arabic.
  for (const l of left) b.rowAsIs([l.th]);
  return b.spec;
}

function groupTable(b: SheetBuilder, title: string, first: string, rows: GroupRow[], r: Rollup): void {
  b.blank();
  b.row([title], { bold: true, fontSize: 12 });
  b.header([first, 'จำนวน (แห่ง)', 'คะแนนเฉลี่ย', 'มัธยฐาน', 'ถึงค่าเป้าหมาย (แห่ง)', 'ร้อยละที่ถึงค่าเป้าหมาย', ...r.levels.map((l) => l.th)]);
  const t = b.table(
    rows.map((g) => [g.label, g.count, g.mean, g.median, g.reaching, Number(percent(g.reaching, g.count)), ...g.levels]),
    6 + r.levels.length,
  );
  b.style({ ...t, col: 3, cols: 2 }, { numberFormat: SCORE });
  b.style({ ...t, col: 6, cols: 1 }, { numberFormat: '0.0' });
}
