/**
 * The assessment year of a pasted report. A document often names two years: the year assessed
 * (ผลการประเมิน… ประจำปีงบประมาณ พ.ศ. 2568) and the year of the plan it proposes (มาตรการ…
 * ประจำปีงบประมาณ พ.ศ. 2569). A labelled year wins, then a results year, then a year with no
 * telling words; a plan's year only stands for the year before it.
 */
import type { Label } from '../errors';
import { toArabicDigits } from '../numbers';

export type YearKind = 'label' | 'results' | 'other' | 'plan';

export interface YearSighting {
  year: number;
  kind: YearKind;
  cell: string;
  text: string;
}

export interface YearChoice {
  year: number | null;
  /** Where the year came from, when it was read from running text. */
  notes: Label[];
  warnings: Label[];
}

// 'ปีงบประมาณ พ.ศ. ๒๕๖๘', 'ในปี ๒๕๖๘', 'พ.ศ.๒๕๖๘'; not a span ('พ.ศ. ๒๕๖๑ – ๒๕๘๐').
const YEAR = /(?:ปี\s*(?:งบประมาณ)?\s*(?:พ\s*\.\s*ศ\s*\.?)?|พ\s*\.\s*ศ\s*\.?)\s*([0-9๐-๙]{4})(?![0-9๐-๙]|\s*[-–—]\s*[0-9๐-๙])/g;
const RESULTS = /ผลการประเมิน|การประเมิน|ผลคะแนน|คะแนน|การวิเคราะห์ผล/g;
const PLAN = /มาตรการ|แผน|ข้อเสนอแนะ|แนวทาง|ไปสู่การ|ปรับปรุง|พัฒนา|ตลอด|ภายใน|ระยะเวลา/g;
const FIRST_YEAR = 2561;
const LAST_YEAR = 2643;

const KIND_TH: Record<YearKind, string> = {
  label: 'ช่องปีงบประมาณ',
  results: 'ข้อความผลการประเมิน',
  other: 'ข้อความ',
  plan: 'หัวเรื่องแผนหรือมาตรการ',
};
const KIND_EN: Record<YearKind, string> = { label: 'year field', results: 'results text', other: 'text', plan: 'plan or measures title' };

/**
 * Years named in one cell, each classed by the nearest telling words before it (in the cell,
 * else at the end of the text just above: a title split over two lines).
 */
export function yearsInText(text: string, above: string): { year: number; kind: YearKind }[] {
  const out: { year: number; kind: YearKind }[] = [];
  for (const m of text.matchAll(YEAR)) {
    const year = Number(toArabicDigits(m[1]));
    if (year < FIRST_YEAR || year > LAST_YEAR) continue;
    const before = text.slice(0, m.index);
    out.push({ year, kind: cueOf(before) ?? cueOf(above) ?? 'other' });
  }
  return out;
}

function cueOf(text: string): 'results' | 'plan' | null {
  const last = (re: RegExp) => Math.max(-1, ...[...text.matchAll(re)].map((m) => m.index + m[0].length));
  const results = last(RESULTS);
  const plan = last(PLAN);
  if (results < 0 && plan < 0) return null;
  return results >= plan ? 'results' : 'plan';
}

const ORDER: YearKind[] = ['label', 'results', 'other', 'plan'];

export function chooseYear(sightings: YearSighting[]): YearChoice {
  const first = ORDER.map((k) => sightings.find((s) => s.kind === k)).find((s) => s !== undefined);
  if (!first) return { year: null, notes: [], warnings: [] };
  const fromPlan = first.kind === 'plan';
  const year = fromPlan ? first.year - 1 : first.year;
  const notes: Label[] = [];
  const warnings: Label[] = [];
  const quote = `"${clip(first.text)}"`;
  if (fromPlan) {
    warnings.push({
      th: `ปีงบประมาณที่ประเมินอนุมานจากหัวเรื่องแผนในเซลล์ ${first.cell} (${quote}): แผนของปี ${first.year} จัดทำจากผลการประเมินปี ${year} จึงใช้ปี ${year} หากไม่ถูกต้อง โปรดระบุปีงบประมาณที่ประเมินเอง`,
      en: `The assessment year was inferred from the plan title in cell ${first.cell}: a plan for ${first.year} follows the ${year} results, so ${year} is used; if that is wrong, give the assessment year`,
    });
  } else if (first.kind !== 'label') {
    notes.push({
      th: `ปีงบประมาณที่ประเมิน (พ.ศ. ${year}) อ่านจากเซลล์ ${first.cell}: ${quote}`,
      en: `The assessment year (${year}) was read from cell ${first.cell}`,
    });
  }
  const others = distinctYears(sightings).filter((s) => s.year !== first.year);
  if (others.length) {
    const list = [first, ...others];
    warnings.push({
      th: `พบปีงบประมาณมากกว่าหนึ่งปีในแผ่นงาน: ${list.map((s) => `พ.ศ. ${s.year} (เซลล์ ${s.cell}, ${KIND_TH[s.kind]})`).join(', ')} จึงใช้ปี ${year}${fromPlan ? '' : ` ตาม${KIND_TH[first.kind]}`} หากไม่ถูกต้อง โปรดระบุปีงบประมาณที่ประเมินเอง`,
      en: `More than one fiscal year in the sheet: ${list.map((s) => `${s.year} (cell ${s.cell}, ${KIND_EN[s.kind]})`).join(', ')}; ${year} is used${fromPlan ? '' : ` (from the ${KIND_EN[first.kind]})`}; if that is wrong, give the assessment year`,
    });
  }
  return { year, notes, warnings };
}

/** The first sighting of each year. */
function distinctYears(sightings: YearSighting[]): YearSighting[] {
  return sightings.filter((s, k) => sightings.findIndex((o) => o.year === s.year) === k);
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 60)}…` : t;
}
