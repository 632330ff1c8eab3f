/** Words of the report panel: the form of the document, digits, signers, the download. Thai first (formal), English second. */
export const REPORT_TEXT = {
  reportHeading: ['รายงานสำหรับเผยแพร่', 'Document to publish'],
  reportHint: [
    'จัดทำเอกสาร .docx จากแผ่นงานตามที่แก้ไขล่าสุด (ผลการวิเคราะห์และมาตรการ) เพื่อเสนอผู้บริหารและเผยแพร่บนเว็บไซต์ ชื่อผู้ลงนามอ่านจากแผ่นงาน ข้อมูลรายงาน ได้ด้วย',
    'Makes the .docx from the sheets as they are now (analysis and measures), to submit to the executive and publish on the website; signers can also come from the ข้อมูลรายงาน sheet',
  ],
  reportForm: ['รูปแบบเอกสาร', 'Form'],
  formReport: ['รายงานการวิเคราะห์และมาตรการ', 'Report: analysis and measures'],
  formMemo: ['บันทึกข้อความเสนอผู้บริหาร', 'Memo to the executive'],
  arabicDigits: ['ใช้เลขอารบิก (ค่าเริ่มต้นเป็นเลขไทย)', 'Arabic digits (Thai digits by default)'],
  signers: ['ผู้ลงนาม (เว้นว่างเพื่อลงนามด้วยมือ)', 'Signers (leave blank to sign by hand)'],
  preparerName: ['ชื่อผู้จัดทำ', 'Prepared by (name)'],
  preparerPosition: ['ตำแหน่งผู้จัดทำ', 'Position'],
  proposerName: ['ชื่อผู้เสนอ', 'Proposed by (name)'],
  proposerPosition: ['ตำแหน่งผู้เสนอ', 'Position'],
  executiveName: ['ชื่อผู้บริหาร', 'Executive (name)'],
  executivePosition: ['ตำแหน่งผู้บริหาร', 'Position'],
  internalCopy: [
    'ฉบับใช้ภายใน: เพิ่มเส้นทางสู่เป้าหมายและหมายเหตุของโปรแกรม (ค่าเริ่มต้นเป็นฉบับเผยแพร่บนเว็บไซต์)',
    "Internal copy: adds the path to the target and the program's notes (the default is the copy for the website)",
  ],
  reportDateHint: ['เว้นว่าง: วันที่อนุมัติแผน', "Blank: the plan's approval date"],
  downloadReport: ['ดาวน์โหลดเอกสาร (.docx)', 'Download document (.docx)'],
  reportDone: ['ดาวน์โหลด {file} แล้ว ({n} มาตรการ)', 'Downloaded {file} ({n} measures)'],
} satisfies Record<string, readonly [string, string]>;
