/**
 * Grid → ScoreSheet. Reads our own template and what officers paste from a report: indicator
 * tables (numbers or names, Thai or Arabic digits, title and blank rows), tool rows, item rows
 * that start with a code, a published total, the agency and the fiscal year from running text.
 * What it sets aside (a value given twice that disagrees, a row it cannot place) becomes a
 * warning that names the cells.
 */
import * as z from 'zod/mini';
import { parseYear } from './dates';
import { INDICATORS } from './editions';
import { ItaError, type Label } from './errors';
import { columnLetter, type Grid, type GridValue, isDateValue } from './grid';
import { parseNumberText, toArabicDigits } from './numbers';
import { agencyInText } from './reading/agency';
import { indicatorOfRow, isOnlyIndicatorName } from './reading/indicator-names';
import { letterCode, looksLikeCode, zeroCode, type ItemCode } from './reading/item-codes';
import { scaleFractions } from './reading/fractions';
import { Repeats } from './reading/repeats';
import { toolOf } from './reading/tools';
import { totalInSentence } from './reading/total-sentence';
import { chooseYear, yearsInText, type YearSighting } from './reading/year';
import { splitYearColumns, type YearColumn } from './reading/year-columns';
import type { ScoreSheet } from './score-sheet';

export const TEMPLATE_LABELS = {
  agency: 'ชื่อหน่วยงาน',
  agencyType: 'ประเภทหน่วยงาน',
  year: 'ปีงบประมาณที่ประเมิน (พ.ศ.)',
  publishedTotal: 'คะแนนรวมที่ประกาศ',
  publishedLevel: 'ระดับผลการประเมินที่ประกาศ',
} as const;

const AGENCY_LABEL = /^(ชื่อ)?หน่วยงาน$|^ชื่อหน่วยงาน|^agency/i;
const TYPE_LABEL = /^ประเภทหน่วยงาน|^หน่วยงานประเภท|^agency type/i;
const YEAR_LABEL = /^ปีงบประมาณ|^ปีที่ประเมิน|^fiscal year/i;
const TOTAL_LABEL = /^(คะแนนรวม|คะแนนเฉลี่ย|คะแนนภาพรวม|ผลคะแนนรวม|total)/i;
const LEVEL_LABEL = /^(ระดับผลการประเมิน|ระดับ|level)/i;
// A table's header: its first column holds ranks (อันดับ) or indicator numbers.
const RANK_HEADER = /^อันดับ(ที่)?\s*\.?$/;
const INDICATOR_HEADER = /^(ตัวชี้วัด|ลำดับ|ข้อ)(ที่)?\s*\.?$/;
const CONTENTS_HEADER = /^หน้า(ที่)?$/;
// A score inside running text: not part of a longer number, followed by 'คะแนน' or the end.
const SCORE_IN_TEXT = /(?<![0-9๐-๙.])([0-9๐-๙]{1,3}(?:\.[0-9๐-๙]+)?)(?![0-9๐-๙])\s*(?:คะแนน|$)/g;

const scoreSchema = z.number().check(z.gte(0), z.lte(100));

interface Found {
  value: number;
  cell: string;
}

interface Cell {
  v: GridValue;
  c: number;
  text: string;
}

/**
 * Reads one sheet's grid. Throws an ItaError naming the cell when a value cannot be used. A table
 * with a column per year is read once per year: the year assessed as usual, earlier years into
 * `earlier`.
 */
