/** The roll-up's sheet names and title, in one place: the layout writes them, the reader skips them. */
export const ROLLUP_SHEETS = {
  overview: 'สรุปผล ITA หลายหน่วยงาน',
  ranking: 'อันดับผล ITA',
  indicators: 'ผลรายตัวชี้วัด หลายหน่วยงาน',
  followUp: 'หน่วยงานที่ต้องติดตาม',
  items: 'ข้อที่ไม่ผ่านบ่อย',
  movers: 'ผลเปลี่ยนแปลงจากปีก่อน',
} as const;

/** Every roll-up sheet's first cell starts with this. */
export const ROLLUP_TITLE = 'สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA) ของหน่วยงานในความรับผิดชอบ';

/** A sheet we wrote as part of a roll-up: never read back as agencies' scores. */
export function isRollupSheet(name: string, firstCell: unknown): boolean {
  return (typeof firstCell === 'string' && firstCell.startsWith(ROLLUP_TITLE)) || Object.values(ROLLUP_SHEETS).includes(name.trim() as never);
}
