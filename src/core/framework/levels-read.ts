/** The level scheme of a definition: the scheme named in the overview, and the thresholds of the levels table. */
import { LETTER_BANDS, PASS_LEVELS, PASS_RULES, type PassLevel } from '../editions/levels';
import type { LetterBand, LevelScheme, PassRules } from '../editions/types';
import { cellError, percentAt, rowsError, textOf, type CellRef } from './cells';
import { SCHEME_NAMES } from './form';
import type { TableRow } from './tables';

export interface Levels {
  scheme: LevelScheme;
  bands?: LetterBand[];
  passRules?: PassRules;
}

/** 'ระดับผ่าน', 'ผ่าน', 'pass' → pass; 'ระดับตัวอักษร', 'AA–F', 'letter' → letter; anything else is an error. */
export function schemeAt(v: unknown, at: CellRef): LevelScheme | null {
  const text = textOf(v as string).toLowerCase();
  if (!text) return null;
  if (/ผ่าน|^pass/.test(text)) return 'pass';
  if (/ตัวอักษร|^letter|^aa/.test(text)) return 'letter';
  throw cellError(
    at,
    `ไม่รู้จักรูปแบบระดับผล "${textOf(v as string)}" (ใช้ ${SCHEME_NAMES.pass} หรือ ${SCHEME_NAMES.letter})`,
    `unknown level scheme "${textOf(v as string)}" (use ${SCHEME_NAMES.pass} for pass levels or ${SCHEME_NAMES.letter} for letter bands)`,
  );
}

const PASS_BY_NAME = new Map(Object.values(PASS_LEVELS).map((l) => [l.th, l] as const));

/** The levels a definition states; null when it states none (the base edition's apply). */
export function readLevels(rows: TableRow[], named: { scheme: LevelScheme; at: CellRef } | null): Levels | null {
  if (!rows.length) {
    if (!named) return null;
    return named.scheme === 'pass' ? { scheme: 'pass', passRules: copyRules(PASS_RULES) } : { scheme: 'letter', bands: LETTER_BANDS.map((b) => ({ ...b })) };
  }
  const scheme = named?.scheme ?? (rows.some((r) => PASS_BY_NAME.has(textOf(r.value('level')))) ? 'pass' : 'letter');
  for (const r of rows) {
    const name = textOf(r.value('level'));
    if (!name) throw cellError(r.at('level'), 'ไม่ได้ระบุชื่อระดับผลการประเมิน', 'no level name given');
    if (PASS_BY_NAME.has(name) !== (scheme === 'pass')) {
      const th =
        scheme === 'pass'
          ? `ระดับ "${name}" ไม่ใช่ระดับของรูปแบบ${SCHEME_NAMES.pass} (${[...PASS_BY_NAME.keys()].join(' ')})`
          : `ระดับ "${name}" เป็นระดับผ่าน แต่รูปแบบระดับผลเป็น${SCHEME_NAMES.letter}`;
      throw cellError(r.at('level'), th, scheme === 'pass' ? `"${name}" is not a pass level` : `"${name}" is a pass level, but the scheme is letter bands`);
    }
  }
  return scheme === 'pass' ? { scheme, passRules: passRules(rows) } : { scheme, bands: bands(rows) };
}

// Apps Script has no structuredClone.
function copyRules(r: PassRules): PassRules {
  return { excellent: { ...r.excellent }, good: { ...r.good }, pass: { ...r.pass }, improve: { ...r.improve } };
}

function total(r: TableRow): number {
  const n = percentAt(r.value('total'), r.at('total'));
  if (n === null) throw cellError(r.at('total'), 'ไม่ได้ระบุคะแนนรวมขั้นต่ำของระดับนี้', 'no minimum total given for this level');
  return n;
}

function noEveryTool(r: TableRow, name: string): void {
  if (textOf(r.value('everyTool')) !== '') {
    throw cellError(r.at('everyTool'), `ระดับ ${name} ไม่มีเกณฑ์คะแนนทุกเครื่องมือ โปรดเว้นว่าง`, `level ${name} has no every-tool minimum; leave it blank`);
  }
}

