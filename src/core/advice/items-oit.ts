/**
 * Advice for the OIT checklist items (what the agency publishes on its main website), in our own
 * words. One text per document; editions that ask for the same document share it under their own
 * code. An OIT item is answered by publishing itself, so fixedBy is always [its own code].
 */
import type { ItemListId } from '../editions/types';
import type { ItemAdvice } from './types';

interface OitText {
  measure: string;
  /** What was not found, as a noun phrase ("แผนปฏิบัติการป้องกันการทุจริต"). */
  subjectTh: string;
  subjectEn: string;
  adviceTh: string;
  adviceEn: string;
}

const doc = (measure: string, subjectTh: string, subjectEn: string, adviceTh: string, adviceEn: string): OitText => ({
  measure,
  subjectTh,
  subjectEn,
  adviceTh,
  adviceEn,
});

function oitRows(list: ItemListId, byNumber: [n: number, text: OitText][]): ItemAdvice[] {
  return byNumber.map(([n, t]) => {
    const code = `o${n}`;
    // Thai runs words together; a Latin word or bracket before Thai needs a space.
    const gap = /[A-Za-z)]$/.test(t.subjectTh) ? ' ' : '';
    return {
      list,
      code,
      issueTh: `ไม่พบ${t.subjectTh}${gap}บนเว็บไซต์หลักของหน่วยงาน หรือเผยแพร่แล้วแต่ยังไม่ครบตามหลักเกณฑ์การประเมิน`,
      issueEn: `${t.subjectEn} not found on the main website, or incomplete against the criteria.`,
      adviceTh: t.adviceTh,
      adviceEn: t.adviceEn,
      fixedBy: [code],
      measure: t.measure,
    };
  });
}

// ── Basic information ────────────────────────────────────────────────────────

const STRUCTURE = doc(
  'website-disclosure-basic',
  'แผนผังโครงสร้างการแบ่งส่วนราชการของหน่วยงาน',
  'The organisation chart',
  'หน่วยงานควรจัดทำแผนผังแสดงโครงสร้างการแบ่งส่วนราชการที่เป็นปัจจุบัน ระบุตำแหน่งที่สำคัญและการแบ่งส่วนงานภายใน และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน โดยปรับปรุงทุกครั้งที่มีการเปลี่ยนแปลงโครงสร้าง',
  'Publish a current organisation chart with key posts and internal units.',
);
const EXECUTIVES = doc(
  'website-disclosure-basic',
  'ข้อมูลผู้บริหารของหน่วยงาน',
  'Information on the executives',
  'หน่วยงานควรเผยแพร่ข้อมูลผู้บริหารสูงสุดและผู้บริหารระดับรองที่ดำรงตำแหน่งในปัจจุบัน ได้แก่ ชื่อ-นามสกุล ตำแหน่ง รูปถ่าย และช่องทางการติดต่อ บนเว็บไซต์หลักของหน่วยงาน และปรับปรุงข้อมูลทันทีเมื่อมีการเปลี่ยนแปลงผู้บริหาร',
  'Publish the current executives with name, post, photo and contact.',
);
const AUTHORITY = doc(
  'website-disclosure-basic',
  'ข้อมูลอำนาจหน้าที่ของหน่วยงาน',
  'The duties and powers',
  'หน่วยงานควรเผยแพร่อำนาจหน้าที่ของหน่วยงานตามที่กฎหมายกำหนดบนเว็บไซต์หลักของหน่วยงาน โดยอ้างอิงกฎหมายที่ให้อำนาจไว้อย่างชัดเจน',
  'Publish the duties and powers the law gives the unit, citing the law.',
);
const STRUCTURE_AUTHORITY = doc(
  'website-disclosure-basic',
  'ข้อมูลโครงสร้างและอำนาจหน้าที่ของหน่วยงาน',
  'The structure and duties',
  'หน่วยงานควรเผยแพร่แผนผังโครงสร้างการแบ่งส่วนราชการที่เป็นปัจจุบัน พร้อมอำนาจหน้าที่ของหน่วยงานตามที่กฎหมายกำหนด ไว้บนเว็บไซต์หลักของหน่วยงาน และปรับปรุงข้อมูลทุกครั้งที่มีการเปลี่ยนแปลง',
  'Publish the current organisation chart together with the legal duties of the unit.',
);
const STRATEGY = doc(
  'plan-and-report',
  'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน',
  'The strategic or development plan',
  'หน่วยงานควรเผยแพร่แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงานที่มีผลใช้บังคับครอบคลุมปีที่ประเมิน ซึ่งระบุยุทธศาสตร์ เป้าหมาย ตัวชี้วัด และแนวทางการดำเนินงาน บนเว็บไซต์หลักของหน่วยงาน เพื่อให้สาธารณชนทราบทิศทางการพัฒนาระยะยาวและวิธีวัดผลสำเร็จ',
  'Publish the strategic plan in force for the year, with goals and indicators.',
);
const CONTACT = doc(
  'website-disclosure-basic',
  'ข้อมูลการติดต่อหน่วยงาน',
  'Contact information',
  'หน่วยงานควรเผยแพร่ข้อมูลการติดต่อที่เป็นปัจจุบัน ได้แก่ ที่อยู่ หมายเลขโทรศัพท์ ไปรษณีย์อิเล็กทรอนิกส์ และแผนที่ตั้ง บนเว็บไซต์หลักของหน่วยงาน และจัดให้มีช่องทางที่ผู้มาติดต่อสอบถามและได้รับคำตอบได้ โดยกำหนดผู้รับผิดชอบตอบข้อซักถามอย่างชัดเจน',
  'Publish address, phone, e-mail and map, and a channel where questions get answered.',
);
const LAWS = doc(
  'website-disclosure-basic',
  'ข้อมูลกฎหมายที่เกี่ยวข้องกับการดำเนินงาน',
  'The laws that govern the work',
  'หน่วยงานควรรวบรวมกฎหมาย ระเบียบ ข้อบังคับ และประกาศที่เกี่ยวข้องกับการดำเนินงานและการให้บริการ จัดหมวดหมู่ และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน โดยตรวจสอบให้เป็นฉบับที่มีผลใช้บังคับในปัจจุบัน',
  'Publish the laws and regulations in force for the work, grouped by topic.',
);
const NEWS = doc(
  'public-information',
  'ข่าวประชาสัมพันธ์เกี่ยวกับการดำเนินงานของหน่วยงาน',
  'News about the work',
  'หน่วยงานควรเผยแพร่ข่าวประชาสัมพันธ์เกี่ยวกับการดำเนินงานตามภารกิจในปีที่ประเมินบนเว็บไซต์หลักของหน่วยงานอย่างสม่ำเสมอ โดยมอบหมายผู้รับผิดชอบการเผยแพร่ข่าว และควรแสดง QR Code ของแบบวัด EIT ไว้บนหน้าแรกของเว็บไซต์เพื่อเชิญชวนผู้รับบริการแสดงความคิดเห็น',
  "Post news of the year's work regularly and show the EIT QR code on the home page.",
);
const QA = doc(
  'two-way-channel',
  'ช่องทางถาม-ตอบ (Q&A)',
  'A Q&A channel',
  'หน่วยงานควรจัดให้มีช่องทางถาม-ตอบบนเว็บไซต์หลักของหน่วยงานที่บุคคลภายนอกสอบถามและได้รับคำตอบได้ เช่น กระดานถาม-ตอบหรือระบบแชท และมอบหมายเจ้าหน้าที่ตอบคำถามภายในระยะเวลาที่กำหนด',
  'Offer a Q&A channel on the website and have a named officer answer in set time.',
);
const SOCIAL = doc(
  'public-information',
  'ช่องทางสื่อสังคมออนไลน์ (Social Network) ของหน่วยงาน',
  'The social network link',
  'หน่วยงานควรเชื่อมโยงจากเว็บไซต์หลักไปยังสื่อสังคมออนไลน์ของหน่วยงาน เช่น Facebook หรือ LINE Official Account และเผยแพร่ข้อมูลผ่านช่องทางดังกล่าวอย่างสม่ำเสมอ เพื่อให้ประชาชนติดตามข่าวสารและติดต่อหน่วยงานได้สะดวก',
  "Link the website to the unit's active social media accounts.",
);
const PRIVACY = doc(
  'website-disclosure-basic',
  'นโยบายคุ้มครองข้อมูลส่วนบุคคลของหน่วยงาน',
  'The personal data protection policy',
  'หน่วยงานควรจัดทำและประกาศนโยบายคุ้มครองข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ซึ่งระบุวัตถุประสงค์ของการเก็บรวบรวม ใช้ และเปิดเผยข้อมูล สิทธิของเจ้าของข้อมูล และช่องทางติดต่อ และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  'Publish a privacy policy under the Personal Data Protection Act B.E. 2562.',
);

