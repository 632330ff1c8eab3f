import { editionForYear } from '../../../src/core/editions';
import { matchItemsByName } from '../../../src/core/reading/item-names';
import type { ItemScore } from '../../../src/core/score-sheet';

const item = (code: string, text: string, cell: string, score = 0): ItemScore => ({ code, text, score, cell });

describe('OIT items by name first, code second', () => {
  const e2568 = editionForYear(2568);

  test('code and name agree, or the name is typed with a slip or shortened: the item, no warning', () => {
    const r = matchItemsByName(e2568, [
      item('o6', 'แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี', 'C2'),
      item('o25', 'แผนปฏิบัติการป้องกันการทุจริต ๐๐.๐๐', 'A3'),
      item('o1', 'โครงสร้างและอำนาจหน้าที', 'C4'),
      item('o2', '', 'C5'),
      item('i2', 'การให้บริการแก่ผู้มาติดต่อทุกรายอย่างเท่าเทียมกัน', 'C6'),
    ]);
    expect(r.items.map((i) => i.code)).toEqual(['o6', 'o25', 'o1', 'o2', 'i2']);
    expect(r.pasted).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  test('code and name point to different items: the name wins, the cell and both items are named', () => {
    const r = matchItemsByName(e2568, [item('o19', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', 'C7'), item('o35', 'แผนปฏิบัติการป้องกันการทุจริต', 'C8')]);
    expect(r.items.map((i) => [i.code, i.cell])).toEqual([
      ['o20', 'C7'],
      ['o25', 'C8'],
    ]);
    expect(r.warnings.map((w) => w.th)).toEqual([
      'เซลล์ C7: ชื่อข้อ "การเปิดโอกาสให้เกิดการมีส่วนร่วม" ตรงกับข้อ o20 "การเปิดโอกาสให้เกิดการมีส่วนร่วม" แต่รหัส o19 ในเกณฑ์ พ.ศ. 2568 คือ "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ" จึงอ่านเป็นข้อ o20 ตามชื่อ โปรดตรวจสอบ',
      'เซลล์ C8: ชื่อข้อ "แผนปฏิบัติการป้องกันการทุจริต" ตรงกับข้อ o25 "แผนปฏิบัติการป้องกันการทุจริต" แต่รหัส o35 ไม่มีในเกณฑ์ พ.ศ. 2568 จึงอ่านเป็นข้อ o25 ตามชื่อ โปรดตรวจสอบ',
    ]);
  });

  test('a name that matches nothing is kept under the pasted code and name, and said once', () => {
    const r = matchItemsByName(e2568, [item('o11', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'C9')]);
    expect(r.items).toEqual([]);
    expect(r.pasted.map((i) => [i.code, i.text])).toEqual([['o11', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน']]);
    expect(r.warnings.map((w) => w.th)).toEqual([
      'ชื่อข้อ o11 "สรุปผลการจัดซื้อจัดจ้างรายเดือน" (เซลล์ C9) ไม่ตรงกับข้อใดในเกณฑ์ พ.ศ. 2568 จึงเก็บไว้ตามรหัสและชื่อที่วาง และไม่ได้นำไปคำนวณเส้นทางสู่เป้าหมาย หากเกณฑ์ของปีนี้ต่างจากที่ติดมากับโปรแกรม โปรดกำหนดรายการข้อในแผ่นงาน กรอบการประเมิน',
    ]);
    // In 2566 the same name is o21 (its longer official name).
    expect(matchItemsByName(editionForYear(2566), [item('o11', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'C9')]).items.map((i) => i.code)).toEqual(['o21']);
  });
});
