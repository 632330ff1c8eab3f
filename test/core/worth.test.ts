import { editionById } from '../../src/core/editions';
import type { Edition } from '../../src/core/editions/types';
import { ItaError } from '../../src/core/errors';
import { checkItemsAgainstIndicators, indicatorPointWorth, itaGap, itemWorths, oitIndicatorsFromItems } from '../../src/core/worth';
import { EX001 } from './fixtures';

/** OIT items o{first}–o{last} at 100, except those listed at 0. */
function oitScores(first: number, last: number, zeros: readonly number[]): Map<string, number> {
  return new Map(Array.from({ length: last - first + 1 }, (_, k) => [`o${first + k}`, zeros.includes(first + k) ? 0 : 100]));
}

/** The published 2566 case of ITA-FRAMEWORK.md ("How OIT items add up"). */
const ZEROS_2566 = [2, 10, 13, 16, 17, 21, 22, 24, 26, 27, 29, 30];

const ed = (id: string): Edition => editionById(id) as Edition;
const worthOf = (edition: Edition, items: Map<string, number>, code: string) => itemWorths(edition, items).find((w) => w.code === code);

describe('OIT indicators from items', () => {
  test('2566 published case: sub-indicators 80, 62.5, 50, 50, 25 and indicator 9 = 53.50', () => {
    const [ind9, ind10] = oitIndicatorsFromItems(ed('2566').itemLists.OIT, oitScores(1, 30, ZEROS_2566));
    expect(ind9.subs.map((s) => [s.id, s.value, s.itemCount, s.given])).toEqual([
      ['9.1', 80, 10, 10],
      ['9.2', 62.5, 8, 8],
      ['9.3', 50, 4, 4],
      ['9.4', 50, 4, 4],
      ['9.5', 25, 4, 4],
    ]);
    expect(ind9).toMatchObject({ indicator: 9, value: 53.5, complete: true });
    // o31–o43 not given: unknown, so no value, only what is there.
    expect(ind10).toEqual({
      indicator: 10,
      value: null,
      complete: false,
      subs: [
        { id: '10.1', value: null, itemCount: 11, given: 0 },
        { id: '10.2', value: null, itemCount: 2, given: 0 },
      ],
    });
  });

  test('2568 example 001: only o6 at 0 gives indicator 9 = 90.00 and 10 = 100', () => {
    const [ind9, ind10] = oitIndicatorsFromItems(ed('2568').itemLists.OIT, oitScores(1, 28, [6]));
    expect(ind9.value).toBe(90);
    expect(ind9.subs.find((s) => s.id === '9.2')).toEqual({ id: '9.2', value: 50, itemCount: 2, given: 2 });
    expect(ind10.value).toBe(100);
  });

  test('a partly given sub-indicator has no value, and the indicator is incomplete', () => {
    const items = oitScores(1, 28, []);
    items.delete('o7');
    const [ind9] = oitIndicatorsFromItems(ed('2568').itemLists.OIT, items);
    expect(ind9.complete).toBe(false);
    expect(ind9.value).toBeNull();
    expect(ind9.subs[1]).toEqual({ id: '9.2', value: null, itemCount: 2, given: 1 });
    expect(ind9.subs[0].value).toBe(100);
  });
});

describe('worth of an item in total points', () => {
  const items2566 = oitScores(1, 43, [...ZEROS_2566, 42]);

  test('2566: o27 (9.5, 4 items) 1.0; o2 (9.1, 10 items) 0.4; o13 (9.2, 8 items) 0.5; o42 (10.2, 2 items) 5.0', () => {
    const e = ed('2566');
    expect(worthOf(e, items2566, 'o27')?.points).toBeCloseTo(1.0, 12);
    expect(worthOf(e, items2566, 'o2')?.points).toBeCloseTo(0.4, 12);
    expect(worthOf(e, items2566, 'o13')?.points).toBeCloseTo(0.5, 12);
    expect(worthOf(e, items2566, 'o42')).toMatchObject({ family: 'OIT', indicator: 10, sub: '10.2', current: 0, points: 5 });
  });

  test('only items below 100 are listed, highest worth first', () => {
    const worths = itemWorths(ed('2566'), items2566);
    expect(worths).toHaveLength(13);
    expect(worths[0].code).toBe('o42');
    expect(worths.map((w) => w.points)).toEqual([...worths.map((w) => w.points)].sort((a, b) => b - a));
    expect(worths.reduce((s, w) => s + w.points, 0)).toBeCloseTo(7 * 1 + 3 * 0.5 + 2 * 0.4 + 5, 10);
  });

  test('2568 example 001: o6 (9.2, 2 items) is worth 100/2 × 1/5 × 1/2 × 0.40 = 2.0 points', () => {
    expect(worthOf(ed('2568'), oitScores(1, 28, [6]), 'o6')).toMatchObject({
      code: 'o6',
      indicator: 9,
      sub: '9.2',
      points: 2,
      estimate: true,
      nameTh: 'แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี',
    });
  });

  test('IIT/EIT items: (100 − current) / items in the indicator / indicators in the family × weight', () => {
    const items = new Map([
      ['i1', 70],
      ['e4', 80],
      ['i15', 100],
    ]);
    const worths = itemWorths(ed('2568'), items);
    // i1: 30/3 = 10 indicator points × 0.30/5 = 0.6; e4: 20/3 × 0.30/3 = 0.6667.
    expect(worths.find((w) => w.code === 'i1')).toMatchObject({ family: 'IIT', indicator: 1, current: 70, estimate: false });
    expect(worths.find((w) => w.code === 'i1')?.points).toBeCloseTo(0.6, 12);
    expect(worths.find((w) => w.code === 'e4')).toMatchObject({ family: 'EIT', indicator: 7, estimate: false });
    expect(worths.find((w) => w.code === 'e4')?.points).toBeCloseTo(2 / 3, 12);
    expect(worths.find((w) => w.code === 'i15')).toBeUndefined();
    expect(worths[0].sub).toBeUndefined();
  });

  test('estimate follows the list: oit-2568 unverified, oit-2564 verified, eit-2561 unverified', () => {
    expect(itemWorths(ed('2568'), new Map([['o6', 0]]))[0].estimate).toBe(true);
    const old = itemWorths(
      ed('2561-2565'),
      new Map([
        ['o42', 0],
        ['e1', 50],
      ]),
    );
    expect(old.find((w) => w.code === 'o42')).toMatchObject({ estimate: false, points: 5 });
    expect(old.find((w) => w.code === 'e1')?.estimate).toBe(true);
  });

  test('codes are matched case-insensitively; items outside the edition are ignored; bad scores throw', () => {
    expect(
      itemWorths(
        ed('2568'),
        new Map([
          [' O6', 0],
          ['o40', 0],
        ]),
      ).map((w) => w.code),
    ).toEqual(['o6']);
    expect(() => itemWorths(ed('2568'), new Map([['o6', 120]]))).toThrow(ItaError);
  });
});