// ── Plans, reports and budget ────────────────────────────────────────────────

const ANNUAL_PLAN = doc(
  'plan-and-report',
  'แผนดำเนินงานประจำปีของหน่วยงาน',
  'The annual operating plan',
  'หน่วยงานควรจัดทำแผนดำเนินงานประจำปีที่แสดงโครงการหรือกิจกรรม งบประมาณ และช่วงเวลาดำเนินการ และเผยแพร่บนเว็บไซต์หลักของหน่วยงานตั้งแต่ต้นปีงบประมาณ เพื่อให้สาธารณชนติดตามการดำเนินงานได้',
  'Publish the annual operating plan at the start of the fiscal year.',
);
const SIX_MONTH_REPORT = doc(
  'plan-and-report',
  'รายงานการกำกับติดตามการดำเนินงานรอบ 6 เดือน',
  'The six-month progress report',
  'หน่วยงานควรจัดทำรายงานการกำกับติดตามการดำเนินงานรอบ 6 เดือน ที่แสดงความก้าวหน้าของโครงการหรือกิจกรรม ผลการใช้จ่ายงบประมาณ ปัญหาอุปสรรค และแนวทางแก้ไข และเผยแพร่บนเว็บไซต์หลักของหน่วยงานภายในเดือนเมษายน',
  'Publish a six-month progress report by April.',
);
const ANNUAL_REPORT = doc(
  'plan-and-report',
  'รายงานผลการดำเนินงานประจำปี',
  'The annual performance report',
  'หน่วยงานควรจัดทำรายงานผลการดำเนินงานประจำปีของปีที่ผ่านมา ที่สรุปผลการดำเนินงานตามแผน ผลการใช้จ่ายงบประมาณ ปัญหาอุปสรรค และข้อเสนอแนะ ในรูปแบบที่อ่านและนำไปใช้ได้ง่าย และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน เพื่อเปิดโอกาสให้สาธารณชนตรวจสอบการดำเนินงาน',
  "Publish last year's performance report with results, spending, problems and suggestions.",
);
const SPENDING_PLAN = doc(
  'budget-participation',
  'แผนการใช้จ่ายงบประมาณประจำปี',
  'The annual spending plan',
  'หน่วยงานควรจัดทำแผนการใช้จ่ายงบประมาณประจำปีที่แสดงงบประมาณจำแนกตามแผนงาน โครงการ หรือหมวดรายจ่าย และเผยแพร่บนเว็บไซต์หลักของหน่วยงานตั้งแต่ต้นปีงบประมาณ',
  'Publish the annual spending plan by programme or expense type.',
);
const SPENDING_SIX_MONTH = doc(
  'budget-participation',
  'รายงานการกำกับติดตามการใช้จ่ายงบประมาณรอบ 6 เดือน',
  'The six-month spending report',
  'หน่วยงานควรจัดทำรายงานการใช้จ่ายงบประมาณรอบ 6 เดือน ที่แสดงผลการเบิกจ่ายเทียบกับแผน ปัญหาอุปสรรค และแนวทางแก้ไข และเผยแพร่บนเว็บไซต์หลักของหน่วยงานภายในเดือนเมษายน',
  'Publish a six-month spending report against the plan by April.',
);
const SPENDING_ANNUAL = doc(
  'budget-participation',
  'รายงานผลการใช้จ่ายงบประมาณประจำปี',
  'The annual spending report',
  'หน่วยงานควรจัดทำรายงานผลการใช้จ่ายงบประมาณประจำปีของปีที่ผ่านมา ที่แสดงผลการเบิกจ่ายจริงเทียบกับแผน ปัญหาอุปสรรค และข้อเสนอแนะ และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  "Publish last year's spending against the plan.",
);
const PLAN_AND_BUDGET = doc(
  'plan-and-report',
  'แผนดำเนินงานและการใช้งบประมาณประจำปี',
  'The annual work and budget plan',
  'หน่วยงานควรเผยแพร่แผนดำเนินงานประจำปีที่ผนวกการใช้งบประมาณไว้ด้วย โดยระบุงบประมาณและระยะเวลาของแต่ละโครงการหรือกิจกรรม บนเว็บไซต์หลักของหน่วยงานตั้งแต่ต้นปีงบประมาณ',
  'Publish the annual work plan with the budget and timing of each project.',
);
const PLAN_AND_BUDGET_SIX_MONTH = doc(
  'plan-and-report',
  'รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณรอบ 6 เดือน',
  'The six-month work and budget report',
  'หน่วยงานควรรายงานความก้าวหน้าของแผนดำเนินงานและผลการเบิกจ่ายงบประมาณในรอบครึ่งปีแรกของปีงบประมาณ พร้อมปัญหาอุปสรรคและแนวทางแก้ไข และเผยแพร่บนเว็บไซต์หลักของหน่วยงานภายในเดือนเมษายน',
  'Publish first-half progress and spending by April.',
);
const PLAN_AND_PROGRESS = doc(
  'plan-and-report',
  'แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี',
  'The annual plan and its progress',
  'หน่วยงานควรเผยแพร่แผนการดำเนินงานและการใช้งบประมาณประจำปีที่ระบุโครงการ งบประมาณ และระยะเวลา พร้อมรายงานความก้าวหน้าของการดำเนินงานและการเบิกจ่ายระหว่างปี บนเว็บไซต์หลักของหน่วยงาน โดยตรวจสอบให้มีองค์ประกอบครบถ้วนตามหลักเกณฑ์ เพื่อให้สาธารณชนติดตามและให้ข้อเสนอแนะได้',
  "Publish the year's work and budget plan and update its progress during the year.",
);