export function readScoreSheet(grid: Grid, sheetName: string): ScoreSheet {
  const split = splitYearColumns(grid);
  if (!split) return readTable(grid, sheetName);
  const out = readTable(split.current, sheetName, split.currentYear);
  out.warnings.push(...split.warnings.map((w) => ({ th: `แผ่นงาน "${sheetName}": ${w.th}`, en: `sheet "${sheetName}": ${w.en}` })));
  const y = split.currentYear;
  if (y && out.year === y.year) {
    out.yearNotes.push({
      th: `ปีงบประมาณที่วิเคราะห์คือ พ.ศ. ${y.year} ตามคอลัมน์ปีล่าสุดของตารางคะแนน (เซลล์ ${y.cell}) คอลัมน์ปีก่อนหน้านำมาเปรียบเทียบ`,
      en: `The year analysed is ${y.year}, the score table's latest year column (cell ${y.cell}); earlier columns are compared`,
    });
  }
  out.earlier = split.earlier.map((column) => {
    const read = readTable(column.grid, sheetName);
    return {
      year: column.year,
      indicators: read.indicators,
      tools: read.tools,
      total: read.publishedTotal,
      level: read.publishedLevel,
      source: {
        th: `แผ่นงาน "${sheetName}" คอลัมน์ปี ${column.year} (เซลล์ ${column.cell})`,
        en: `sheet "${sheetName}", the ${column.year} column (cell ${column.cell})`,
      },
    };
  });
  return out;
}

