import { chooseYear, yearsInText } from '../../../src/core/reading/year';

describe('years in running text', () => {
  test('classed by the nearest telling words before the year', () => {
    expect(yearsInText('การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', '')).toEqual([{ year: 2568, kind: 'results' }]);
    expect(yearsInText('ตารางแสดงผลการนำผลการวิเคราะห์ไปสู่การปรับปรุงหรือพัฒนาองค์กร ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '')).toEqual([{ year: 2569, kind: 'plan' }]);
    expect(yearsInText('มาตรการ/แนวทางการนำผลการวิเคราะห์ผลการประเมิน ประจำปีงบประมาณ พ.ศ.๒๕๖๕ ไปสู่การปฏิบัติ', '')).toEqual([{ year: 2565, kind: 'results' }]);
    expect(yearsInText('ประจำปีงบประมาณ พ.ศ.๒๕๖๘', 'การวิเคราะห์ผลการประเมินระดับคุณธรรมและความโปร่งใส (ITA)')).toEqual([{ year: 2568, kind: 'results' }]);
    expect(yearsInText('ประจำปีงบประมาณ พ.ศ.๒๕๖๘', '')).toEqual([{ year: 2568, kind: 'other' }]);
  });

  test('a year outside the editions, or a span, is not a fiscal year', () => {
    expect(yearsInText('พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐', '')).toEqual([]);
    expect(yearsInText('ในปีงบประมาณ พ.ศ.๒๕๖๑ - ๒๕๖๕', '')).toEqual([]);
  });

  test('a labelled year wins and needs no note', () => {
    const c = chooseYear([
      { year: 2569, kind: 'plan', cell: 'A1', text: 'มาตรการ…' },
      { year: 2568, kind: 'label', cell: 'B4', text: '2568' },
    ]);
    expect(c.year).toBe(2568);
    expect(c.notes).toEqual([]);
    expect(c.warnings[0].en).toBe(
      'More than one fiscal year in the sheet: 2568 (cell B4, year field), 2569 (cell A1, plan or measures title); 2568 is used (from the year field); if that is wrong, give the assessment year',
    );
  });
});