function bands(rows: TableRow[]): LetterBand[] {
  const out: LetterBand[] = [];
  rows.forEach((r, k) => {
    const level = textOf(r.value('level'));
    const min = total(r);
    noEveryTool(r, level);
    if (out.some((b) => b.level === level)) throw cellError(r.at('level'), `ระดับ ${level} ซ้ำ`, `level ${level} is listed twice`);
    const above = out[k - 1];
    if (above && min >= above.min) {
      throw cellError(
        r.at('total'),
        `เกณฑ์ของระดับ ${level} (${min}) ต้องต่ำกว่าระดับ ${above.level} ที่อยู่ก่อนหน้า (${above.min}): เรียงจากระดับสูงสุดลงมา`,
        `level ${level} (${min}) must be below ${above.level} (${above.min}) above it: list the highest first`,
      );
    }
    out.push({ level, min });
  });
  const last = rows[rows.length - 1];
  if (out[out.length - 1].min !== 0)
    throw cellError(last.at('total'), 'ระดับต่ำสุดต้องเริ่มที่ 0 เพื่อให้ทุกคะแนนมีระดับ', 'the lowest level must start at 0, so that every total has a level');
  return out;
}

function passRules(rows: TableRow[]): PassRules {
  const seen = new Map<PassLevel['id'], { row: TableRow; total: number; everyTool: number | null }>();
  for (const r of rows) {
    const level = PASS_BY_NAME.get(textOf(r.value('level'))) as PassLevel;
    if (seen.has(level.id)) throw cellError(r.at('level'), `ระดับ ${level.th} ซ้ำ`, `level ${level.en} is listed twice`);
    const top = level.id === 'excellent' || level.id === 'good';
    const everyTool = top ? percentAt(r.value('everyTool'), r.at('everyTool')) : null;
    if (top && everyTool === null)
      throw cellError(r.at('everyTool'), `ระดับ ${level.th} ต้องมีคะแนนขั้นต่ำของทุกเครื่องมือ`, `level ${level.en} needs an every-tool minimum`);
    if (!top) noEveryTool(r, level.th);
    const t = total(r);
    if (level.id === 'urgent' && t !== 0) throw cellError(r.at('total'), `ระดับ ${level.th} เริ่มที่ 0 เสมอ`, `level ${level.en} always starts at 0`);
    seen.set(level.id, { row: r, total: t, everyTool });
  }
  const order: PassLevel['id'][] = ['excellent', 'good', 'pass', 'improve'];
  const missing = order.filter((id) => !seen.has(id));
  if (missing.length) {
    const names = missing.map((id) => PASS_LEVELS[id].th).join(', ');
    throw rowsError(
      rows[0].at('level').sheet,
      rows[0].row,
      rows[rows.length - 1].row,
      `เกณฑ์ระดับผ่านยังไม่มีระดับ ${names}`,
      `the pass levels lack ${missing.map((id) => PASS_LEVELS[id].en).join(', ')}`,
    );
  }
  // Each level's bar may not exceed the one above it, for the total and for every tool.
  for (let k = 1; k < order.length; k++) {
    const [hi, lo] = [seen.get(order[k - 1])!, seen.get(order[k])!];
    if (lo.total > hi.total) {
      const [a, b] = [PASS_LEVELS[order[k]], PASS_LEVELS[order[k - 1]]];
      throw cellError(
        lo.row.at('total'),
        `คะแนนรวมของระดับ ${a.th} (${lo.total}) ต้องไม่สูงกว่าระดับ ${b.th} (${hi.total})`,
        `the total of ${a.en} (${lo.total}) may not exceed that of ${b.en} (${hi.total})`,
      );
    }
  }
  const [ex, good] = [seen.get('excellent')!, seen.get('good')!];
  if ((good.everyTool as number) > (ex.everyTool as number)) {
    throw cellError(
      good.row.at('everyTool'),
      `คะแนนทุกเครื่องมือของระดับ ผ่านดี (${good.everyTool}) ต้องไม่สูงกว่าระดับ ผ่านดีเยี่ยม (${ex.everyTool})`,
      `the every-tool minimum of Pass – good (${good.everyTool}) may not exceed that of Pass – excellent (${ex.everyTool})`,
    );
  }
  return {
    excellent: { total: ex.total, everyTool: ex.everyTool as number },
    good: { total: good.total, everyTool: good.everyTool as number },
    pass: { total: seen.get('pass')!.total },
    improve: { total: seen.get('improve')!.total },
  };
}
