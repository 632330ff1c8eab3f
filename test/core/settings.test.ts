import { editionForYear } from '../../src/core/editions';
import { overridesFromGrid, SETTINGS_HEADER } from '../../src/core/settings';
import { totalFromTools } from '../../src/core/score';

describe('the ตั้งค่า ITA sheet', () => {
  test('changes a year\'s weights and base edition without a code change', () => {
    const o = overridesFromGrid([SETTINGS_HEADER, ['๒๕๗๐', '2566', 20, 15, 15, 50], [2571, '', null, null, null, null], [null]]);
    expect(o).toEqual([{ years: [2570], baseEdition: '2566', weights: { IIT: 20, EIT1: 15, EIT2: 15, OIT: 50 } }, { years: [2571] }]);
    const ed = editionForYear(2570, o);
    expect(ed.itemLists.OIT.id).toBe('oit-2566');
    expect(totalFromTools(ed, [80, 90, 90, 100]).total).toBe(93);
  });

  test('errors name the settings cell', () => {
    expect(() => overridesFromGrid([SETTINGS_HEADER, [2570, '2599', 30, 15, 15, 40]])).toThrow('แผ่นงาน ตั้งค่า ITA เซลล์ B2: ไม่รู้จักเกณฑ์ "2599"');
    expect(() => overridesFromGrid([SETTINGS_HEADER, [2570, '', 'สามสิบ']])).toThrow('แผ่นงาน ตั้งค่า ITA เซลล์ C2 ไม่ใช่ตัวเลข ("สามสิบ")');
  });
});
