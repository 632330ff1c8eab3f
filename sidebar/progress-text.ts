/** Words of the follow-up panel: the plan, the round, the follow-up sheet and report. Thai first (formal), English second. */
export const PROGRESS_TEXT = {
  followupHeading: ['ติดตามผลการดำเนินการตามมาตรการ', 'Following up the measures'],
  followupPlan: ['แผนที่ติดตาม (แผนปีก่อนเก็บไว้ในแผ่นงานตามปี)', "Plan to follow up (earlier years' plans are kept under their year)"],
  followupHint: [
    'ติดตามสถานะ ความคืบหน้า และหมายเหตุที่หน่วยงานภายในรายงานในแผ่นงานมาตรการ สำหรับรายงานรอบ 6 เดือนและรอบ 12 เดือน มาตรการที่ล่าช้ากว่ากำหนดแสดงก่อน',
    'Follows the status, progress and notes the divisions report in the plan sheet, for the 6- and 12-month reports; late measures come first',
  ],
  followupRound: ['รอบการติดตาม', 'Round'],
  followupRound6: ['รอบ 6 เดือน (ถึง 31 มีนาคม)', '6 months (to 31 March)'],
  followupRound12: ['รอบ 12 เดือน (ถึง 30 กันยายน)', '12 months (to 30 September)'],
  followupRoundDate: ['ณ วันที่ (เว้นว่าง = วันนี้)', 'As of a day (blank = today)'],
  followupDateHint: ['เว้นว่าง: วันทำการแรกหลังสิ้นรอบ (1 เมษายน หรือ 1 ตุลาคม)', 'Blank: the first working day after the round (1 April or 1 October)'],
  followupDocHint: [
    'รายงานผลใช้ตัวเลขและผู้ลงนามตามที่กำหนดในส่วน “รายงานสำหรับเผยแพร่”',
    'The follow-up report takes its digits and signers from “Document to publish”',
  ],
  followupSheet: ['สร้างแผ่นงานติดตาม', 'Write the follow-up sheet'],
  followupDownload: ['ดาวน์โหลดรายงานผล (.docx)', 'Download the follow-up report (.docx)'],
  followupWriting: ['กำลังเขียนแผ่นงานติดตาม…', 'Writing the follow-up sheet…'],
  followupSheetDone: [
    'เขียนแผ่นงานติดตามแล้ว ({round}): ล่าช้ากว่ากำหนด {late} เสี่ยงล่าช้า {risk} แล้วเสร็จ {done} จาก {n} มาตรการ',
    'Follow-up sheet written ({round}): {late} late, {risk} at risk, {done} done of {n} measures',
  ],
  followupUnread: [
    'อ่านสถานะที่หน่วยงานรายงานไม่ได้ {unread} มาตรการ นับแยกไว้ โปรดให้หน่วยงานเลือกสถานะจากรายการ',
    'Measures whose status cannot be read: {unread}, counted apart; ask the divisions to choose a status from the list',
  ],
  followupReportDone: ['ดาวน์โหลด {file} แล้ว (ล่าช้ากว่ากำหนด {late} จาก {n} มาตรการ)', 'Downloaded {file} ({late} of {n} measures late)'],
} satisfies Record<string, readonly [string, string]>;
