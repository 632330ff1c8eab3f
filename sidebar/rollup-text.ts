/** Words of the roll-up panel (สรุปหลายหน่วยงาน). Thai first (formal), English second. */
export const ROLLUP_TEXT = {
  rollupHeading: ['สรุปหลายหน่วยงาน', 'Roll-up of many agencies'],
  rollupHint: [
    'สำหรับสำนักงานที่ติดตามผลของหลายหน่วยงาน: วางตารางผลการประเมินรายหน่วยงาน (ชื่อหน่วยงาน ปีงบประมาณ คะแนนรวม ระดับ หรือคะแนนรายตัวชี้วัด) ลงในแผ่นงานใดก็ได้ แล้วกดสรุป',
    'For offices that follow many agencies: paste a table with a row per agency (name, fiscal year, total, level or the indicator scores) into any sheet, then summarise',
  ],
  rollupSheet: ['ตารางผลรายหน่วยงาน', 'Table of agencies'],
  rollupSheetAll: ['ทุกแผ่นงานที่ไม่ได้สร้างจากโปรแกรม', 'Every sheet this add-on did not write'],
  rollupGroup: ['จำแนกเพิ่มเติมตาม', 'Also group by'],
  rollupGroupNone: ['ไม่จำแนก', 'No grouping'],
  rollupGroupDistrict: ['อำเภอ', 'District'],
  rollupGroupType: ['ประเภทหน่วยงาน', 'Agency type'],
  rollupGroupProvince: ['จังหวัด', 'Province'],
  rollupRun: ['สรุปหลายหน่วยงาน', 'Summarise'],
  rollupRunning: ['กำลังสรุปผลของหน่วยงาน…', 'Summarising the agencies…'],
  rollupDone: [
    'สรุปผลปีงบประมาณ พ.ศ. {year} ของหน่วยงาน {agencies} แห่ง คะแนนเฉลี่ย {mean} ถึงค่าเป้าหมาย {reaching} แห่ง ต้องติดตาม {followUp} แห่ง',
    'Fiscal year {year}: {agencies} agencies, mean {mean}, {reaching} reaching the target, {followUp} to follow up',
  ],
  rollupCompared: ['เทียบกับปีงบประมาณ พ.ศ. {year}', 'Compared with {year}'],
  rollupLeftOut: ['แถวที่ไม่นำมาคำนวณ {n} แถว:', '{n} rows left out:'],
} satisfies Record<string, readonly [string, string]>;
