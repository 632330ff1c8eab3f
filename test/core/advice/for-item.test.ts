/** Advice for the items of the framework in use: by list and code, by name for a user's list, else generic. */
import { itemAdvice } from '../../../src/core/advice';
import { adviceForItem } from '../../../src/core/advice/for-item';
import { editionForYear } from '../../../src/core/editions';
import type { Edition, ItemList } from '../../../src/core/editions/types';
import { chooseFramework, readFramework } from '../../../src/core/framework';
import { SCHOOL, schoolFrameworkGrid } from '../framework/school';

const advise = (edition: Edition, list: ItemList, code: string) =>
  adviceForItem(
    edition,
    list,
    list.items.find((i) => i.code === code)!,
  );

describe('advice for an item of the framework in use', () => {
  test("a built-in IIT item under a school's OIT list: its OIT documents found in the school list by name", () => {
    const school = chooseFramework(readFramework([{ name: 'กรอบการประเมิน', grid: schoolFrameworkGrid() }]), 2569, SCHOOL).edition;
    const a = advise(school, school.itemLists.IIT, 'i15');
    expect(a.adviceTh).toBe(itemAdvice('iit-2568', 'i15')!.adviceTh);
    // iit-2568 i15 points at o17–o19 of the general list; the school has two of those documents, as o15 and o16.
    expect(a.fixedBy).toEqual([
      { code: 'o15', nameTh: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ' },
      { code: 'o16', nameTh: 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ' },
    ]);
    expect(advise(school, school.itemLists.IIT, 'i15').generic).toBe(false);
  });

  test("a user's survey list: an item renumbered keeps its advice by name; a new item gets generic advice", () => {
    const base = editionForYear(2569);
    const iit: ItemList = {
      id: 'user-iit',
      family: 'IIT',
      verified: true,
      items: [
        { code: 'i1', indicator: 1, nameTh: 'การให้บริการแก่ผู้มาติดต่อทุกรายอย่างเท่าเทียมกัน' }, // i2 of 2568
        { code: 'i2', indicator: 1, nameTh: 'การให้บริการด้วยความสุภาพ' },
      ],
    };
    const edition: Edition = { ...base, itemLists: { ...base.itemLists, IIT: iit } };
    const renumbered = advise(edition, iit, 'i1');
    expect(renumbered).toMatchObject({ generic: false, adviceTh: itemAdvice('iit-2568', 'i2')!.adviceTh, measure: 'e-service' });
    expect(renumbered.fixedBy.map((f) => f.code)).toEqual(['o10', 'o8', 'o9']);
    expect(advise(edition, iit, 'i2')).toEqual({
      issueTh: 'บุคลากรภายในหน่วยงานยังรับรู้ในประเด็น "การให้บริการด้วยความสุภาพ" ต่ำกว่าค่าเป้าหมาย',
      adviceTh:
        '(ข้อเสนอแนะทั่วไป) หน่วยงานควรทบทวนการดำเนินงานในประเด็น "การให้บริการด้วยความสุภาพ" กำหนดแนวปฏิบัติที่ชัดเจน สื่อสารให้บุคลากรภายในหน่วยงานรับทราบอย่างทั่วถึง ' +
        'และติดตามผลเป็นระยะ เพื่อยกระดับผลของตัวชี้วัดที่ 1 การปฏิบัติหน้าที่',
      fixedBy: [],
      measure: 'service-manual',
      generic: true,
    });
  });
});
