import { builtinEditions, editionForYear, scoringForYear } from '../../src/core/editions';
import { totalFromIndicators, totalFromTools } from '../../src/core/score';
import { EX001, EX002, EX003 } from './fixtures';

describe('totals', () => {
  test('example 001: 96.47 from the indicators and from the four tools', () => {
    const ed = editionForYear(2568);
    const fromInd = totalFromIndicators(ed, EX001.indicators);
    expect(fromInd.total).toBe(96.47);
    expect(fromInd.evidence).toEqual({ IIT: 99.08, EIT: 95.84, OIT: 95 });
    expect(totalFromTools(ed, EX001.tools).total).toBe(96.47);
    expect(totalFromTools(ed, EX001.tools).exact).toBeCloseTo(96.4745, 10);
  });

  test('example 002: 90.145 recomputed rounds half-up to 90.15 (published 90.14)', () => {
    const t = totalFromIndicators(editionForYear(2568), EX002.indicators);
    expect(t.exact).toBeCloseTo(90.145, 10);
    expect(t.total).toBe(90.15);
    expect(t.evidence.OIT).toBe(82.5);
  });

  test('example 003 (2565, three tools): 99.76', () => {
    const ed = editionForYear(2565);
    expect(ed.id).toBe('2561-2565');
    expect(totalFromIndicators(ed, EX003.indicators).total).toBe(99.76);
    expect(totalFromTools(ed, [99.92, 99.29, 100]).total).toBe(99.76);
  });

  test('three tool scores work in a four-tool edition (EIT combined)', () => {
    expect(totalFromTools(editionForYear(2568), [99.08, 95.835, 95]).total).toBe(96.47);
  });

  test('editions cover every year from 2561 and default to the newest', () => {
    expect(editionForYear(2561).id).toBe('2561-2565');
    expect(editionForYear(2566).tools.map((t) => `${t.id}${t.weight}`)).toEqual(['IIT30', 'EIT115', 'EIT215', 'OIT40']);
    expect(editionForYear(2567).itemLists.OIT.id).toBe('oit-2568');
    expect(editionForYear(2569).itemLists.IIT.items).toHaveLength(15);
    const all = builtinEditions();
    expect(editionForYear(null)).toBe(all[all.length - 1]);
    expect(editionForYear(2569)).toBe(editionForYear(2570));
    expect(all.map((e) => e.id)).toEqual(['2561-2565', '2566', '2567', '2568', '2569']);
    for (const ed of all) expect(ed.tools.reduce((s, t) => s + t.weight, 0)).toBe(100);
    // The scoring part the custom functions use carries no item lists.
    expect('itemLists' in scoringForYear(2568)).toBe(false);
    expect(scoringForYear(2568).tools).toEqual(editionForYear(2568).tools);
  });

  test('item lists have the sizes the framework gives', () => {
    const sizes = (y: number) => {
      const l = editionForYear(y).itemLists;
      return [l.IIT.items.length, l.EIT.items.length, l.OIT.items.length];
    };
    expect(sizes(2565)).toEqual([30, 15, 43]);
    expect(sizes(2566)).toEqual([30, 15, 43]);
    expect(sizes(2568)).toEqual([15, 9, 28]);
  });
});
