/**
 * The words of the agency it is. The catalogue is written for a local government (its divisions are
 * กอง, it collects fees, it has a หอกระจายข่าว); a province, a department or a school reads its own
 * units and channels instead. Applied to what we generate (plan steps, the document's advice), never
 * to what people typed.
 */
import type { AgencyKind } from './divisions';

type Rule = [RegExp, string];

/** Channels only a local government has, dropped from lists of examples ('ป้ายประกาศ และหอกระจายข่าว'). */
const NO_TOWER: Rule[] = [
  [/ (\S+) และหอกระจายข่าว/g, ' และ$1'],
  [/ หอกระจายข่าว(?= )/g, ''],
];

/** Fees a provincial office does not collect, dropped from lists ('เอกสาร และค่าธรรมเนียมของ', 'ขั้นตอน ค่าธรรมเนียม เอกสาร'). */
const NO_FEES: Rule[] = [
  [/ (\S+) และค่าธรรมเนียม/g, ' และ$1'],
  [/ ค่าธรรมเนียม(?= )/g, ''],
];

const units = (word: string): Rule[] => [[/กองหรือส่วนงาน/g, word]];

const RULES: Record<AgencyKind, Rule[]> = {
  local: [],
  pao: [],
  province: [...NO_TOWER, ...NO_FEES, ...units('ส่วนราชการประจำจังหวัดหรือกลุ่มงาน')],
  department: [...NO_TOWER, ...units('กอง สำนัก หรือกลุ่ม')],
  school: [...NO_TOWER, ...units('กลุ่มบริหารงาน')],
};

export function forAgency(text: string, kind: AgencyKind): string {
  return RULES[kind].reduce((t, [pattern, by]) => t.replace(pattern, by), text);
}

/** Words that belong to a local government's documents only, for checking the others'. */
export const LOCAL_ONLY_WORDS = ['หอกระจายข่าว', 'ค่าธรรมเนียม', 'กองหรือส่วนงาน'] as const;