// ── Operations and services ──────────────────────────────────────────────────

const WORK_MANUAL = doc(
  'service-manual',
  'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่',
  'The staff work manual',
  'หน่วยงานควรจัดทำหรือทบทวนคู่มือการปฏิบัติงานให้ครอบคลุมทุกภารกิจหลัก โดยระบุขั้นตอน ระยะเวลา และผู้รับผิดชอบให้สอดคล้องกับกฎหมายและวิธีปฏิบัติงานในปัจจุบัน และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน ทั้งนี้ ควรให้เจ้าหน้าที่ผู้ปฏิบัติงานมีส่วนร่วมในการจัดทำ และสรุปขั้นตอนเป็นแผนผังที่เข้าใจง่าย',
  'Write or update work manuals for every main task, with steps, time and owner, and publish them.',
);
const SERVICE_MANUAL = doc(
  'service-manual',
  'คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการ',
  'The service guide for users',
  'หน่วยงานควรจัดทำคู่มือการขอรับบริการของทุกงานบริการ ที่ระบุขั้นตอน ระยะเวลา เอกสารหลักฐาน ค่าธรรมเนียม และช่องทางร้องเรียน และเผยแพร่บนเว็บไซต์หลักของหน่วยงานและ ณ จุดให้บริการ โดยทบทวนให้เป็นปัจจุบันและสอดคล้องกับปริมาณผู้รับบริการ',
  'Publish a guide for every service with steps, time, documents, fees and where to complain.',
);
const SERVICE_STATS = doc(
  'service-data',
  'ข้อมูลสถิติการให้บริการ',
  'Service statistics',
  'หน่วยงานควรจัดเก็บสถิติการให้บริการของทุกงานบริการเป็นรายเดือนหรือรายไตรมาส โดยแยกการมาติดต่อด้วยตนเองและการใช้บริการผ่าน E-Service และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน เพื่อนำไปวางแผนปรับปรุงการให้บริการ',
  'Publish monthly or quarterly service statistics, walk-in and E-Service apart.',
);
const SATISFACTION = doc(
  'service-data',
  'รายงานผลการสำรวจความพึงพอใจการให้บริการ',
  'The satisfaction survey report',
  'หน่วยงานควรสำรวจความพึงพอใจของผู้รับบริการอย่างน้อยปีละครั้ง จัดทำรายงานที่แสดงผลการสำรวจ ประเด็นที่ควรปรับปรุง และแนวทางการพัฒนา และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  'Survey user satisfaction at least yearly and publish the report with follow-up actions.',
);
const E_SERVICE = doc(
  'e-service',
  'ระบบการให้บริการออนไลน์ (E-Service)',
  'An E-Service',
  'หน่วยงานควรพัฒนาระบบการให้บริการออนไลน์ (E-Service) สำหรับงานบริการหลัก ที่ผู้รับบริการยื่นคำขอและได้รับการตอบสนองผ่านระบบได้ โดยเข้าถึงได้จากเว็บไซต์หลักของหน่วยงาน และขยายให้ครอบคลุมงานบริการอื่นตามลำดับ',
  'Offer an E-Service for the main services, reachable from the main website.',
);

