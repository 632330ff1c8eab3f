/** The items an analysis talks about: those below the target, the lowest that pass, and codes the edition lacks. */
import { adviceForItem } from './advice/for-item';
import type { Bilingual, LowItem } from './analysis-types';
import type { Edition, ItemDef, ItemList } from './editions/types';
import { pastedIndicator } from './reading/item-names';
import type { ItemScore, ScoreSheet } from './score-sheet';

/** How many items the "to improve" list holds at least, filled with passing items under 100. */
export const DEVELOP_COUNT = 5;

export interface ItemFindings {
  /** Items below the target, per indicator, lowest first. */
  low: Map<number, LowItem[]>;
  /** Passing items under 100 that fill the list up to DEVELOP_COUNT, lowest first. */
  develop: LowItem[];
}

/** `pasted`: OIT items whose names match none of the edition's, analysed under their pasted code and name. */
export function itemFindings(edition: Edition, sheet: ScoreSheet, target: number, pasted: readonly ItemScore[] = []): ItemFindings {
  const given = new Map(sheet.items.map((i) => [i.code, i]));
  const all: LowItem[] = [];
  const kind = (score: number): LowItem['kind'] => (score < target ? 'fix' : 'develop');
  for (const list of Object.values(edition.itemLists)) {
    for (const def of list.items) {
      const item = given.get(def.code);
      if (!item || item.score >= 100) continue;
      all.push(lowItem(edition, list, def, item.score, item.text, kind(item.score)));
    }
  }
  // Matched to the catalogue by name like a user's list, else given generic advice.
  const own: ItemList = { id: 'user-oit', family: 'OIT', items: [], verified: false };
  for (const item of pasted) {
    if (item.score >= 100) continue;
    const def: ItemDef = { code: item.code, indicator: pastedIndicator(edition, item.code), nameTh: item.text };
    all.push({ ...lowItem(edition, own, def, item.score, item.text, kind(item.score)), list: edition.itemLists.OIT.id });
  }
  const byScore = (a: LowItem, b: LowItem) => a.score - b.score;
  const fix = all.filter((i) => i.kind === 'fix').sort(byScore);
  const low = new Map<number, LowItem[]>();
  for (const i of fix) low.set(i.indicator, [...(low.get(i.indicator) ?? []), i]);
  const develop = all
    .filter((i) => i.kind === 'develop')
    .sort(byScore)
    .slice(0, Math.max(0, DEVELOP_COUNT - fix.length));
  return { low, develop };
}

function lowItem(edition: Edition, list: ItemList, def: ItemDef, score: number, typed: string, kind: LowItem['kind']): LowItem {
  // A user's list (a school's) is matched to the catalogue by name; an unknown item gets generic advice.
  const advice = adviceForItem(edition, list, def);
  return {
    code: def.code,
    indicator: def.indicator,
    list: list.id,
    wordingTh: def.nameTh || typed,
    score,
    kind,
    issueTh: advice.issueTh,
    adviceTh: advice.adviceTh,
    fixedBy: advice.fixedBy,
    measure: advice.measure,
    generic: advice.generic,
  };
}

/** Item codes the year's edition does not have (o35 in 2568, whose OIT list ends at o28), with their cells. */
export function unknownItems(edition: Edition, sheet: ScoreSheet): Bilingual | null {
  const lists = Object.values(edition.itemLists);
  const known = new Set(lists.flatMap((l) => l.items.map((i) => i.code)));
  const unknown = sheet.items.filter((i) => !known.has(i.code));
  if (!unknown.length) return null;
  const named = unknown.map((i) => `${i.code} (เซลล์ ${i.cell})`).join(', ');
  const namedEn = unknown.map((i) => `${i.code} (cell ${i.cell})`).join(', ');
  const ranges = lists.map((l) => `${l.family} ${l.items[0].code}–${l.items[l.items.length - 1].code}`).join(', ');
  return {
    th: `รหัสข้อ ${named} ไม่มีใน${edition.labelTh} (${ranges}) จึงไม่ได้นำมาวิเคราะห์ โปรดตรวจสอบรหัสข้อหรือปีงบประมาณที่ประเมิน`,
    en: `Item code(s) ${namedEn} do not exist in the ${edition.id} framework (${ranges}), so they were left out; check the codes or the assessment year`,
  };
}
