/**
 * The roll-up's detail sheets: the ranking with last year's rank and score, the ten indicators
 * with their chart against the target, the agencies to follow up, the items most often missed and
 * the movers since last year. Scores stay numbers (sortable, chartable); text is in the sheet's digits.
 */
import { INDICATORS } from '../editions';
import type { DigitStyle } from '../numbers';
import { type Mover, percent, type Rollup, TYPE_LABEL } from '../rollup';
import { ROLLUP_SHEETS } from '../sheet-names';
import { COLORS, SheetBuilder } from './builder';
import type { SheetSpec } from './model';
import { rollupTitle } from './rollup-overview';

const SCORE = '0.00';
const CHANGE = '+0.00;-0.00;0.00';

export function rankingSheet(r: Rollup, digits: DigitStyle): SheetSpec {
  const grouped = r.groupBy !== null && r.groupBy !== 'type';
  const b = new SheetBuilder(ROLLUP_SHEETS.ranking, 'replace', [70, 300, 170, ...(grouped ? [150] : []), 90, 140, 90, 90, 90, 100], digits);
  const cols = grouped ? 10 : 9;
  b.title(`${rollupTitle(r)}: อันดับ`, cols);
  const prev = r.previousYear === null ? 'ปีก่อน' : `ปี ${r.previousYear}`;
  const head = b.header([
    'อันดับ',
    'หน่วยงาน',
    'ประเภท',
    ...(grouped ? [r.groupBy === 'district' ? 'อำเภอ' : 'จังหวัด'] : []),
    'คะแนนรวม',
    'ระดับผลการประเมิน',
    `อันดับ${prev}`,
    'อันดับขยับขึ้น (+) หรือลง (−)',
    `คะแนน${prev}`,
    'คะแนนเปลี่ยนแปลง',
  ]);
  b.spec.frozenRows = head;
  const t = b.table(
    r.ranking.map((x) => [
      x.rank,
      x.agency.name,
      TYPE_LABEL[x.agency.type],
      ...(grouped ? [x.group] : []),
      x.agency.total,
      x.agency.level?.th ?? 'ยังระบุไม่ได้',
      x.previousRank,
      x.rankChange,
      x.previousTotal,
      x.change,
    ]),
    cols,
  );
  const at = grouped ? 5 : 4;
  b.style({ ...t, col: at, cols: 1 }, { numberFormat: SCORE });
  b.style({ ...t, col: at + 3, cols: 1 }, { numberFormat: '+0;-0;0' });
  b.style({ ...t, col: at + 4, cols: 1 }, { numberFormat: SCORE });
  b.style({ ...t, col: at + 5, cols: 1 }, { numberFormat: CHANGE });
  b.style({ ...t, col: 1, cols: 1 }, { hAlign: 'center' });
  return b.spec;
}

export function indicatorsSheet(r: Rollup, digits: DigitStyle): SheetSpec {
  const b = new SheetBuilder(ROLLUP_SHEETS.indicators, 'replace', [80, 230, 100, 100, 120, 100, 480], digits);
  b.title(`${rollupTitle(r)}: รายตัวชี้วัด`, 7);
  const head = b.header(['ตัวชี้วัดที่', 'ชื่อตัวชี้วัด', 'คะแนนเฉลี่ย', 'ค่าเป้าหมาย', 'ต่ำกว่าค่าเป้าหมาย (แห่ง)', 'ร้อยละ', 'หน่วยงานที่คะแนนต่ำสุด']);
  const given = r.indicators.filter((i) => i.count);
  const t = b.table(
    given.map((i) => [
      i.no,
      i.nameTh,
      i.mean,
      r.target,
      i.below,
      Number(percent(i.below, i.count)),
      i.lowest.map((l) => `${l.name} (${l.score.toFixed(2)})`).join('\n') || '-',
    ]),
    7,
  );
  b.style({ ...t, col: 3, cols: 1 }, { numberFormat: SCORE });
  b.style({ ...t, col: 6, cols: 1 }, { numberFormat: '0.0' });
  given.forEach((i, k) =>
    b.style(
      { row: t.row + k, col: 3, rows: 1, cols: 1 },
      i.mean >= r.target ? { background: COLORS.pass, fontColor: COLORS.passText } : { background: COLORS.fail, fontColor: COLORS.failText },
    ),
  );
  if (!given.length) b.row(['ตารางไม่มีคะแนนรายตัวชี้วัด จึงสรุปได้เฉพาะคะแนนรวมและระดับ'], { italic: true });
  else {
    // Chart data: short labels, the mean and the target, beside the table.
    b.put(head, 9, ['ตัวชี้วัด', 'คะแนนเฉลี่ย', 'ค่าเป้าหมาย']);
    given.forEach((i, k) => b.put(head + 1 + k, 9, [`${i.no}. ${INDICATORS[i.no - 1].nameTh}`, i.mean, r.target]));
    b.style({ row: head, col: 9, rows: given.length + 1, cols: 3 }, { fontSize: 9, fontColor: '#666666' });
    b.spec.charts.push({
      kind: 'bar',
      title: b.text(`คะแนนเฉลี่ยรายตัวชี้วัดเทียบค่าเป้าหมาย (${r.target})`),
      data: { row: head, col: 9, rows: given.length + 1, cols: 3 },
      anchor: { row: t.row + t.rows + 2, col: 1 },
      width: 640,
      height: 340,
    });
  }
  return b.spec;
}