// ── Procurement ──────────────────────────────────────────────────────────────

const PROCUREMENT_PLAN = doc(
  'procurement-disclosure',
  'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุประจำปี',
  'The annual procurement plan',
  'หน่วยงานควรจัดทำแผนการจัดซื้อจัดจ้างประจำปีตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 และเผยแพร่บนเว็บไซต์หลักของหน่วยงานควบคู่กับระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)',
  'Publish the annual procurement plan on the website as well as in e-GP.',
);
const PROCUREMENT_NOTICES = doc(
  'procurement-disclosure',
  'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง',
  'Procurement notices',
  'หน่วยงานควรเผยแพร่ประกาศเชิญชวน ประกาศผลผู้ชนะการเสนอราคา และประกาศอื่นที่เกี่ยวข้องกับการจัดซื้อจัดจ้างในปีที่ประเมินบนเว็บไซต์หลักของหน่วยงานให้ครบถ้วนและทันเวลา',
  "Publish the year's invitations and award notices promptly.",
);
const PROCUREMENT_MONTHLY = doc(
  'procurement-disclosure',
  'สรุปผลการจัดซื้อจัดจ้างรายเดือน',
  'The monthly procurement summary',
  'หน่วยงานควรจัดทำสรุปผลการจัดซื้อจัดจ้างเป็นรายเดือน ที่ระบุงานที่จัดซื้อจัดจ้าง วงเงิน วิธีการ ผู้เสนอราคา ผู้ได้รับคัดเลือก และเหตุผลที่คัดเลือก และเผยแพร่บนเว็บไซต์หลักของหน่วยงานทุกเดือน',
  'Publish a monthly summary of purchases with amount, method, bidders, winner and reason.',
);
const PROCUREMENT_ANNUAL = doc(
  'procurement-disclosure',
  'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี',
  'The annual procurement report',
  'หน่วยงานควรจัดทำรายงานผลการจัดซื้อจัดจ้างประจำปีของปีที่ผ่านมา ที่แสดงจำนวนโครงการ งบประมาณ วิธีการจัดซื้อจัดจ้าง ปัญหาอุปสรรค และข้อเสนอแนะ ในรูปแบบตารางที่นำไปประมวลผลต่อได้ และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  "Publish last year's procurement report as a machine-readable table.",
);
const PROCUREMENT_LIST = doc(
  'procurement-disclosure',
  'รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุและความก้าวหน้า',
  'The procurement list and its progress',
  'หน่วยงานควรเผยแพร่รายการจัดซื้อจัดจ้างของปีที่ประเมินทุกรายการ พร้อมวงเงิน วิธีการ และสถานะความก้าวหน้าของแต่ละรายการ ในรูปแบบตารางที่นำไปประมวลผลต่อได้ บนเว็บไซต์หลักของหน่วยงาน และปรับปรุงข้อมูลอย่างน้อยเดือนละครั้ง',
  'List every purchase of the year with amount, method and progress, updated monthly.',
);

// ── Human resources ──────────────────────────────────────────────────────────

