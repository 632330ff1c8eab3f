/**
 * A definition laid over the built-in edition of a year: what it states replaces the built-in's,
 * the rest is the built-in's. A part stated exactly as the built-in has it stays the built-in's
 * own (its list id, caveat), so a built-in edition copied to the sheet reads back as itself.
 */
import { builtinLists, editionForYear, familyWeight, LAST_EDITION_YEAR, NEWEST_LAST_YEAR, pastBuiltin } from '../editions';
import { TOOLS_3, TOOLS_4 } from '../editions/indicators';
import type { Edition, ItemList, ToolDef, ToolFamily, ToolId } from '../editions/types';
import { cellsError } from './cells';
import { yearsEn, yearsText } from './form';
import type { FrameworkDefinition, WeightKey } from './read';

/** The edition a definition gives for one of its years. */
export function mergeDefinition(def: FrameworkDefinition, year: number): Edition {
  const baseYear = def.overview?.baseYear?.value;
  const base = editionForYear(baseYear ?? year);
  // Without a base of its own, a range spanning built-in editions takes each year's; its years
  // past every built-in edition are one part, laid over the newest.
  const past = pastBuiltin(year);
  const fromYear = baseYear === undefined ? Math.max(def.from, past ? NEWEST_LAST_YEAR + 1 : base.fromYear) : def.from;
  const toYear = baseYear === undefined && !past ? Math.min(def.to, base.toYear) : def.to;
  const o = def.overview;
  const levels = def.levels;
  const edition: Edition = {
    id: `${rangeId(fromYear, toYear)}${def.group ? ` (${def.group})` : ''}`,
    fromYear,
    toYear,
    labelTh: o?.name ?? (def.group ? `${base.labelTh} กลุ่มหน่วยงาน${def.group}` : base.labelTh),
    tools: toolsOf(def, base),
    indicators: base.indicators.map((d) => {
      const name = def.indicatorNames.get(d.no);
      return name === undefined || name === d.nameTh ? d : { ...d, nameTh: name };
    }),
    levelScheme: levels?.scheme ?? base.levelScheme,
    target: o?.target ?? base.target,
    itemLists: { IIT: listOf(def, base, 'IIT'), EIT: listOf(def, base, 'EIT'), OIT: listOf(def, base, 'OIT') },
  };
  if (def.group) edition.agencyGroup = def.group;
  const bands = levels ? levels.bands : base.bands;
  const passRules = levels ? levels.passRules : base.passRules;
  if (bands) edition.bands = bands;
  if (passRules) edition.passRules = passRules;
  const noteTh = o ? o.note : base.noteTh;
  if (noteTh) edition.noteTh = noteTh;
  if (noteTh && noteTh === base.noteTh && base.noteEn) edition.noteEn = base.noteEn;
  if (o?.oitBy) edition.oitEvidenceBy = o.oitBy;
  return edition;
}

/** '2566', '2561-2565', '2569+': the built-in editions' ids, and a user's in the same way. */
function rangeId(from: number, to: number): string {
  if (from === to) return String(from);
  return to === LAST_EDITION_YEAR ? `${from}+` : `${from}-${to}`;
}

const WEIGHT_OF: Record<ToolId, WeightKey> = { IIT: 'wIIT', EIT: 'wEIT1', EIT1: 'wEIT1', EIT2: 'wEIT2', OIT: 'wOIT' };

/**
 * Weights given replace the built-in's; blank ones keep it. EIT part 2 filled means four tools;
 * EIT part 1 alone means three (EIT whole). The result must add up to 100.
 */
function toolsOf(def: FrameworkDefinition, base: Edition): ToolDef[] {
  const w = def.overview?.weights ?? {};
  const given = Object.values(w);
  if (!given.length) return base.tools;
  if (w.wEIT2 && !w.wEIT1) {
    throw cellsError([w.wEIT2.at], 'ระบุน้ำหนัก EIT ส่วนที่ 2 แล้ว ต้องระบุน้ำหนัก EIT ส่วนที่ 1 ด้วย', 'EIT part 2 has a weight, so EIT part 1 needs one too');
  }
  const split = w.wEIT2 ? true : w.wEIT1 ? false : base.tools.length === 4;
  const eit = familyWeight(base, 'EIT');
  const baseWeight = (id: ToolId) => base.tools.find((t) => t.id === id)?.weight ?? (id === 'EIT' ? eit : eit / 2);
  const tools = (split ? TOOLS_4 : TOOLS_3).map((t) => ({ ...t, weight: w[WEIGHT_OF[t.id]]?.value ?? baseWeight(t.id) }));
  const sum = tools.reduce((s, t) => s + t.weight, 0);
  if (Math.abs(sum - 100) > 1e-9) {
    const list = tools.map((t) => `${t.id.replace('EIT1', 'EIT ส่วนที่ 1').replace('EIT2', 'EIT ส่วนที่ 2')} ${t.weight}`).join(', ');
    const blanks = given.length < tools.length ? ` ช่องที่เว้นว่างใช้น้ำหนักของ${base.labelTh}` : '';
    throw cellsError(
      given.map((g) => g.at),
      `น้ำหนักเครื่องมือของปี ${yearsText(def.from, def.to)} รวมได้ ${round(sum)} ต้องรวมเป็น 100 (${list})${blanks}`,
      `the tool weights for ${yearsEn(def.from, def.to)} add up to ${round(sum)}; they must add up to 100`,
    );
  }
  return tools;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** The definition's list where it has one, the built-in's own object where the content is the same. */
function listOf(def: FrameworkDefinition, base: Edition, family: ToolFamily): ItemList {
  const mine = def.itemLists[family];
  if (!mine) return base.itemLists[family];
  const same = [base.itemLists[family], ...Object.values(builtinLists())].find((l) => l.family === family && sameContent(l, mine));
  return same ?? mine;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function sameContent(a: ItemList, b: ItemList): boolean {
  const item = (l: ItemList) => l.items.map((i) => `${i.code}|${i.indicator}|${i.sub ?? ''}|${norm(i.nameTh)}`).join('\n');
  const subs = (l: ItemList) => (l.subIndicators ?? []).map((s) => `${s.id}|${s.indicator}|${norm(s.nameTh)}|${s.items.join(',')}`).join('\n');
  return item(a) === item(b) && subs(a) === subs(b);
}
