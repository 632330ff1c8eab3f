/** Words of the framework panel: copying a built-in framework into a sheet. Thai first (formal), English second. */
export const FRAMEWORK_TEXT = {
  frameworkHeading: ['กรอบการประเมิน', 'Assessment framework'],
  frameworkHint: [
    'หากกรอบการประเมินของหน่วยงานต่างจากเกณฑ์ที่ติดมากับโปรแกรม เช่น รายการ OIT ของสถานศึกษา หรือเกณฑ์ของปีใหม่ ให้คัดลอกเกณฑ์ของปีงบประมาณด้านบนลงแผ่นงาน แล้วแก้ไขตามคู่มือการประเมิน การสร้างการวิเคราะห์จะใช้กรอบในแผ่นงานนั้น',
    'If your framework differs from the built-in one (a school’s OIT list, a new year’s edition), copy the built-in framework of the fiscal year above into a sheet and edit it from the manual; Generate then uses it',
  ],
  frameworkGroup: ['กลุ่มหน่วยงาน (ไม่บังคับ)', 'Agency group (optional)'],
  frameworkGroupPlaceholder: ['เช่น สถานศึกษา (เว้นว่าง = ทุกหน่วยงาน)', 'e.g. สถานศึกษา (blank: every agency)'],
  frameworkInsert: ['คัดลอกเกณฑ์ลงแผ่นงาน', 'Copy to a sheet'],
  frameworkInserting: ['กำลังคัดลอกเกณฑ์ลงแผ่นงาน…', 'Copying the framework…'],
  frameworkForGroup: [' กลุ่มหน่วยงาน{group}', ' for agency group {group}'],
  frameworkDone: [
    'คัดลอก{framework} ลงแผ่นงาน “{sheet}” แล้ว แก้ไขตามคู่มือการประเมินของหน่วยงาน แล้วกดสร้างการวิเคราะห์ (ประเภทหน่วยงานในแผ่นงานคะแนนต้องตรงกับกลุ่มหน่วยงาน)',
    'Copied {framework} into the sheet “{sheet}”: edit it from your manual, then generate the analysis (the score sheet’s agency type must match the agency group)',
  ],
} satisfies Record<string, readonly [string, string]>;