const HR_POLICY = doc(
  'hr-plan-report',
  'นโยบายหรือแผนการบริหารทรัพยากรบุคคล',
  'The HR policy or plan',
  'หน่วยงานควรจัดทำนโยบายหรือแผนการบริหารทรัพยากรบุคคลที่ผู้บริหารสูงสุดให้ความเห็นชอบ ครอบคลุมการสรรหา การพัฒนา การประเมินผล และการรักษาบุคลากร และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  'Publish an approved HR policy or plan covering recruitment, development, appraisal and retention.',
);
const HR_ACTIONS = doc(
  'hr-plan-report',
  'ผลการดำเนินการตามนโยบายหรือแผนการบริหารทรัพยากรบุคคล',
  'What was done under the HR policy',
  'หน่วยงานควรรวบรวมผลการดำเนินการตามนโยบายหรือแผนการบริหารทรัพยากรบุคคลในปีที่ประเมิน เช่น การสรรหา การฝึกอบรม และการประเมินผล พร้อมหลักฐานประกอบ และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  "Publish the year's HR actions with evidence.",
);
const HR_CRITERIA = doc(
  'hr-plan-report',
  'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล',
  'The HR criteria',
  'หน่วยงานควรเผยแพร่หลักเกณฑ์การสรรหาและคัดเลือก การแต่งตั้งและโยกย้าย การพัฒนา การประเมินผลการปฏิบัติงาน และการให้คุณให้โทษบุคลากร บนเว็บไซต์หลักของหน่วยงาน เพื่อให้บุคลากรทราบและตรวจสอบได้',
  'Publish the rules for recruitment, appointment, development, appraisal and discipline.',
);
const HR_REPORT = doc(
  'hr-plan-report',
  'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี',
  'The annual HR report',
  'หน่วยงานควรจัดทำรายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปีของปีที่ผ่านมา ที่สรุปผลการดำเนินการตามแผน ปัญหาอุปสรรค และข้อเสนอแนะ และเผยแพร่บนเว็บไซต์หลักของหน่วยงานให้บุคลากรและสาธารณชนทราบ',
  "Publish last year's HR report with results, problems and suggestions.",
);
const HR_PLAN = doc(
  'hr-plan-report',
  'แผนการบริหารและพัฒนาทรัพยากรบุคคล',
  'The HR management and development plan',
  'หน่วยงานควรจัดทำแผนการบริหารและพัฒนาทรัพยากรบุคคลที่มีผลใช้บังคับในปีที่ประเมิน ซึ่งระบุเป้าหมาย กิจกรรม และกลุ่มเป้าหมายของการสรรหา การพัฒนา และการรักษาบุคลากร และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  'Publish the HR plan in force for the year with goals and activities.',
);

// ── Complaints and participation ─────────────────────────────────────────────

const COMPLAINT_GUIDE = doc(
  'complaint-handling',
  'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
  'The corruption complaint guideline',
  'หน่วยงานควรจัดทำแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบที่ระบุขั้นตอน ระยะเวลา ผู้รับผิดชอบ การติดตามเรื่อง และการคุ้มครองข้อมูลของผู้แจ้งเบาะแส และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  'Publish a complaint guideline with steps, time, owner, tracking and whistle-blower protection.',
);
const COMPLAINT_CHANNEL = doc(
  'complaint-handling',
  'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
  'A corruption complaint channel',
  'หน่วยงานควรจัดช่องทางออนไลน์สำหรับแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบที่ใช้งานได้สะดวกและปลอดภัย เข้าถึงได้จากเว็บไซต์หลักของหน่วยงาน และประชาสัมพันธ์ให้บุคลากรและประชาชนทราบ',
  'Offer a safe online complaint channel reachable from the main website.',
);
const COMPLAINT_STATS = doc(
  'complaint-handling',
  'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
  'Corruption complaint statistics',
  'หน่วยงานควรจัดทำข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของปีที่ประเมิน ที่แสดงจำนวนเรื่อง เรื่องที่ดำเนินการแล้วเสร็จ และเรื่องที่อยู่ระหว่างดำเนินการ และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน แม้ไม่มีเรื่องร้องเรียนก็ควรเผยแพร่โดยระบุจำนวนเป็นศูนย์',
  "Publish the year's complaint statistics, even when the count is zero.",
);
const OPINION_CHANNEL = doc(
  'two-way-channel',
  'ช่องทางการรับฟังความคิดเห็นของหน่วยงาน',
  'A channel for public opinion',
  'หน่วยงานควรจัดช่องทางออนไลน์ที่ประชาชนแสดงความคิดเห็นต่อการดำเนินงานของหน่วยงานได้ เช่น แบบฟอร์มรับฟังความคิดเห็น และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน พร้อมกำหนดผู้รับผิดชอบรวบรวมความคิดเห็นเสนอผู้บริหาร',
  'Offer an online form for public opinion and name who passes it to management.',
);
const PARTICIPATION = doc(
  'participation',
  'ข้อมูลการเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน',
  'Evidence of stakeholder participation',
  'หน่วยงานควรจัดกิจกรรมหรือโครงการที่เปิดให้ประชาชนหรือผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วมในการวางแผน การดำเนินงาน หรือการติดตามผลตามภารกิจของหน่วยงานในปีที่ประเมิน และเผยแพร่รายละเอียดและผลของกิจกรรมบนเว็บไซต์หลักของหน่วยงาน',
  "Hold activities where stakeholders take part in the year's work and publish what came of them.",
);

// ── Corruption prevention ────────────────────────────────────────────────────

