/**
 * Grid → ScoreSheet. Reads our own template and what officers paste from a report: indicator
 * tables (numbers or names, Thai or Arabic digits, title and blank rows), tool rows, item rows
 * that start with a code, a published total and the fiscal year from running text.
 */
import * as z from 'zod/mini';
import { parseYear } from './dates';
import { INDICATORS } from './editions';
import { INDICATOR_8_OLD_NAME_TH } from './editions/indicators';
import type { ToolId } from './editions/types';
import { ItaError } from './errors';
import { columnLetter, isDateValue, type Grid, type GridValue } from './layout/model';
import { parseNumberText, toArabicDigits } from './numbers';
import type { ItemScore, ScoreSheet } from './score-sheet';

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
const YEAR_IN_TEXT = /(?:ปีงบประมาณ|พ\.\s?ศ\.)\s*(?:พ\.\s?ศ\.)?\s*([0-9๐-๙]{4})/;
const ITEM_CODE = /^\s*([iIeEoO])\s*([0-9๐-๙]{1,2})(?![0-9๐-๙])\s*[.:)-]?\s*(.*)$/s;
const AGENCY_PREFIX = /^(เทศบาล|องค์การบริหารส่วน|อบต\.|อบจ\.|จังหวัด|กรม|สำนักงาน|กระทรวง|มหาวิทยาลัย|โรงพยาบาล)/;
const SCORE_IN_TEXT = /([0-9๐-๙]{1,3}(?:\.[0-9๐-๙]+)?)\s*(?:คะแนน|$)/g;

/** Tool row labels, most specific first. */
const TOOL_PATTERNS: [RegExp, ToolId][] = [
  [/EIT\)?\s*(ส่วนที่|part)?\s*[1๑](?![0-9๐-๙.])|EIT\s*public/i, 'EIT1'],
  [/EIT\)?\s*(ส่วนที่|part)?\s*[2๒](?![0-9๐-๙.])/i, 'EIT2'],
  [/\bIIT\b/i, 'IIT'],
  [/\bEIT\b/i, 'EIT'],
  [/\bOIT\b/i, 'OIT'],
  [/ผู้มีส่วนได้ส่วนเสียภายใน/, 'IIT'],
  [/ผู้มีส่วนได้ส่วนเสียภายนอก/, 'EIT'],
  [/การเปิดเผยข้อมูลสาธารณะ/, 'OIT'],
];

const scoreSchema = z.number().check(z.gte(0), z.lte(100));

interface Found {
  value: number;
  cell: string;
}