describe('indicatorPointWorth', () => {
  test('2568: IIT 0.30/5 = 0.06, EIT 0.30/3 = 0.1, OIT 0.40/2 = 0.2', () => {
    const e = ed('2568');
    expect([1, 5, 6, 8, 9, 10].map((n) => indicatorPointWorth(e, n))).toEqual([0.06, 0.06, 0.1, 0.1, 0.2, 0.2]);
    expect(indicatorPointWorth(ed('2561-2565'), 7)).toBe(0.1);
    expect(() => indicatorPointWorth(e, 11)).toThrow(ItaError);
  });
});

describe('items against published indicators', () => {
  // i1–i3 average to 98.29, indicator 1 of example 001.
  const items = new Map([...oitScores(1, 28, [6]), ['i1', 98.5], ['i2', 97.87], ['i3', 98.5]]);

  test('example 001 items reproduce indicators 1, 9 and 10', () => {
    expect(checkItemsAgainstIndicators(ed('2568'), EX001.indicators, items)).toEqual([
      { indicator: 1, published: 98.29, recomputed: 98.29, matches: true, estimate: false },
      { indicator: 9, published: 90, recomputed: 90, matches: true, estimate: true },
      { indicator: 10, published: 100, recomputed: 100, matches: true, estimate: true },
    ]);
  });

  test('a typo in an indicator (99.00 for 90.00) gives matches false', () => {
    const typo = [...EX001.indicators];
    typo[8] = 99;
    const ind9 = checkItemsAgainstIndicators(ed('2568'), typo, items).find((c) => c.indicator === 9);
    expect(ind9).toEqual({ indicator: 9, published: 99, recomputed: 90, matches: false, estimate: true });
  });

  test('within 0.01 matches; indicators without a complete item set or a published score are skipped', () => {
    const near = [98.3, null, null, null, null, null, null, null, 90.01, null];
    expect(checkItemsAgainstIndicators(ed('2568'), near, items).map((c) => [c.indicator, c.matches])).toEqual([
      [1, true],
      [9, true],
    ]);
  });

  test('2566: indicator 9 = 53.50 checks (verified for 9, list flagged estimate), 53.05 does not', () => {
    const published = [null, null, null, null, null, null, null, null, 53.5, null];
    const [ok] = checkItemsAgainstIndicators(ed('2566'), published, oitScores(1, 30, ZEROS_2566));
    expect(ok).toEqual({ indicator: 9, published: 53.5, recomputed: 53.5, matches: true, estimate: true });
    published[8] = 53.05;
    expect(checkItemsAgainstIndicators(ed('2566'), published, oitScores(1, 30, ZEROS_2566))[0].matches).toBe(false);
  });

  test('oit-2564 (2561–2565) is verified: no estimate', () => {
    const published = [null, null, null, null, null, null, null, null, 100, 90];
    const checks = checkItemsAgainstIndicators(ed('2561-2565'), published, oitScores(1, 43, []));
    expect(checks).toEqual([
      { indicator: 9, published: 100, recomputed: 100, matches: true, estimate: false },
      { indicator: 10, published: 90, recomputed: 100, matches: false, estimate: false },
    ]);
  });
});

describe('itaGap', () => {
  test('points missing to the target on the rounded total', () => {
    expect(itaGap(84.5)).toBe(0.5);
    expect(itaGap(90)).toBe(0);
    expect(itaGap(85)).toBe(0);
    expect(itaGap(84.995)).toBe(0); // rounds half-up to 85.00
    expect(itaGap(84.1)).toBe(0.9);
    expect(itaGap(83.5, 95)).toBe(11.5);
  });
});