const INTEGRITY_INTENT = doc(
  'executive-integrity',
  'การแสดงเจตจำนงสุจริตในการบริหารงานของผู้บริหาร',
  "The executive's declaration of integrity",
  'หน่วยงานควรให้ผู้บริหารสูงสุดแสดงเจตจำนงสุจริตในการบริหารงานของปีที่ประเมินต่อสาธารณชนและบุคลากร ในรูปแบบประกาศหรือสื่อวีดิทัศน์ และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  'Have the head declare integrity for the year and publish the declaration.',
);
const EXEC_PARTICIPATION = doc(
  'executive-integrity',
  'หลักฐานการมีส่วนร่วมของผู้บริหารในการส่งเสริมคุณธรรมและความโปร่งใส',
  "Evidence of the executives' part in integrity work",
  'หน่วยงานควรเผยแพร่หลักฐานที่แสดงว่าผู้บริหารสูงสุดเป็นผู้นำในการส่งเสริมคุณธรรมและความโปร่งใส เช่น การมอบนโยบาย การเป็นประธานการประชุมหรือกิจกรรมด้านการป้องกันการทุจริต บนเว็บไซต์หลักของหน่วยงาน',
  'Publish evidence that the head leads integrity and anti-corruption work.',
);
const RISK_ASSESSMENT = doc(
  'bribery-risk',
  'รายงานการประเมินความเสี่ยงการทุจริตประจำปี',
  'The annual corruption risk assessment',
  'หน่วยงานควรประเมินความเสี่ยงการทุจริตและประพฤติมิชอบของปีที่ประเมิน โดยระบุเหตุการณ์เสี่ยง ระดับความเสี่ยง และมาตรการควบคุมที่เหมาะสม และเผยแพร่รายงานการประเมินบนเว็บไซต์หลักของหน่วยงาน',
  "Assess the year's corruption risks with levels and controls, and publish the assessment.",
);
const RISK_ACTIONS = doc(
  'bribery-risk',
  'หลักฐานการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต',
  'Evidence of managing corruption risk',
  'หน่วยงานควรดำเนินการตามมาตรการจัดการความเสี่ยงการทุจริตที่กำหนดไว้ มอบหมายผู้รับผิดชอบ ติดตามผล และเผยแพร่ผลการดำเนินการพร้อมหลักฐานบนเว็บไซต์หลักของหน่วยงาน',
  'Carry out the risk controls, follow them up and publish the results with evidence.',
);
const CULTURE = doc(
  'ethics-code',
  'หลักฐานการเสริมสร้างวัฒนธรรมองค์กรด้านการต่อต้านการทุจริต',
  'Evidence of building an anti-corruption culture',
  'หน่วยงานควรจัดกิจกรรมเสริมสร้างวัฒนธรรมองค์กรให้บุคลากรมีทัศนคติและค่านิยมในการต่อต้านการทุจริต เช่น การอบรมเรื่องการแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม และเผยแพร่รายละเอียดและภาพกิจกรรมบนเว็บไซต์หลักของหน่วยงาน',
  'Run anti-corruption culture activities for staff and publish them.',
);
const AC_PLAN = doc(
  'anti-corruption-plan',
  'แผนปฏิบัติการป้องกันการทุจริต',
  'The anti-corruption action plan',
  'หน่วยงานควรจัดทำแผนปฏิบัติการป้องกันการทุจริตที่มีโครงการหรือกิจกรรม งบประมาณ และระยะเวลาดำเนินการ ให้สอดคล้องกับผลการประเมินความเสี่ยงการทุจริตและผลการประเมิน ITA ของปีก่อน และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  'Publish an anti-corruption action plan built on the risk assessment and last ITA result.',
);
const AC_SIX_MONTH = doc(
  'anti-corruption-plan',
  'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตรอบ 6 เดือน',
  'The six-month anti-corruption report',
  'หน่วยงานควรรายงานความก้าวหน้าของการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริตในรอบ 6 เดือน พร้อมผลการใช้จ่ายงบประมาณและปัญหาอุปสรรค และเผยแพร่บนเว็บไซต์หลักของหน่วยงานภายในเดือนเมษายน',
  'Publish six-month progress on the anti-corruption plan by April.',
);
const AC_ANNUAL = doc(
  'anti-corruption-plan',
  'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี',
  'The annual anti-corruption report',
  'หน่วยงานควรจัดทำรายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริตของปีที่ผ่านมา ที่แสดงผลการดำเนินการ ผลการใช้จ่ายงบประมาณ ปัญหาอุปสรรค และข้อเสนอแนะสำหรับปีถัดไป และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  "Publish last year's anti-corruption results with suggestions for next year.",
);
const ITA_MEASURES = doc(
  'ita-measures',
  'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  'The integrity and transparency measures',
  'หน่วยงานควรวิเคราะห์ผลการประเมิน ITA ของปีที่ผ่านมาเพื่อระบุประเด็นที่ต้องแก้ไข แล้วกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสที่มีขั้นตอน ผู้รับผิดชอบ และกำหนดเวลาชัดเจน โดยให้บุคลากรมีส่วนร่วม และเผยแพร่ทั้งผลการวิเคราะห์และมาตรการบนเว็บไซต์หลักของหน่วยงาน',
  "Analyse last year's ITA result, set measures with owners and dates, and publish both.",
);
const ITA_ACTIONS = doc(
  'ita-measures',
  'หลักฐานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  'Evidence of carrying out the integrity measures',
  'หน่วยงานควรดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสที่กำหนดไว้ รวบรวมหลักฐานการดำเนินการ รายงานผลต่อผู้บริหาร และเผยแพร่ผลการดำเนินการบนเว็บไซต์หลักของหน่วยงาน',
  'Carry out the integrity measures and publish what was done.',
);
const ITA_REPORT = doc(
  'ita-measures',
  'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานประจำปี',
  'The annual integrity measures report',
  'หน่วยงานควรจัดทำรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของปีที่ผ่านมา ที่สรุปผลของแต่ละมาตรการ ปัญหาอุปสรรค และแนวทางปรับปรุง และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน เพื่อสร้างความเชื่อมั่นต่อสาธารณชน',
  "Publish last year's report on each integrity measure.",
);
const NO_GIFT_ANNOUNCE = doc(
  'no-gift',
  'ประกาศเจตนารมณ์นโยบาย No Gift Policy ของผู้บริหาร',
  "The head's No Gift Policy announcement",
  'หน่วยงานควรให้ผู้บริหารสูงสุดลงนามประกาศเจตนารมณ์นโยบายไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy) ในปีที่ประเมิน และเผยแพร่ประกาศบนเว็บไซต์หลักของหน่วยงาน',
  "Have the head sign this year's No Gift Policy announcement and publish it.",
);
const NO_GIFT_CULTURE = doc(
  'no-gift',
  'หลักฐานกิจกรรมสร้างวัฒนธรรม No Gift Policy',
  'Evidence of No Gift culture activities',
  'หน่วยงานควรจัดกิจกรรมที่ส่งเสริมให้บุคลากรปฏิบัติตามนโยบาย No Gift Policy เช่น การชี้แจงในที่ประชุม การประชาสัมพันธ์ภายใน หรือการรณรงค์ในช่วงเทศกาล และเผยแพร่รายละเอียดและภาพกิจกรรมบนเว็บไซต์หลักของหน่วยงาน',
  'Run No Gift activities for staff and publish them.',
);
const NO_GIFT_REPORT = doc(
  'no-gift',
  'รายงานผลตามนโยบาย No Gift Policy',
  'The No Gift Policy report',
  'หน่วยงานควรจัดทำรายงานผลการดำเนินการตามนโยบาย No Gift Policy ที่สรุปกิจกรรมที่ดำเนินการและผลการรายงานการรับหรือให้ของขวัญของบุคลากร และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  'Publish a report on No Gift activities and gifts reported by staff.',
);
const NO_GIFT_2568 = doc(
  'no-gift',
  'ประกาศเจตนารมณ์และหลักฐานการสร้างวัฒนธรรมตามนโยบาย No Gift Policy',
  'The No Gift announcement and culture activities',
  'หน่วยงานควรให้ผู้บริหารสูงสุดประกาศเจตนารมณ์นโยบาย No Gift Policy ในปีที่ประเมิน จัดกิจกรรมขับเคลื่อนให้นโยบายเป็นวัฒนธรรมองค์กร และกำกับติดตามการปฏิบัติ พร้อมเผยแพร่ทั้งประกาศและผลการดำเนินกิจกรรมบนเว็บไซต์หลักของหน่วยงาน',
  "Publish this year's No Gift announcement and the activities that make it a habit.",
);
const GIFT_REPORT = doc(
  'no-gift',
  'รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา',
  'The report of gifts received by custom',
  'หน่วยงานควรให้บุคลากรรายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาตามมาตรา 128 แห่งพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 สรุปเป็นรายงานของหน่วยงาน และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน แม้ไม่มีการรับก็ควรรายงานว่าไม่มี',
  'Collect and publish the report of gifts received under section 128, even when there were none.',
);
const BRIBERY_RISK = doc(
  'bribery-risk',
  'รายงานการประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน',
  'The bribery risk assessment',
  'หน่วยงานควรวิเคราะห์กระบวนงานตามภารกิจที่อาจเกิดการให้หรือรับสินบนเพื่อแลกกับการปฏิบัติหรือละเว้นการปฏิบัติหน้าที่ ประเมินระดับความเสี่ยง กำหนดมาตรการควบคุมและผู้รับผิดชอบ และเผยแพร่ผลการประเมินบนเว็บไซต์หลักของหน่วยงาน',
  'Assess where bribes may be given or taken, set controls and owners, and publish the assessment.',
);
const RISK_REPORT = doc(
  'bribery-risk',
  'รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ',
  'The corruption risk management report',
  'หน่วยงานควรจัดทำรายงานผลการดำเนินการตามมาตรการจัดการความเสี่ยงการทุจริตและประพฤติมิชอบของปีที่ผ่านมา ที่แสดงผลการดำเนินการเทียบกับมาตรการที่กำหนดไว้ และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  "Publish last year's results of the risk controls against what was planned.",
);
const ETHICS_CODE = doc(
  'ethics-code',
  'ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ',
  'The code of ethics',
  'หน่วยงานควรเผยแพร่ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐที่ใช้บังคับกับบุคลากรของหน่วยงาน รวมทั้งข้อกำหนดจริยธรรมเพิ่มเติมของหน่วยงาน (ถ้ามี) บนเว็บไซต์หลักของหน่วยงาน',
  "Publish the code of ethics that applies to the unit's staff.",
);
const ETHICS_DRIVE = doc(
  'ethics-code',
  'หลักฐานการขับเคลื่อนจริยธรรมของหน่วยงาน',
  'Evidence of promoting ethics',
  'หน่วยงานควรขับเคลื่อนจริยธรรมตามพระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. 2562 เช่น การกำหนดผู้รับผิดชอบงานจริยธรรม การอบรม และการให้คำปรึกษาด้านจริยธรรม และเผยแพร่ผลการดำเนินการบนเว็บไซต์หลักของหน่วยงาน',
  'Promote ethics under the Ethical Standards Act B.E. 2562 and publish what was done.',
);
const ETHICS_ASSESS = doc(
  'ethics-code',
  'รายงานการประเมินจริยธรรมเจ้าหน้าที่ของรัฐ',
  'The ethics assessment of staff',
  'หน่วยงานควรประเมินการปฏิบัติตามประมวลจริยธรรมของบุคลากร เช่น นำไปประกอบการประเมินผลการปฏิบัติงาน และเผยแพร่รายงานผลการประเมินพร้อมแนวทางพัฒนาบนเว็บไซต์หลักของหน่วยงาน',
  "Assess staff's observance of the code and publish the result with next steps.",
);
const ETHICS_2568 = doc(
  'ethics-code',
  'ประมวลจริยธรรมและหลักฐานการขับเคลื่อนจริยธรรม',
  'The code of ethics and its promotion',
  'หน่วยงานควรเผยแพร่ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ และขับเคลื่อนจริยธรรมตามพระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. 2562 เช่น การสร้างความเข้าใจ การให้คำปรึกษา และการอบรมเรื่องมาตรฐานทางจริยธรรม พร้อมเผยแพร่ผลการดำเนินการบนเว็บไซต์หลักของหน่วยงาน',
  'Publish the code of ethics and evidence of promoting it during the year.',
);