export function followUpSheet(r: Rollup, digits: DigitStyle): SheetSpec {
  const withItems = r.followUp.some((f) => f.items);
  const b = new SheetBuilder(ROLLUP_SHEETS.followUp, 'replace', [60, 300, 90, 110, 150, 380, ...(withItems ? [380] : [])], digits);
  const cols = withItems ? 7 : 6;
  b.title(`${rollupTitle(r)}: หน่วยงานที่ต่ำกว่าค่าเป้าหมาย ${r.target} คะแนน`, cols);
  const head = b.header([
    'ที่',
    'หน่วยงาน',
    'คะแนนรวม',
    'ห่างจากค่าเป้าหมาย',
    'ระดับผลการประเมิน',
    'ตัวชี้วัดที่ต่ำสุด',
    ...(withItems ? ['รายการ OIT น้อยที่สุดที่ทำให้ถึงค่าเป้าหมาย'] : []),
  ]);
  b.spec.frozenRows = head;
  if (!r.followUp.length) {
    b.row([`ไม่มี ทุกหน่วยงานได้คะแนนรวมตั้งแต่ ${r.target} คะแนนขึ้นไป`], { italic: true });
    return b.spec;
  }
  const t = b.table(
    r.followUp.map((f, k) => [
      k + 1,
      f.agency.name,
      f.agency.total,
      f.gap,
      f.agency.level?.th ?? 'ยังระบุไม่ได้',
      f.weakest.map((w) => `ตัวชี้วัดที่ ${w.no} ${INDICATORS[w.no - 1].nameTh} (${w.score.toFixed(2)})`).join('\n') || 'ไม่มีคะแนนรายตัวชี้วัด',
      ...(withItems ? [itemsText(f.items)] : []),
    ]),
    cols,
  );
  b.style({ ...t, col: 3, cols: 2 }, { numberFormat: SCORE });
  return b.spec;
}

function itemsText(items: { codes: string[]; reached: boolean } | null): string {
  if (!items) return 'ไม่มีคะแนนรายข้อ';
  const codes = items.codes.join(', ');
  return items.reached ? `${items.codes.length} รายการ: ${codes}` : `แม้เผยแพร่ครบทุกรายการ (${codes || '-'}) ยังไม่ถึงค่าเป้าหมาย ต้องพัฒนาตัวชี้วัด IIT และ EIT ด้วย`;
}

export function itemsSheet(r: Rollup, digits: DigitStyle): SheetSpec {
  const b = new SheetBuilder(ROLLUP_SHEETS.items, 'replace', [70, 420, 110, 110, 90], digits);
  b.title(`${rollupTitle(r)}: ข้อที่หน่วยงานได้ต่ำกว่าค่าเป้าหมายบ่อยที่สุด`, 5);
  const head = b.header(['ข้อ', 'ข้อคำถามหรือรายการ', 'ต่ำกว่าค่าเป้าหมาย (แห่ง)', 'จากหน่วยงานที่มีคะแนนรายข้อ', 'ร้อยละ']);
  b.spec.frozenRows = head;
  const t = b.table(
    r.missed.map((m) => [m.code, m.nameTh, m.missed, m.of, Number(percent(m.missed, m.of))]),
    5,
  );
  b.style({ ...t, col: 5, cols: 1 }, { numberFormat: '0.0' });
  return b.spec;
}

export function moversSheet(r: Rollup, digits: DigitStyle): SheetSpec {
  const b = new SheetBuilder(ROLLUP_SHEETS.movers, 'replace', [300, 100, 100, 100, 150, 150], digits);
  b.title(`${rollupTitle(r)}: ผลเปลี่ยนแปลงจากปีงบประมาณ พ.ศ. ${r.previousYear}`, 6);
  const block = (title: string, rows: Mover[]) => {
    b.blank();
    b.row([title], { bold: true, fontSize: 12 });
    b.header(['หน่วยงาน', `คะแนนปี ${r.previousYear}`, `คะแนนปี ${r.year}`, 'เปลี่ยนแปลง', `ระดับปี ${r.previousYear}`, `ระดับปี ${r.year}`]);
    if (!rows.length) {
      b.row(['ไม่มี'], { italic: true });
      return;
    }
    const t = b.table(
      rows.map((m) => [m.name, m.from, m.to, m.change, m.levelFrom ?? '-', m.levelTo ?? '-']),
      6,
    );
    b.style({ ...t, col: 2, cols: 2 }, { numberFormat: SCORE });
    b.style({ ...t, col: 4, cols: 1 }, { numberFormat: CHANGE });
  };
  block('คะแนนเพิ่มขึ้นมากที่สุด', r.movers.up);
  block('คะแนนลดลงมากที่สุด', r.movers.down);
  if (r.missing.length) {
    b.blank();
    b.row([`หน่วยงานที่มีผลปี ${r.previousYear} แต่ไม่พบในปี ${r.year} (${r.missing.length} แห่ง)`], { bold: true, fontSize: 12 });
    for (const name of r.missing) b.row([name]);
  }
  return b.spec;
}
