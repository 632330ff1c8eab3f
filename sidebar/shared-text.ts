/** Words every part of the sidebar uses: the page, the alert, the date fields, a document being made. Thai first (formal), English second. */
export const SHARED_TEXT = {
  title: ['การวิเคราะห์ผล ITA', 'ITA results analysis'],
  loading: ['กำลังโหลดข้อมูลแผ่นงาน…', 'Loading the spreadsheet…'],
  retry: ['ลองอีกครั้ง', 'Try again'],
  dismiss: ['ปิด', 'Dismiss'],
  noServer: ['ไม่สามารถติดต่อ Google ชีตได้ โปรดเปิดแถบเครื่องมือจากเมนูส่วนเสริม', 'Cannot reach Google Sheets: open the sidebar from the Extensions menu'],
  unknownError: ['เกิดข้อผิดพลาด โปรดลองอีกครั้ง', 'Something went wrong: please try again'],
  docDate: ['วันที่ของเอกสาร', 'Document date'],
  datePlaceholder: ['เช่น 20 พ.ย. 2568 หรือ 20/11/2568', 'e.g. 20 พ.ย. 2568 or 20/11/2568'],
  pickDate: ['เลือกจากปฏิทิน', 'Pick from the calendar'],
  dateEcho: ['วันที่ {date}', '{date} (B.E.)'],
  errDate: ['อ่านวันที่ไม่ได้ โปรดพิมพ์ เช่น 20 พ.ย. 2568 หรือ 20/11/2568', 'Not a date: type e.g. 20 พ.ย. 2568 or 20/11/2568'],
  reportMaking: ['กำลังจัดทำเอกสาร…', 'Making the document…'],
} satisfies Record<string, readonly [string, string]>;