// ── The lists ────────────────────────────────────────────────────────────────

const BASIC_2564: [number, OitText][] = [
  [1, STRUCTURE],
  [2, EXECUTIVES],
  [3, AUTHORITY],
  [4, STRATEGY],
  [5, CONTACT],
  [6, LAWS],
  [7, NEWS],
  [8, QA],
  [9, SOCIAL],
];

const OIT_2564 = oitRows('oit-2564', [
  ...BASIC_2564,
  [10, ANNUAL_PLAN],
  [11, SIX_MONTH_REPORT],
  [12, ANNUAL_REPORT],
  [13, WORK_MANUAL],
  [14, SERVICE_MANUAL],
  [15, SERVICE_STATS],
  [16, SATISFACTION],
  [17, E_SERVICE],
  [18, SPENDING_PLAN],
  [19, SPENDING_SIX_MONTH],
  [20, SPENDING_ANNUAL],
  [21, PROCUREMENT_PLAN],
  [22, PROCUREMENT_NOTICES],
  [23, PROCUREMENT_MONTHLY],
  [24, PROCUREMENT_ANNUAL],
  [25, HR_POLICY],
  [26, HR_ACTIONS],
  [27, HR_CRITERIA],
  [28, HR_REPORT],
  [29, COMPLAINT_GUIDE],
  [30, COMPLAINT_CHANNEL],
  [31, COMPLAINT_STATS],
  [32, OPINION_CHANNEL],
  [33, PARTICIPATION],
  [34, INTEGRITY_INTENT],
  [35, EXEC_PARTICIPATION],
  [36, RISK_ASSESSMENT],
  [37, RISK_ACTIONS],
  [38, CULTURE],
  [39, AC_PLAN],
  [40, AC_SIX_MONTH],
  [41, AC_ANNUAL],
  [42, ITA_MEASURES],
  [43, ITA_ACTIONS],
]);

