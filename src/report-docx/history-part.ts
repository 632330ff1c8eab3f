/**
 * Part 1's comparison with earlier years, after the year's own results: the table of the total and
 * the indicators per year with the change (▲/▼), the line chart with its legend, the sentences.
 */
import type { Paragraph, Table } from './wml/body';
import { changeMark } from '../core/history/sentences';
import { fixed2 } from '../core/numbers';
import type { ReportHistory, ReportModel, ReportTrend } from '../core/report';
import { CHART_COLORS } from './chart';
import type { Cell, Kit } from './kit';
import { describeLines, LINE_COLORS, TOTAL_COLOR, yearsChart } from './line-chart';

/** Columns wide enough for ๑๐๐.๐๐ on one line; from four years on, the table's type is a size smaller. */
const YEAR_WIDTH = 2.2;
const NAME_WIDTH = 4.6;
const CHANGE_WIDTH = 2.4;
const FALL_FILL = 'FCE5CD';

export function historyPart(m: ReportModel, k: Kit, width: number): (Paragraph | Table)[] {
  const h = m.history;
  if (!h) return [];
  const body = (text: string) => k.p(text, { indent: 1.25, after: 120 });
  const caption = (text: string) => k.p(text, { bold: true, align: 'center', before: 120, after: 60, keepNext: true });
  const span = `${h.years[0]}–${h.years[h.years.length - 1]}`;
  const chart = yearsChart(h.years, h.rows, m.digits);
  const px = (width / 2.54) * 96;
  return [
    k.p('ผลการประเมินเทียบกับปีที่ผ่านมา', { bold: true, before: 240, after: 60, keepNext: true }),
    body(`ผลการประเมินของ${m.agency} ปีงบประมาณ พ.ศ. ${span} รายตัวชี้วัดและคะแนนรวม พร้อมการเปลี่ยนแปลงเมื่อเทียบกับปีก่อน มีดังนี้`),
    caption(`ตารางที่ 5 ผลการประเมินปีงบประมาณ พ.ศ. ${span}`),
    table(k, h, width),
    caption(`แผนภูมิที่ 2 คะแนนรวมและคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ${span}`),
    k.p([k.picture(chart, px, { title: 'แผนภูมิที่ 2', description: describeLines(h.years, h.rows) })], { align: 'center', keepNext: true }),
    k.p('เส้นหนาสีดำคือคะแนนรวม เส้นสีอื่นคือคะแนนรายตัวชี้วัด ตัวเลขที่ปลายเส้นคือลำดับตัวชี้วัด ดังนี้', { size: 28, after: 60, keepNext: true }),
    legend(k, h, width),
    k.p('การเปลี่ยนแปลงเมื่อเทียบกับปีก่อน', { bold: true, before: 240, after: 60, keepNext: true }),
    ...h.sentences.map(body),
    ...h.summary.map(body),
    ...h.notes.map((n) => k.p(`หมายเหตุ: ${n}`, { indent: 1.25, after: 120, size: 28 })),
  ];
}

function table(k: Kit, h: ReportHistory, width: number): Table {
  const year = Math.min(YEAR_WIDTH, (width - NAME_WIDTH - CHANGE_WIDTH) / h.years.length);
  const name = width - h.years.length * year - CHANGE_WIDTH;
  const [total, ...indicators] = h.rows;
  const values = (r: ReportTrend): Cell[] => r.values.map((v) => ({ text: v === null ? '-' : fixed2(v), align: 'center', bold: r.no === 0 }));
  const row = (r: ReportTrend): Cell[] => [{ text: r.no ? `${r.no}. ${r.nameTh}` : 'คะแนนรวม', bold: r.no === 0 }, ...values(r), change(r)];
  return k.table(
    [
      { header: 'ตัวชี้วัด', width: name },
      ...h.years.map((y) => ({ header: `พ.ศ. ${y}`, width: year, align: 'center' as const })),
      { header: 'เทียบกับปีก่อน', width: CHANGE_WIDTH, align: 'center' },
    ],
    [...indicators.map(row), row(total), [{ text: 'ระดับผลการประเมิน', bold: true }, ...h.levels.map((l): Cell => ({ text: l ?? '-', align: 'center' })), '']],
    { size: year < YEAR_WIDTH ? 24 : undefined },
  );
}

/** ▲ in green, ▼ in red; a fall the plan answers first on amber. */
function change(r: ReportTrend): Cell {
  const color = r.trend === 'up' ? CHART_COLORS.pass : r.trend === 'down' ? CHART_COLORS.fail : undefined;
  return { text: changeMark(r), align: 'center', bold: true, color: color?.slice(1), fill: r.rankedUp ? FALL_FILL : undefined };
}

function legend(k: Kit, h: ReportHistory, width: number): Table {
  const entry = (r: ReportTrend): Cell => ({
    text: `━━ ${r.no ? `${r.no} ${r.nameTh}` : 'คะแนนรวม'}`,
    color: (r.no ? LINE_COLORS[r.no - 1] : TOTAL_COLOR).slice(1),
    bold: r.no === 0,
  });
  const half = Math.ceil(h.rows.length / 2);
  return k.table(
    [0, 1].map(() => ({ header: '', width: width / 2 })),
    h.rows.slice(0, half).map((r, i) => [entry(r), h.rows[half + i] ? entry(h.rows[half + i]) : '']),
    { header: false },
  );
}