function readTable(grid: Grid, sheetName: string, tableYear: YearColumn | null = null): ScoreSheet {
  const out: ScoreSheet = {
    sheetName,
    agency: null,
    agencyType: null,
    year: null,
    publishedTotal: null,
    publishedLevel: null,
    tools: {},
    indicators: Array<number | null>(10).fill(null),
    items: [],
    cells: {},
    warnings: [],
    yearNotes: [],
    yearWarnings: [],
    indicatorRows: [],
    unread: [],
    earlier: [],
  };
  const repeats = new Repeats();
  const years: YearSighting[] = [];
  const unplaced: Label[] = [];
  const numberVsName: Label[] = [];
  let agencyGuess: string | null = null;
  let rankTable = false;
  // Under an OIT heading, or after an OIT indicator or item: a zero may stand for the letter O.
  let oitList = false;
  let above = '';
  // A table of contents (เรื่อง | หน้า) pairs headings with page numbers, never with scores.
  let contents = false;

  grid.forEach((row, r) => {
    const cells: Cell[] = row.map((v, c) => ({ v, c, text: textOf(v) })).filter((x) => x.text !== '');
    if (!cells.length) {
      contents = false;
      return;
    }
    const first = cells[0];
    const texts = cells.map((x) => x.text);
    if (cells.length >= 2 && CONTENTS_HEADER.test(texts[texts.length - 1])) contents = true;
    if (contents) return;
    const address = (c: number) => `${columnLetter(c + 1)}${r + 1}`;
    const lastNumber = (from: number): Found | null => {
      for (let k = cells.length - 1; k >= from; k--) {
        const n = typeof cells[k].v === 'number' ? (cells[k].v as number) : parseNumberText(cells[k].text);
        if (n !== null) return { value: n, cell: address(cells[k].c) };
      }
      return null;
    };
    /** A number cell after `from`, else '… คะแนน ๙๙.๒๐' written in a cell. */
    const scoreFrom = (from: number): Found | null =>
      lastNumber(from + 1) ?? cells.slice(from).reduce<Found | null>((found, x) => found ?? scoreInText(x.text, address(x.c), true), null);
    const valueAfter = cells.length > 1 ? cells[1] : null;
    const publishTotal = (n: Found) => {
      const total = checkScore(n, 'คะแนนรวมที่ประกาศ', 'published total');
      if (repeats.add('total', total, n.cell)) {
        out.publishedTotal = total;
        out.cells.total = n.cell;
      }
    };
    const addItem = (item: ItemCode) => {
      const n = lastNumber(1) ?? scoreInText(item.rest, address(first.c)) ?? scoreFrom(1);
      if (!n) return;
      const score = checkScore(n, `คะแนนข้อ ${item.code}`, `item ${item.code} score`);
      if (repeats.add(`item:${item.code}`, score, n.cell)) {
        const text = item.rest || (cells.length > 2 ? cells[1].text : '');
        out.items.push({ code: item.code, text, score, cell: n.cell });
      }
      oitList = item.code.startsWith('o');
    };

    // Labelled values (our template and typed forms).
    if (AGENCY_LABEL.test(first.text) && valueAfter) {
      out.agency ??= valueAfter.text;
      return;
    }
    if (TYPE_LABEL.test(first.text)) {
      if (valueAfter) out.agencyType ??= valueAfter.text;
      return;
    }
    if (YEAR_LABEL.test(first.text) && valueAfter && /^[\s\dพศ.๐-๙]+$/.test(valueAfter.text)) {
      const cell = address(valueAfter.c);
      const year = parseYear(valueAfter.v, { th: `เซลล์ ${cell} (ปีงบประมาณ)`, en: `cell ${cell} (fiscal year)` });
      if (year !== null) years.push({ year, kind: 'label', cell, text: valueAfter.text });
      return;
    }
    if (LEVEL_LABEL.test(first.text) && valueAfter && !/ตัวชี้วัด/.test(first.text)) {
      out.publishedLevel ??= valueAfter.text.replace(/[“”"]/g, '').trim();
      return;
    }
    if (TOTAL_LABEL.test(first.text)) {
      // 'คะแนนรวม | 96.47', or the label and the figure in one cell: 'คะแนนเฉลี่ยรวม ๙๖.๔๗ คะแนน'.
      const n = lastNumber(1) ?? sentenceTotal(first.text, address(first.c));
      if (n) publishTotal(n);
      return;
    }

    // A table's header decides whether the numbers below it are ranks.
    if ((RANK_HEADER.test(first.text) || INDICATOR_HEADER.test(first.text)) && cells.length >= 2 && !lastNumber(1)) {
      rankTable = RANK_HEADER.test(first.text);
      return;
    }

    // Item rows start with a code: i24 …, e4, O36, o๓๖, ข้อ E๑๒.
    const item = letterCode(first.text);
    if (item) {
      addItem(item);
      return;
    }

    // Under an OIT heading '๐๒ | ข้อมูลผู้บริหาร | 0' is o2, not indicator 2. An indicator's name
    // alone still wins ('๐๙ | การเปิดเผยข้อมูล'); an item's name that contains one does not
    // ('036 แผนปฏิบัติการป้องกันการทุจริต').
    const score = scoreFrom(0);
    const ind = indicatorOfRow(texts, rankTable, score !== null);
    const indicatorNamed = ind?.by === 'name' && isOnlyIndicatorName(texts[ind.position]);
    const zero = oitList && typeof first.v === 'string' && !indicatorNamed ? zeroCode(first.text) : null;
    if (zero) {
      addItem(zero);
      return;
    }

    // Tool rows.
    const tool = toolOf(texts.slice(0, 2).join(' '));
    // 'OIT | แบบตรวจการเปิดเผยข้อมูลสาธารณะ' names indicator 9 inside the tool's name: a code first wins.
    const coded = /^\s*-?\s*(IIT|EIT|OIT)\b/i.test(first.text);
    if (tool && (coded || !ind)) {
      const n = lastNumber(1) ?? scoreInText(first.text, address(first.c), true);
      if (n) {
        const value = checkScore(n, `คะแนน ${tool}`, `${tool} score`);
        if (repeats.add(`tool:${tool}`, value, n.cell)) {
          out.tools[tool] = value;
          out.cells[tool] = n.cell;
        }
      }
      oitList = tool === 'OIT';
      return;
    }

    // Indicator rows: by number, by name, or by a name typed with a slip. Without a score it is a heading.
    if (ind) oitList = ind.no >= 9;
    const n = ind ? scoreFrom(ind.position) : null;
    if (ind && n) {
      const value = checkScore(n, `คะแนนตัวชี้วัดที่ ${ind.no}`, `indicator ${ind.no} score`);
      if (repeats.add(`ind:${ind.no}`, value, n.cell)) {
        out.indicators[ind.no - 1] = value;
        out.cells[`ind${ind.no}`] = n.cell;
      }
      out.indicatorRows.push(r + 1);
      if (ind.numberSaid !== undefined) numberVsName.push(numberNameClash(address(cells[ind.position].c), ind.numberSaid, ind.no));
      return;
    }
    if (score && score.value >= 0 && score.value <= 100 && looksLikeCode(first.v, first.text)) {
      unplaced.push(unplacedItem(address(first.c), first.text));
      return;
    }
    if (score) out.unread.push({ row: r + 1, text: first.text });
    if (/OIT|การเปิดเผยข้อมูลสาธารณะ/.test(first.text)) oitList = true;
    else if (!ind && /\b(IIT|EIT)\b|ผู้มีส่วนได้ส่วนเสีย/.test(first.text)) oitList = false;

    // Free text: the year of a title line, the agency's name, the total and level in a sentence.
    for (const x of cells) {
      if (typeof x.v !== 'string') continue;
      const said = totalInSentence(x.text);
      if (said) publishTotal({ value: said.total, cell: address(x.c) });
      if (said?.level) out.publishedLevel ??= said.level;
      for (const y of yearsInText(x.text, above)) years.push({ ...y, cell: address(x.c), text: x.text });
      agencyGuess ??= agencyInText(x.text);
    }
    above = texts[texts.length - 1];
  });

  if (tableYear) years.push({ year: tableYear.year, kind: 'label', cell: tableYear.cell, text: String(tableYear.year) });
  const year = chooseYear(years);
  out.year = year.year;
  out.yearNotes = year.notes;
  out.yearWarnings = year.warnings;
  out.agency ??= agencyGuess;
  const fractions = scaleFractions(out);
  out.warnings = [...repeats.warnings(nameOfKey, (key) => key.startsWith('ind:')), ...numberVsName, ...unplaced, ...(fractions ? [fractions] : [])];
  return out;
}

/** Throws unless all ten indicator scores were found, naming the missing ones and where it looked. */
export function requireIndicators(sheet: ScoreSheet): number[] {
  const missing = sheet.indicators.flatMap((v, k) => (v === null ? [k + 1] : []));
  if (!missing.length) return sheet.indicators as number[];
  const names = missing.map((no) => `${no} ${INDICATORS[no - 1].nameTh}`).join(', ');
  const where = lookedAt(sheet);
  throw new ItaError(
    `ไม่พบคะแนนตัวชี้วัดที่ ${names} ในแผ่นงาน "${sheet.sheetName}" (ต้องมีคะแนนครบ 10 ตัวชี้วัด)${where.th}`,
    `Indicator ${missing.map((no) => `${no} (${INDICATORS[no - 1].nameEn})`).join(', ')} score(s) not found in sheet "${sheet.sheetName}" (all 10 are needed)${where.en}`,
  );
}

/**
 * When no sheet of a file has all ten indicators, throws for the sheet that came closest (which
 * indicators are missing, where it looked); returns when no sheet has any indicator at all.
 */
export function explainMissingIndicators(sheets: { name: string; grid: Grid }[]): void {
  let closest: ScoreSheet | null = null;
  for (const s of sheets) {
    let read: ScoreSheet;
    try {
      read = readScoreSheet(s.grid, s.name);
    } catch {
      continue;
    }
    const found = (x: ScoreSheet) => x.indicators.filter((v) => v !== null).length;
    if (found(read) > 0 && (!closest || found(read) > found(closest))) closest = read;
  }
  if (closest) requireIndicators(closest);
}

/** Where the reader looked: the rows of the table it found, and rows in it that it could not read. */
function lookedAt(sheet: ScoreSheet): Label {
  const rows = sheet.indicatorRows;
  if (!rows.length) {
    return {
      th: ': ค้นหาแถวที่มีเลขหรือชื่อตัวชี้วัดพร้อมคะแนนแล้วไม่พบ โปรดวางตารางคะแนนรายตัวชี้วัด หรือใช้แม่แบบคะแนน',
      en: ': no row with an indicator number or name and a score was found; paste the indicator table or use the score template',
    };
  }
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const inside = sheet.unread.filter((u) => u.row >= top - 1 && u.row <= bottom + 1).slice(0, 5);
  const rowsTh = inside.map((u) => `แถว ${u.row} ("${clip(u.text)}")`).join(', ');
  const rowsEn = inside.map((u) => `row ${u.row} ("${clip(u.text)}")`).join(', ');
  return {
    th: `: ตารางคะแนนที่พบอยู่แถว ${top}–${bottom}${inside.length ? ` และอ่านชื่อตัวชี้วัดใน ${rowsTh} ไม่ได้ โปรดแก้ชื่อตัวชี้วัดหรือใส่เลขตัวชี้วัดหน้าชื่อ` : ' โปรดเพิ่มแถวของตัวชี้วัดที่ขาด'}`,
    en: `: the score table found spans rows ${top}–${bottom}${inside.length ? `; the indicator could not be read in ${rowsEn}: correct the name or put the indicator number before it` : '; add the missing indicator rows'}`,
  };
}

function nameOfKey(key: string): Label {
  const [kind, id] = key.split(':');
  if (kind === 'ind') return { th: `ตัวชี้วัดที่ ${id}`, en: `indicator ${id}` };
  if (kind === 'tool') return { th: `คะแนน ${id}`, en: `the ${id} score` };
  if (kind === 'item') return { th: `ข้อ ${id}`, en: `item ${id}` };
  return { th: 'คะแนนรวม', en: 'the total' };
}

function numberNameClash(cell: string, said: number, no: number): Label {
  const name = INDICATORS[no - 1].nameTh;
  return {
    th: `เซลล์ ${cell}: ข้อความระบุตัวชี้วัดที่ ${said} แต่ชื่อเป็นของตัวชี้วัดที่ ${no} (${name}) จึงอ่านเป็นตัวชี้วัดที่ ${no} ตามชื่อ โปรดตรวจสอบ`,
    en: `cell ${cell}: the text says indicator ${said} but the name is indicator ${no}'s, so it was read as indicator ${no}; please check`,
  };
}

function unplacedItem(cell: string, text: string): Label {
  return {
    th: `เซลล์ ${cell}: "${clip(text)}" ดูเหมือนคะแนนรายข้อ แต่อ่านรหัสข้อไม่ได้ จึงไม่ได้นำมาใช้ โปรดพิมพ์รหัสให้ชัด เช่น i4, e2, o21`,
    en: `cell ${cell}: "${clip(text)}" looks like an item score but its code cannot be read, so it was left out; type the code plainly, e.g. i4, e2, o21`,
  };
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

function textOf(v: GridValue): string {
  if (v === null || v === undefined) return '';
  if (isDateValue(v)) return v.date;
  return String(v).trim();
}

function checkScore(found: Found, th: string, en: string): number {
  const parsed = scoreSchema.safeParse(found.value);
  if (!parsed.success) {
    throw new ItaError(`เซลล์ ${found.cell}: ${th} อยู่นอกช่วง 0–100 (${found.value})`, `cell ${found.cell}: ${en} is outside 0–100 (${found.value})`);
  }
  return parsed.data;
}

function sentenceTotal(text: string, cell: string): Found | null {
  const said = totalInSentence(text);
  return said ? { value: said.total, cell } : null;
}

/** '… ได้คะแนน ๙๒.๖๘ คะแนน' inside one cell; a number past 100 in running text is not a score. */
function scoreInText(text: string, cell: string, requireWord = false): Found | null {
  if (requireWord && !/คะแนน/.test(text)) return null;
  const all = [...text.matchAll(SCORE_IN_TEXT)];
  const m = all[all.length - 1];
  if (!m) return null;
  const n = parseNumberText(toArabicDigits(m[1]));
  return n === null || n > 100 ? null : { value: n, cell };
}