const OIT_2566 = oitRows('oit-2566', [
  ...BASIC_2564,
  [10, PRIVACY],
  [11, PLAN_AND_BUDGET],
  [12, PLAN_AND_BUDGET_SIX_MONTH],
  [13, ANNUAL_REPORT],
  [14, WORK_MANUAL],
  [15, SERVICE_MANUAL],
  [16, SERVICE_STATS],
  [17, SATISFACTION],
  [18, E_SERVICE],
  [19, PROCUREMENT_PLAN],
  [20, PROCUREMENT_NOTICES],
  [21, PROCUREMENT_MONTHLY],
  [22, PROCUREMENT_ANNUAL],
  [23, HR_POLICY],
  [24, HR_ACTIONS],
  [25, HR_CRITERIA],
  [26, HR_REPORT],
  [27, COMPLAINT_GUIDE],
  [28, COMPLAINT_CHANNEL],
  [29, COMPLAINT_STATS],
  [30, PARTICIPATION],
  [31, NO_GIFT_ANNOUNCE],
  [32, NO_GIFT_CULTURE],
  [33, NO_GIFT_REPORT],
  [34, RISK_ASSESSMENT],
  [35, RISK_ACTIONS],
  [36, AC_PLAN],
  [37, AC_SIX_MONTH],
  [38, AC_ANNUAL],
  [39, ETHICS_CODE],
  [40, ETHICS_DRIVE],
  [41, ETHICS_ASSESS],
  [42, ITA_MEASURES],
  [43, ITA_ACTIONS],
]);

const OIT_2568 = oitRows('oit-2568', [
  [1, STRUCTURE_AUTHORITY],
  [2, EXECUTIVES],
  [3, CONTACT],
  [4, NEWS],
  [5, STRATEGY],
  [6, PLAN_AND_PROGRESS],
  [7, ANNUAL_REPORT],
  [8, WORK_MANUAL],
  [9, SERVICE_MANUAL],
  [10, E_SERVICE],
  [11, SERVICE_STATS],
  [12, PROCUREMENT_LIST],
  [13, PROCUREMENT_ANNUAL],
  [14, HR_PLAN],
  [15, HR_REPORT],
  [16, ETHICS_2568],
  [17, COMPLAINT_GUIDE],
  [18, COMPLAINT_CHANNEL],
  [19, COMPLAINT_STATS],
  [20, PARTICIPATION],
  [21, NO_GIFT_2568],
  [22, GIFT_REPORT],
  [23, BRIBERY_RISK],
  [24, RISK_REPORT],
  [25, AC_PLAN],
  [26, AC_ANNUAL],
  [27, ITA_MEASURES],
  [28, ITA_REPORT],
]);

export const OIT_ADVICE: readonly ItemAdvice[] = [...OIT_2564, ...OIT_2566, ...OIT_2568];