/** Reads one sheet's grid. Throws an ItaError naming the cell when a value cannot be used. */
export function readScoreSheet(grid: Grid, sheetName: string): ScoreSheet {
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
  };
  let yearFromText: number | null = null;
  let agencyGuess: string | null = null;

  grid.forEach((row, r) => {
    const cells = row.map((v, c) => ({ v, c, text: textOf(v) })).filter((x) => x.text !== '');
    if (!cells.length) return;
    const first = cells[0];
    const address = (c: number) => `${columnLetter(c + 1)}${r + 1}`;
    const lastNumber = (from: number): Found | null => {
      for (let k = cells.length - 1; k >= from; k--) {
        const n = typeof cells[k].v === 'number' ? (cells[k].v as number) : parseNumberText(cells[k].text);
        if (n !== null) return { value: n, cell: address(cells[k].c) };
      }
      return null;
    };
    const valueAfter = () => (cells.length > 1 ? cells[1] : null);

    // Labelled values (our template and typed forms).
    if (AGENCY_LABEL.test(first.text) && valueAfter()) {
      out.agency ??= valueAfter()!.text;
      return;
    }
    if (TYPE_LABEL.test(first.text)) {
      if (valueAfter()) out.agencyType ??= valueAfter()!.text;
      return;
    }
    if (YEAR_LABEL.test(first.text) && valueAfter() && /^[\s\dพศ.๐-๙]+$/.test(valueAfter()!.text)) {
      out.year ??= parseYear(valueAfter()!.v, { th: `เซลล์ ${address(valueAfter()!.c)} (ปีงบประมาณ)`, en: `cell ${address(valueAfter()!.c)} (fiscal year)` });
      return;
    }
    if (LEVEL_LABEL.test(first.text) && valueAfter() && !/ตัวชี้วัด/.test(first.text)) {
      out.publishedLevel ??= valueAfter()!.text.replace(/[“”"]/g, '').trim();
      return;
    }
    if (TOTAL_LABEL.test(first.text)) {
      const n = lastNumber(1);
      if (n) {
        out.publishedTotal ??= checkScore(n, 'คะแนนรวมที่ประกาศ', 'published total');
        out.cells.total ??= n.cell;
      }
      return;
    }

    // Item rows start with a code: i24 …, e4, O36, o๓๖.
    const item = ITEM_CODE.exec(first.text);
    if (item) {
      const n = lastNumber(1) ?? scoreInText(item[3], address(first.c));
      if (n) {
        const code = `${item[1].toLowerCase()}${Number(toArabicDigits(item[2]))}`;
        const text = (item[3] || (cells.length > 2 ? cells[1].text : '')).trim();
        out.items.push({ code, text, score: checkScore(n, `คะแนนข้อ ${code}`, `item ${code} score`), cell: n.cell } satisfies ItemScore);
      }
      return;
    }

    // Tool rows.
    const tool = toolOf(cells.slice(0, 2).map((x) => x.text).join(' '));
    // 'OIT | แบบตรวจการเปิดเผยข้อมูลสาธารณะ' names indicator 9 inside the tool's name: a code first wins.
    const coded = /^\s*-?\s*(IIT|EIT|OIT)\b/i.test(first.text);
    if (tool && (coded || !indicatorOf(cells.map((x) => x.text)))) {
      const n = lastNumber(1) ?? scoreInText(first.text, address(first.c), true);
      if (n && out.tools[tool] === undefined) {
        out.tools[tool] = checkScore(n, `คะแนน ${tool}`, `${tool} score`);
        out.cells[tool] = n.cell;
      }
      return;
    }

    // Indicator rows: by name first (a rank column may precede it), else by number.
    const ind = indicatorOf(cells.map((x) => x.text));
    if (ind) {
      const n =
        lastNumberAfter(cells, ind.position, lastNumber) ??
        cells.slice(ind.position).reduce<Found | null>((found, x) => found ?? scoreInText(x.text, address(x.c), true), null);
      if (n) {
        const label = `คะแนนตัวชี้วัดที่ ${ind.no}`;
        const value = checkScore(n, label, `indicator ${ind.no} score`);
        if (out.indicators[ind.no - 1] === null) {
          out.indicators[ind.no - 1] = value;
          out.cells[`ind${ind.no}`] = n.cell;
        }
      }
      return;
    }

    // Free text: the year of a title line, the agency's name.
    for (const x of cells) {
      if (typeof x.v !== 'string') continue;
      const y = YEAR_IN_TEXT.exec(x.text);
      if (y && yearFromText === null) yearFromText = Number(toArabicDigits(y[1]));
      if (!agencyGuess && AGENCY_PREFIX.test(x.text) && x.text.length <= 80) agencyGuess = x.text.trim();
    }
  });

  out.year ??= yearFromText !== null ? parseYear(yearFromText, { th: 'ปีงบประมาณในหัวเรื่อง', en: 'fiscal year in the title' }) : null;
  out.agency ??= agencyGuess;
  return out;
}

/** Throws unless all ten indicator scores were found, naming the missing ones. */
export function requireIndicators(sheet: ScoreSheet): number[] {
  const missing = sheet.indicators.flatMap((v, k) => (v === null ? [k + 1] : []));
  if (missing.length) {
    throw new ItaError(
      `ไม่พบคะแนนตัวชี้วัดที่ ${missing.join(', ')} ในแผ่นงาน "${sheet.sheetName}" (ต้องมีคะแนนครบ 10 ตัวชี้วัด)`,
      `Indicator ${missing.join(', ')} score(s) not found in sheet "${sheet.sheetName}" (all 10 are needed)`,
    );
  }
  return sheet.indicators as number[];
}

function textOf(v: GridValue): string {
  if (v === null || v === undefined) return '';
  if (isDateValue(v)) return v.date;
  return String(v).trim();
}

function checkScore(found: Found, th: string, en: string): number {
  const parsed = scoreSchema.safeParse(found.value);
  if (!parsed.success) {
    throw new ItaError(
      `เซลล์ ${found.cell}: ${th} อยู่นอกช่วง 0–100 (${found.value})`,
      `cell ${found.cell}: ${en} is outside 0–100 (${found.value})`,
    );
  }
  return parsed.data;
}

function toolOf(text: string): ToolId | null {
  for (const [re, id] of TOOL_PATTERNS) if (re.test(text)) return id;
  return null;
}

const NAME_TABLE = [
  ...INDICATORS.map((i) => ({ no: i.no, name: i.nameTh })),
  { no: 8, name: INDICATOR_8_OLD_NAME_TH },
].sort((a, b) => b.name.length - a.name.length);

/** The indicator a row names, and which of its cells names it. */
function indicatorOf(texts: string[]): { no: number; position: number } | null {
  for (let k = 0; k < Math.min(texts.length, 3); k++) {
    const t = texts[k].replace(/\s+/g, '');
    const named = NAME_TABLE.find((n) => t.includes(n.name.replace(/\s+/g, '')));
    if (named) return { no: named.no, position: k };
  }
  const m = /^(?:ตัวชี้วัดที่\s*)?([0-9๐-๙]{1,2})\.?$/.exec(toArabicDigits(texts[0]).trim()) ?? /^ตัวชี้วัดที่\s*([0-9๐-๙]{1,2})/.exec(texts[0]);
  if (m) {
    const no = Number(toArabicDigits(m[1]));
    if (no >= 1 && no <= 10 && texts.length >= 2) return { no, position: 0 };
  }
  return null;
}

function lastNumberAfter(cells: { text: string }[], position: number, lastNumber: (from: number) => Found | null): Found | null {
  return position + 1 < cells.length ? lastNumber(position + 1) : null;
}

/** '… ได้คะแนน ๙๒.๖๘ คะแนน' inside one cell. */
function scoreInText(text: string, cell: string, requireWord = false): Found | null {
  if (requireWord && !/คะแนน/.test(text)) return null;
  const all = [...text.matchAll(SCORE_IN_TEXT)];
  const m = all[all.length - 1];
  if (!m) return null;
  const n = parseNumberText(m[1]);
  return n === null ? null : { value: n, cell };
}
