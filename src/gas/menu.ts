/** Menu, sidebar and help: light enough to live in Code.js, safe under AuthMode.NONE. */

const TITLE = 'การวิเคราะห์ผล ITA';

/** Builds the menu only, touches no document data. */
export function onOpen(_e?: unknown): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('เปิดแถบเครื่องมือ (Open sidebar)', 'showSidebar')
    .addItem('แทรกแม่แบบคะแนน (Insert score template)', 'menuInsertTemplate')
    .addItem('สร้างการวิเคราะห์ (Generate analysis)', 'menuGenerate')
    .addItem('แชร์ให้หน่วยงาน (Share with divisions)', 'menuShare')
    .addItem('คัดลอกเกณฑ์ลงแผ่นงานกรอบการประเมิน (Copy a framework to edit)', 'menuInsertFramework')
    .addItem('สรุปหลายหน่วยงาน (Roll-up of many agencies)', 'menuRollup')
    .addSeparator()
    .addItem('วิธีใช้ (Help)', 'showHelp')
    .addToUi();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showHelp(): void {
  const text =
    '1) แทรกแม่แบบคะแนนแล้วกรอกคะแนน หรือวางตารางคะแนนจากรายงานผลลงในแผ่นงาน\n' +
    '2) เปิดแถบเครื่องมือแล้วกด "สร้างการวิเคราะห์" จะได้แผ่นงาน การวิเคราะห์ผล ITA และ มาตรการ ITA\n' +
    '3) ใส่รายชื่อหน่วยงานภายในพร้อมอีเมล แล้วกด "แชร์ให้หน่วยงาน" เพื่อให้แต่ละหน่วยงานปรับปรุงสถานะในแถวของตน\n' +
    '4) หากกรอบการประเมินของหน่วยงานต่างจากเกณฑ์ที่ติดมากับโปรแกรม (เช่น ของสถานศึกษา หรือของปีใหม่) ให้คัดลอกเกณฑ์ลงแผ่นงาน กรอบการประเมิน แล้วแก้ไขตามคู่มือ\n\n' +
    '1) Insert the score template or paste the report table. 2) Generate the analysis. 3) List divisions with e-mails and share. ' +
    '4) If your framework differs from the built-in one, copy it into the กรอบการประเมิน sheet and edit it.';
  SpreadsheetApp.getUi().alert(TITLE, text, SpreadsheetApp.getUi().ButtonSet.OK);
}
