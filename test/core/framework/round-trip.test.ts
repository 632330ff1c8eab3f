/** The built-in editions written to the กรอบการประเมิน sheet and read back are the same editions, figures and all. */
import { builtinEditions, editionForYear } from '../../../src/core/editions';
import type { Edition } from '../../../src/core/editions/types';
import { chooseFramework, readFramework } from '../../../src/core/framework';
import { frameworkSheet } from '../../../src/core/layout/framework-sheet';
import type { Grid } from '../../../src/core/grid';
import { rate } from '../../../src/core/rating';
import { totalFromIndicators, totalFromTools } from '../../../src/core/score';
import { itemWorths, oitIndicatorsFromItems } from '../../../src/core/worth';
import { EX001, EX002, EX003 } from '../fixtures';

/** Writes an edition to the sheet form and reads the year back from it. */
function roundTrip(e: Edition, year = e.fromYear): { edition: Edition; sheets: string[] } {
  const spec = frameworkSheet(e);
  const defs = readFramework([{ name: spec.name, grid: spec.rows as Grid }]);
  return chooseFramework(defs, year, null);
}

const oitScores = (last: number, zeros: number[]) => new Map(Array.from({ length: last }, (_, k) => [`o${k + 1}`, zeros.includes(k + 1) ? 0 : 100]));

describe('built-in editions through the sheet form', () => {
  test.each(builtinEditions().map((e) => [e.id, e] as const))('%s reads back deep-equal, from its first year to its last', (_id, e) => {
    const first = roundTrip(e);
    expect(first.sheets).toEqual(['กรอบการประเมิน']);
    expect(first.edition).toStrictEqual(e);
    expect(roundTrip(e, e.toYear).edition).toStrictEqual(e);
  });

  test('the sheet holds every item with its name, and the 2568 list keeps its unverified-grouping caveat', () => {
    const e = editionForYear(2568);
    const rows = frameworkSheet(e).rows;
    const items = rows.filter((r) => r[2] === 'OIT' && typeof r[6] === 'string');
    expect(items).toHaveLength(28);
    expect(items[5]).toEqual([2568, '', 'OIT', 9, '9.2', 'การบริหารงานและการใช้จ่ายงบประมาณ', 'o6', 'แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี']);
    expect(rows.find((r) => r[6] === 'i2')?.[7]).toBe('การให้บริการแก่ผู้มาติดต่อทุกรายอย่างเท่าเทียมกัน');
    expect(roundTrip(e).edition.itemLists.OIT.caveatEn).toMatch(/^The 2568 OIT sub-indicators \(9\.1–9\.5, 10\.1–10\.2\) are not confirmed by a manual/);
  });

  test('the worked figures come out the same from the read-back editions', () => {
    const e2568 = roundTrip(editionForYear(2568)).edition;
    expect(totalFromIndicators(e2568, EX001.indicators).total).toBe(96.47);
    expect(totalFromTools(e2568, EX001.tools).total).toBe(96.47);
    expect(rate(e2568, 96.47, { IIT: 99.08, EIT1: 95.37, EIT2: 96.3, OIT: 95 }).th).toBe('ผ่านดีเยี่ยม');
    expect(totalFromIndicators(e2568, EX002.indicators)).toMatchObject({ total: 90.15, evidence: { OIT: 82.5 } });
    expect(rate(e2568, 90.15, totalFromIndicators(e2568, EX002.indicators).evidence).th).toBe('ผ่าน');
    expect(oitIndicatorsFromItems(e2568.itemLists.OIT, oitScores(28, [6])).map((i) => i.value)).toEqual([90, 100]);

    const e2565 = roundTrip(editionForYear(2565)).edition;
    expect(totalFromIndicators(e2565, EX003.indicators).total).toBe(99.76);
    expect(rate(e2565, 99.76).th).toBe('AA');

    const e2566 = roundTrip(editionForYear(2566)).edition;
    const items = oitScores(43, [2, 10, 13, 16, 17, 21, 22, 24, 26, 27, 29, 30, 42]);
    const worth = (code: string) => itemWorths(e2566, items).find((w) => w.code === code)?.points;
    expect([worth('o27'), worth('o2'), worth('o13'), worth('o42')].map((p) => Math.round((p as number) * 1e9) / 1e9)).toEqual([1, 0.4, 0.5, 5]);
    expect(oitIndicatorsFromItems(e2566.itemLists.OIT, items)[0].value).toBe(53.5);
  });
});
