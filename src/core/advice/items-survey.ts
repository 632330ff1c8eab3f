/**
 * Advice for the survey items (IIT: staff, EIT: service users), in our own words.
 * One text per question; lists that ask the same question share it and differ only in the OIT
 * codes that answer it (`fixedBy`), which are always codes of that edition's OIT list.
 */
import type { ItemListId } from '../editions/types';
import type { ItemAdvice } from './types';

interface SurveyText {
  measure: string;
  issueTh: string;
  issueEn: string;
  adviceTh: string;
  adviceEn: string;
}

const text = (measure: string, issueTh: string, issueEn: string, adviceTh: string, adviceEn: string): SurveyText => ({
  measure,
  issueTh,
  issueEn,
  adviceTh,
  adviceEn,
});

type Row = [code: string, text: SurveyText, fixedBy: string[]];

function rows(list: ItemListId, entries: Row[]): ItemAdvice[] {
  return entries.map(([code, t, fixedBy]) => ({
    list,
    code,
    issueTh: t.issueTh,
    issueEn: t.issueEn,
    adviceTh: t.adviceTh,
    adviceEn: t.adviceEn,
    fixedBy,
    measure: t.measure,
  }));
}

// ── IIT questions (what staff see) ────────────────────────────────────────────

const I_STEPS = text(
  'service-manual',
  'บุคลากรภายในบางส่วนเห็นว่าเจ้าหน้าที่ยังปฏิบัติงานหรือให้บริการไม่เป็นไปตามขั้นตอนและระยะเวลาที่กำหนด',
  'Some staff see work or services not following the set steps and time.',
  'หน่วยงานควรกำหนดขั้นตอนและระยะเวลาของแต่ละงานบริการไว้ในคู่มือการปฏิบัติงานของเจ้าหน้าที่และคู่มือการขอรับบริการ และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน พร้อมชี้แจงให้เจ้าหน้าที่ทุกคนรับทราบและถือปฏิบัติ ทั้งนี้ ควรสรุปขั้นตอนเป็นแผนผังหรืออินโฟกราฟิกติดประกาศ ณ จุดให้บริการ เพื่อให้ทั้งเจ้าหน้าที่และผู้รับบริการตรวจสอบได้',
  'Set the steps and time of each service in the staff and service manuals, publish them and brief all staff.',
);
const I_EQUAL = text(
  'e-service',
  'บุคลากรภายในบางส่วนเห็นว่าเจ้าหน้าที่ยังให้บริการแก่ผู้มาติดต่อไม่เท่าเทียมกัน โดยปฏิบัติต่อผู้ที่รู้จักเป็นการส่วนตัวแตกต่างจากบุคคลทั่วไป',
  'Some staff see unequal service, with acquaintances treated better than others.',
  'หน่วยงานควรตรวจสอบว่างานบริการใดมีโอกาสเกิดการเลือกปฏิบัติ แล้วนำงานนั้นมาให้บริการผ่านระบบออนไลน์ (E-Service) หรือใช้ระบบคิว เพื่อลดการใช้ดุลยพินิจของเจ้าหน้าที่ พร้อมระบุขั้นตอนการให้บริการไว้ในคู่มือการขอรับบริการและเผยแพร่ให้ผู้รับบริการทราบ',
  'Move services prone to favouritism online (E-Service) or to a queue system, and publish their steps.',
);
const I_RESULTS = text(
  'ethics-code',
  'บุคลากรภายในบางส่วนเห็นว่าเจ้าหน้าที่ยังไม่มุ่งผลสำเร็จของงาน ให้ความสำคัญกับธุระส่วนตัวมากกว่างานในหน้าที่ หรือไม่พร้อมรับผิดชอบเมื่อเกิดความผิดพลาด',
  'Some staff see colleagues putting private business first or not owning mistakes.',
  'หน่วยงานควรกำหนดเป้าหมายและตัวชี้วัดผลการปฏิบัติงานของแต่ละตำแหน่งให้ชัดเจนและติดตามผลเป็นรายไตรมาส พร้อมจัดกิจกรรมเสริมสร้างจิตสำนึกความรับผิดชอบต่อหน้าที่ตามประมวลจริยธรรม โดยผู้บังคับบัญชาควรเป็นแบบอย่างในการยอมรับและแก้ไขข้อผิดพลาด',
  'Set clear targets per post, follow them up quarterly and build a sense of duty through the ethics code.',
);
const I_BRIBE = text(
  'bribery-risk',
  'บุคลากรภายในบางส่วนเห็นว่ามีเจ้าหน้าที่เรียกรับหรือรับเงิน ทรัพย์สิน หรือประโยชน์อื่นใดจากผู้มาติดต่อเพื่อแลกกับการปฏิบัติงานหรือการให้บริการ',
  'Some staff see colleagues asking for or taking money or benefits in exchange for service.',
  'หน่วยงานควรประเมินความเสี่ยงการทุจริตในประเด็นการเรียกรับสินบนของงานบริการและงานอนุมัติอนุญาต กำหนดมาตรการควบคุมและผู้รับผิดชอบ และติดตามผลอย่างต่อเนื่อง พร้อมเผยแพร่ช่องทางแจ้งเรื่องร้องเรียนการทุจริตให้บุคลากรและผู้รับบริการทราบ เพื่อให้แจ้งเบาะแสได้โดยผู้แจ้งได้รับการคุ้มครอง',
  'Assess bribery risk in services and permits, act on it, and publicise a safe channel to report corruption.',
);
const I_GIFT_TAKE = text(
  'no-gift',
  'บุคลากรภายในบางส่วนเห็นว่ามีเจ้าหน้าที่รับของขวัญ ของกำนัล หรือประโยชน์อื่นใดเกินกว่าที่ธรรมจรรยาอนุญาต ซึ่งอาจกระทบต่อความเป็นกลางในการปฏิบัติหน้าที่',
  'Some staff see colleagues accepting gifts beyond custom that may bias them.',
  'หน่วยงานควรให้ผู้บริหารสูงสุดประกาศนโยบายไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy) ชี้แจงหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาให้บุคลากรทุกคนทราบ และกำหนดให้รายงานการรับของขวัญต่อผู้บังคับบัญชาทุกครั้ง',
  'Have the head announce a No Gift Policy, explain the gift rules and require every gift to be reported.',
);
const I_GIFT_GIVE = text(
  'no-gift',
  'บุคลากรภายในบางส่วนเห็นว่ามีเจ้าหน้าที่ให้ของขวัญหรือประโยชน์อื่นใดแก่บุคคลภายนอก โดยหวังผลตอบแทนหรือความสะดวกในภายหลัง',
  'Some staff see colleagues giving gifts to outsiders expecting something back.',
  'หน่วยงานควรกำหนดให้นโยบาย No Gift Policy ครอบคลุมทั้งการรับและการให้ของขวัญ โดยเฉพาะการให้แก่ผู้บังคับบัญชาหรือผู้มีอำนาจให้คุณให้โทษ และจัดกิจกรรมสร้างวัฒนธรรมองค์กรที่ไม่ใช้ของขวัญเป็นเครื่องมือสร้างความสัมพันธ์ในการปฏิบัติราชการ',
  'Extend the No Gift Policy to giving as well as receiving, and build a culture that does not trade in gifts.',
);
const I_PLAN_KNOWN = text(
  'budget-participation',
  'บุคลากรภายในบางส่วนยังไม่ทราบแผนการใช้จ่ายงบประมาณประจำปีของหน่วยงาน',
  "Some staff do not know the unit's annual spending plan.",
  'หน่วยงานควรชี้แจงแผนการดำเนินงานและแผนการใช้จ่ายงบประมาณประจำปีต่อบุคลากรทุกระดับในการประชุมประจำเดือน และเผยแพร่แผนดังกล่าวบนเว็บไซต์หลักและช่องทางสื่อสารภายในของหน่วยงาน โดยสรุปสาระสำคัญในรูปแบบที่เข้าใจง่าย',
  'Present the annual work and spending plans at staff meetings and publish a plain summary.',
);
const I_BUDGET_PURPOSE = text(
  'budget-participation',
  'บุคลากรภายในบางส่วนเห็นว่าหน่วยงานใช้จ่ายงบประมาณไม่คุ้มค่าหรือไม่ตรงตามวัตถุประสงค์ที่ตั้งไว้',
  'Some staff see the budget spent without value or off its purpose.',
  'หน่วยงานควรเปิดโอกาสให้บุคลากรมีส่วนร่วมในการจัดทำและติดตามแผนการดำเนินงานและแผนการใช้จ่ายงบประมาณ รายงานผลการเบิกจ่ายเทียบกับแผนต่อผู้บริหารเป็นระยะ และเผยแพร่รายงานความก้าวหน้าและรายงานผลการดำเนินงานประจำปีบนเว็บไซต์หลักของหน่วยงาน เพื่อให้บุคลากรและประชาชนตรวจสอบได้',
  'Involve staff in drafting and tracking the spending plan and publish progress and annual reports.',
);
const I_BUDGET_PRIVATE = text(
  'disbursement-control',
  'บุคลากรภายในบางส่วนเห็นว่ามีการใช้งบประมาณเพื่อประโยชน์ส่วนตนหรือพวกพ้อง',
  'Some staff see the budget used for private or group gain.',
  'หน่วยงานควรประเมินความเสี่ยงการทุจริตในกระบวนการจัดทำและใช้จ่ายงบประมาณ กำหนดมาตรการป้องกันการขัดกันระหว่างประโยชน์ส่วนตนและประโยชน์ส่วนรวม และให้หน่วยตรวจสอบภายในสุ่มตรวจโครงการที่มีความเสี่ยงสูงแล้วรายงานผลต่อผู้บริหาร',
  'Assess conflict-of-interest risk in spending and have internal audit sample high-risk projects.',
);
const I_FALSE_CLAIMS = text(
  'disbursement-control',
  'บุคลากรภายในบางส่วนเห็นว่ามีการเบิกจ่ายเงินที่เป็นเท็จ เช่น ค่าตอบแทนการปฏิบัติงานนอกเวลาราชการ ค่าวัสดุ หรือค่าเดินทางไปราชการ',
  'Some staff see false claims for overtime, materials or travel.',
  'หน่วยงานควรประเมินความเสี่ยงการทุจริตในขั้นตอนการเบิกจ่ายเงิน นอกเหนือจากประเด็นสินบน กำหนดให้ตรวจสอบหลักฐาน เช่น บันทึกการปฏิบัติงานนอกเวลา ใบสำคัญรับเงิน และรายงานการเดินทาง ก่อนอนุมัติทุกครั้ง และชี้แจงบทลงโทษของการเบิกจ่ายเป็นเท็จให้บุคลากรทราบ',
  'Assess disbursement risk, check supporting evidence before every approval and make the penalties known.',
);
const I_PROCUREMENT = text(
  'procurement-disclosure',
  'บุคลากรภายในบางส่วนเห็นว่าการจัดซื้อจัดจ้างและการตรวจรับพัสดุยังขาดความโปร่งใส หรือเอื้อประโยชน์แก่ผู้ประกอบการบางราย',
  'Some staff see procurement or acceptance of goods favouring certain suppliers.',
  'หน่วยงานควรจัดทำแผนการจัดซื้อจัดจ้างประจำปี เผยแพร่ประกาศและรายการจัดซื้อจัดจ้างพร้อมความก้าวหน้าให้ครบถ้วน และจัดทำรายงานผลการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์หลักของหน่วยงาน ทั้งนี้ ควรให้กรรมการที่เกี่ยวข้องลงนามยืนยันว่าไม่มีส่วนได้เสียกับผู้เสนอราคา',
  'Publish the procurement plan, notices, progress and annual report; have committee members declare no interest.',
);
const I_BUDGET_VOICE = text(
  'budget-participation',
  'บุคลากรภายในบางส่วนเห็นว่ายังไม่สามารถสอบถาม ทักท้วง หรือร้องเรียนเกี่ยวกับการใช้จ่ายงบประมาณได้อย่างสะดวกและปลอดภัย',
  'Some staff feel unable to question or object to spending safely.',
  'หน่วยงานควรจัดช่องทางให้บุคลากรสอบถามหรือทักท้วงการใช้จ่ายงบประมาณ เช่น วาระในการประชุมประจำเดือนหรือช่องทางออนไลน์ที่ไม่ต้องเปิดเผยตัวตน กำหนดผู้รับผิดชอบชี้แจงภายในระยะเวลาที่ชัดเจน และยืนยันว่าผู้ทักท้วงจะได้รับการคุ้มครอง',
  'Open a safe channel for staff to question spending, with a named person who answers in set time.',
);
const I_ASSIGN = text(
  'hr-fairness',
  'บุคลากรภายในบางส่วนเห็นว่าผู้บังคับบัญชามอบหมายงานไม่เป็นธรรม',
  'Some staff see work assigned unfairly.',
  'หน่วยงานควรจัดทำคำสั่งมอบหมายงานที่ระบุภาระงานของแต่ละตำแหน่งอย่างชัดเจนและเหมาะสมกับตำแหน่ง แจ้งให้บุคลากรทุกคนทราบ และเปิดโอกาสให้บุคลากรสอบถามหรือเสนอปรับการมอบหมายงานผ่านผู้บังคับบัญชาตามลำดับชั้น',
  'Issue a written assignment of duties per post, share it with all staff and let them ask for changes.',
);
const I_APPRAISAL = text(
  'hr-fairness',
  'บุคลากรภายในบางส่วนเห็นว่าการประเมินผลการปฏิบัติงานยังไม่เป็นธรรม',
  'Some staff see performance appraisal as unfair.',
  'หน่วยงานควรประกาศหลักเกณฑ์ ตัวชี้วัด และกำหนดการประเมินผลการปฏิบัติงานให้บุคลากรทราบตั้งแต่ต้นรอบการประเมิน แจ้งผลการประเมินพร้อมเหตุผลเป็นรายบุคคล และจัดช่องทางให้ผู้ที่ไม่เห็นด้วยกับผลการประเมินขอทบทวนได้',
  'Announce appraisal criteria up front, explain each result and allow a review.',
);
const I_TRAINING = text(
  'hr-fairness',
  'บุคลากรภายในบางส่วนเห็นว่าการคัดเลือกบุคลากรเข้ารับการฝึกอบรม ศึกษาดูงาน หรือรับทุนยังไม่เป็นธรรม',
  'Some staff see selection for training, study visits or scholarships as unfair.',
  'หน่วยงานควรจัดทำแผนพัฒนาบุคลากรประจำปีที่ระบุหลักสูตรและกลุ่มเป้าหมาย ประกาศหลักเกณฑ์การคัดเลือกผู้เข้ารับการฝึกอบรม ศึกษาดูงาน และทุนการศึกษาล่วงหน้า และเผยแพร่รายชื่อผู้ได้รับคัดเลือกพร้อมเหตุผลให้บุคลากรทราบ',
  'Publish a staff development plan and selection criteria in advance, and the names selected with reasons.',
);
const I_ERRANDS = text(
  'authority-ethics',
  'บุคลากรภายในบางส่วนเคยได้รับคำสั่งจากผู้บังคับบัญชาให้ทำธุระส่วนตัวของผู้บังคับบัญชา',
  "Some staff have been told to run their superiors' private errands.",
  'หน่วยงานควรจัดกิจกรรมเสริมสร้างจิตสำนึกให้ผู้บังคับบัญชาทุกระดับแยกแยะประโยชน์ส่วนตนออกจากประโยชน์ส่วนรวม ประกาศแนวปฏิบัติที่ห้ามสั่งให้ผู้ใต้บังคับบัญชาทำธุระส่วนตัว และนำประเด็นนี้ไปขับเคลื่อนตามประมวลจริยธรรมของหน่วยงาน',
  'Train superiors to separate private from public interest and forbid private errands in a written rule.',
);
const I_WRONG_ORDERS = text(
  'authority-ethics',
  'บุคลากรภายในบางส่วนเคยได้รับคำสั่งจากผู้บังคับบัญชาให้ทำในสิ่งที่ไม่ถูกต้องหรือเสี่ยงต่อการทุจริต',
  'Some staff have been ordered to do wrong or risky things.',
  'หน่วยงานควรประเมินความเสี่ยงการทุจริตที่เกิดจากการใช้อำนาจสั่งการของผู้บังคับบัญชา กำหนดมาตรการควบคุมและดำเนินการตามมาตรการอย่างจริงจัง พร้อมแจ้งบุคลากรถึงสิทธิในการทักท้วงคำสั่งที่ไม่ชอบด้วยกฎหมายและช่องทางร้องเรียนที่คุ้มครองผู้ร้องเรียน',
  'Assess the risk of unlawful orders, act on it and tell staff how to object and report safely.',
);
const I_APPOINT_FAVOUR = text(
  'hr-fairness',
  'บุคลากรภายในบางส่วนเห็นว่าการบรรจุ แต่งตั้ง โยกย้าย หรือเลื่อนตำแหน่งถูกแทรกแซงหรือเอื้อประโยชน์แก่บุคคลบางกลุ่ม',
  'Some staff see appointments and promotions interfered with or favouring a group.',
  'หน่วยงานควรประกาศหลักเกณฑ์และขั้นตอนการบรรจุ แต่งตั้ง โยกย้าย และเลื่อนตำแหน่งให้บุคลากรทราบล่วงหน้า แต่งตั้งคณะกรรมการพิจารณาที่มีองค์ประกอบหลากหลาย และเผยแพร่ผลการพิจารณาพร้อมเหตุผลเพื่อให้ตรวจสอบได้',
  'Announce appointment and promotion rules in advance, use a mixed committee and publish decisions with reasons.',
);
const I_APPOINT_BRIBE = text(
  'hr-fairness',
  'บุคลากรภายในบางส่วนเห็นว่ามีการให้หรือรับสินบนเพื่อแลกกับการบรรจุ แต่งตั้ง โยกย้าย หรือเลื่อนตำแหน่ง',
  'Some staff see bribes paid for appointments or promotions.',
  'หน่วยงานควรประเมินความเสี่ยงการเรียกรับสินบนในกระบวนการบริหารงานบุคคล กำหนดมาตรการจัดการความเสี่ยงและดำเนินการตามมาตรการ รวมทั้งเผยแพร่แผนการบริหารและพัฒนาทรัพยากรบุคคลและหลักเกณฑ์การพิจารณาให้บุคลากรทราบอย่างทั่วถึง',
  'Assess bribery risk in personnel decisions, act on it and publish the HR plan and its criteria.',
);
const I_PROPERTY_PRIVATE = text(
  'asset-control',
  'บุคลากรภายในบางส่วนเห็นว่ามีเจ้าหน้าที่นำทรัพย์สินของราชการไปเป็นของตนเองหรือใช้เพื่อประโยชน์ส่วนตัว',
  'Some staff see state property taken or used for private ends.',
  'หน่วยงานควรประเมินความเสี่ยงการทุจริตจากการนำทรัพย์สินของราชการไปใช้ส่วนตัว กำหนดมาตรการจัดการความเสี่ยงและดำเนินการตามมาตรการ ระบุหลักเกณฑ์การใช้และการยืมทรัพย์สินไว้ในคู่มือการปฏิบัติงาน และให้แต่ละส่วนงานตรวจสอบวัสดุครุภัณฑ์เป็นระยะแล้วรายงานผู้บริหาร',
  'Assess the risk of private use, set the rules in the work manual and check property regularly.',
);
const I_BORROW_EASY = text(
  'asset-control',
  'บุคลากรภายในบางส่วนเห็นว่าขั้นตอนการขอยืมทรัพย์สินของราชการไปใช้ปฏิบัติงานยังไม่สะดวก',
  'Some staff find borrowing state property for work inconvenient.',
  'หน่วยงานควรทบทวนขั้นตอนการขอยืมทรัพย์สินของราชการให้กระชับ จัดทำแบบฟอร์มการยืมและทะเบียนคุมการยืม-คืนที่ใช้งานง่าย ระบุผู้อนุมัติและระยะเวลาไว้ในคู่มือการปฏิบัติงาน และประชาสัมพันธ์ให้บุคลากรทราบ',
  'Simplify borrowing with an easy form and register, and set approver and time in the work manual.',
);
const I_BORROW_PERMISSION = text(
  'asset-control',
  'บุคลากรภายในบางส่วนเห็นว่าเจ้าหน้าที่ยังยืมทรัพย์สินของราชการไปใช้โดยไม่ได้ขออนุญาตอย่างถูกต้อง',
  'Some staff see state property borrowed without proper permission.',
  'หน่วยงานควรระบุขั้นตอนและแนวทางการขออนุญาตยืมทรัพย์สินของราชการตามประเภทของทรัพย์สินไว้ในคู่มือการปฏิบัติงานอย่างชัดเจน ประชาสัมพันธ์ให้บุคลากรทุกคนทราบ และกำชับให้ผู้รับผิดชอบบันทึกการยืม-คืนในทะเบียนคุมทุกครั้ง',
  'Write the permission steps for each kind of property into the work manual and log every loan.',
);
const I_OUTSIDERS = text(
  'asset-control',
  'บุคลากรภายในบางส่วนเห็นว่ามีบุคคลภายนอกหรือภาคเอกชนนำทรัพย์สินของราชการไปใช้โดยไม่ได้ขออนุญาตอย่างถูกต้อง',
  'Some staff see outsiders using state property without permission.',
  'หน่วยงานควรกำหนดหลักเกณฑ์และขั้นตอนการขอใช้ทรัพย์สินของราชการสำหรับบุคคลภายนอกไว้ในคู่มือการขอรับบริการ เผยแพร่บนเว็บไซต์หลักของหน่วยงาน และกำหนดผู้รับผิดชอบตรวจสอบการอนุญาตและการส่งคืนทรัพย์สินทุกครั้ง',
  'Publish how outsiders may request state property and name who checks permission and return.',
);
const I_RULES_KNOWN = text(
  'asset-control',
  'บุคลากรภายในบางส่วนยังไม่ทราบแนวปฏิบัติในการใช้ทรัพย์สินของราชการที่ถูกต้อง',
  'Some staff do not know the rules for using state property.',
  'หน่วยงานควรจัดทำแนวปฏิบัติการใช้ทรัพย์สินของราชการที่ระบุสิ่งที่ทำได้และสิ่งที่ไม่ควรทำให้ชัดเจน เผยแพร่ผ่านช่องทางสื่อสารภายในและเว็บไซต์หลักของหน่วยงาน และชี้แจงในการประชุมประจำเดือนและการปฐมนิเทศบุคลากรใหม่',
  "Write do's and don'ts for state property and explain them at meetings and staff induction.",
);
const I_OVERSIGHT = text(
  'asset-control',
  'บุคลากรภายในบางส่วนเห็นว่าหน่วยงานยังขาดการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ',
  'Some staff see no oversight of state property.',
  'หน่วยงานควรแต่งตั้งผู้รับผิดชอบกำกับดูแลการใช้ทรัพย์สินของราชการ ให้มีการตรวจสอบวัสดุและครุภัณฑ์ของแต่ละส่วนงานเป็นระยะและรายงานผู้บริหาร รวมทั้งเสริมสร้างจิตสำนึกให้บุคลากรใช้ทรัพย์สินของราชการเพื่อประโยชน์ของทางราชการเท่านั้น',
  'Name someone to oversee state property, check it regularly and report to management.',
);
const I_EXEC_PRIORITY = text(
  'executive-integrity',
  'บุคลากรภายในบางส่วนเห็นว่าผู้บริหารสูงสุดยังให้ความสำคัญกับการแก้ไขปัญหาการทุจริตและประพฤติมิชอบไม่มากเท่าที่ควร',
  'Some staff feel the top executive gives too little priority to fighting corruption.',
  'หน่วยงานควรให้ผู้บริหารสูงสุดประกาศเจตนารมณ์ต่อต้านการทุจริตต่อหน้าบุคลากร กำหนดให้การป้องกันการทุจริตเป็นวาระประจำในการประชุมของหน่วยงาน และให้ผู้บริหารเป็นผู้นำกิจกรรมส่งเสริมคุณธรรมและความโปร่งใส พร้อมเผยแพร่กิจกรรมดังกล่าวผ่านเว็บไซต์และสื่อสังคมออนไลน์ของหน่วยงาน',
  'Have the head declare an anti-corruption stance, put it on every meeting agenda and lead integrity activities.',
);
const I_PREVENTION_PLAN = text(
  'anti-corruption-plan',
  'บุคลากรภายในบางส่วนเห็นว่าหน่วยงานยังไม่ทบทวนมาตรการป้องกันการทุจริตอย่างสม่ำเสมอ หรือยังไม่มีแผนป้องกันการทุจริตที่ชัดเจน',
  'Some staff see no regular review of prevention measures or no clear anti-corruption plan.',
  'หน่วยงานควรจัดทำแผนปฏิบัติการป้องกันการทุจริตประจำปีโดยนำผลการประเมินความเสี่ยงและผลการประเมิน ITA ของปีก่อนมาประกอบ ติดตามผลรอบ 6 เดือนและรอบปี และเผยแพร่แผนและรายงานผลบนเว็บไซต์หลักของหน่วยงานพร้อมแจ้งให้บุคลากรทราบ',
  'Draw up a yearly anti-corruption plan from the risk assessment and ITA result, and report on it twice a year.',
);
const I_PREVENTION_WORKS = text(
  'anti-corruption-plan',
  'บุคลากรภายในบางส่วนเห็นว่ามาตรการป้องกันการทุจริตของหน่วยงานยังไม่สามารถป้องกันการทุจริตได้จริง',
  "Some staff doubt that the unit's prevention measures really work.",
  'หน่วยงานควรทบทวนประสิทธิผลของมาตรการป้องกันการทุจริตที่ใช้อยู่ โดยวิเคราะห์ร่วมกับผลการประเมินความเสี่ยงด้านสินบนและผลการประเมิน ITA แล้วปรับแผนปฏิบัติการป้องกันการทุจริตให้ตรงกับจุดเสี่ยง ดำเนินการตามแผน และแจ้งผลการดำเนินการให้บุคลากรทราบเป็นระยะ',
  'Review how well the measures work against the risk assessment and ITA result, then retarget the plan.',
);
const I_PROBLEMS_SOLVED = text(
  'misconduct-action',
  'บุคลากรภายในบางส่วนเห็นว่าหน่วยงานยังมีปัญหาการทุจริตที่ยังไม่ได้รับการแก้ไข',
  'Some staff see corruption problems left unsolved.',
  'หน่วยงานควรเร่งติดตามเรื่องร้องเรียนการทุจริตที่ยังค้างอยู่ให้ได้ข้อยุติ จัดทำข้อมูลสถิติเรื่องร้องเรียนและผลการดำเนินการ และรายงานความคืบหน้าให้ผู้บริหารและบุคลากรทราบอย่างต่อเนื่อง',
  'Close pending corruption cases, keep complaint statistics and report progress to management and staff.',
);
const I_INVESTIGATE = text(
  'misconduct-action',
  'บุคลากรภายในบางส่วนเห็นว่าการเฝ้าระวัง ตรวจสอบ และลงโทษผู้กระทำการทุจริตยังไม่จริงจัง',
  'Some staff see wrongdoing not investigated or punished in earnest.',
  'หน่วยงานควรกำหนดขั้นตอนและระยะเวลาการตรวจสอบข้อเท็จจริงเมื่อมีเรื่องร้องเรียนการทุจริต ดำเนินการทางวินัยตามที่กฎหมายกำหนดอย่างเคร่งครัดโดยไม่เลือกปฏิบัติ และเผยแพร่สถิติผลการดำเนินการโดยไม่เปิดเผยข้อมูลส่วนบุคคล เพื่อแสดงความจริงจังของหน่วยงาน',
  'Set steps and time for fact-finding, discipline without favour and publish anonymised outcomes.',
);
const I_AUDIT = text(
  'misconduct-action',
  'บุคลากรภายในบางส่วนเห็นว่าหน่วยงานยังไม่นำผลการตรวจสอบของฝ่ายตรวจสอบทั้งภายในและภายนอกมาปรับปรุงการทำงาน',
  'Some staff see audit findings left unused.',
  'หน่วยงานควรรวบรวมข้อสังเกตจากการตรวจสอบภายใน สำนักงานการตรวจเงินแผ่นดิน และหน่วยงานกำกับดูแล จัดทำแผนการแก้ไขที่ระบุผู้รับผิดชอบและกำหนดเวลา และรายงานผลการแก้ไขต่อผู้บริหารพร้อมแจ้งให้บุคลากรทราบ',
  'Turn internal and external audit findings into a remediation plan with owners and dates, and report on it.',
);
const I_SAFE_REPORT = text(
  'complaint-handling',
  'บุคลากรภายในบางส่วนยังไม่มั่นใจว่าจะร้องเรียนการทุจริตได้อย่างปลอดภัย หรือยังไม่เชื่อมั่นในกระบวนการจัดการเรื่องร้องเรียนของหน่วยงาน',
  'Some staff do not feel safe reporting corruption or do not trust the complaint process.',
  'หน่วยงานควรทบทวนแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบให้รักษาความลับของผู้ร้องเรียน กำหนดผู้รับผิดชอบและระยะเวลาการแจ้งผล จัดช่องทางร้องเรียนที่สะดวกและไม่ต้องเปิดเผยตัวตน และเผยแพร่แนวปฏิบัติและช่องทางดังกล่าวให้บุคลากรและสาธารณชนทราบ',
  'Review the complaint guideline to protect complainants and report back in set time; publicise it and the channels.',
);
const I_ETHICS_KNOWN = text(
  'ethics-code',
  'บุคลากรภายในบางส่วนยังไม่ทราบหรือไม่เข้าใจประมวลจริยธรรมของหน่วยงาน',
  'Some staff do not know the code of ethics.',
  'หน่วยงานควรเผยแพร่ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐและข้อกำหนดจริยธรรมของหน่วยงานให้บุคลากรทุกคน จัดอบรมหรือกิจกรรมสร้างความเข้าใจ เช่น สื่อสรุปสิ่งที่ควรทำและไม่ควรทำ และประเมินการปฏิบัติตามประมวลจริยธรรมเป็นประจำทุกปี',
  "Circulate the code of ethics, run short trainings with do's and don'ts, and assess compliance yearly.",
);
const I_ITA_USED = text(
  'ita-measures',
  'บุคลากรภายในบางส่วนเห็นว่าหน่วยงานยังไม่นำผลการประเมิน ITA มาปรับปรุงการทำงานอย่างเป็นรูปธรรม',
  'Some staff see ITA results not used to improve work.',
  'หน่วยงานควรวิเคราะห์ผลการประเมิน ITA ของปีที่ผ่านมาร่วมกับบุคลากร กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสที่มีผู้รับผิดชอบและกำหนดเวลาชัดเจน และรายงานผลการดำเนินการตามมาตรการให้บุคลากรทราบผ่านการประชุมและเว็บไซต์หลักของหน่วยงาน',
  "Analyse last year's ITA result with staff, set measures with owners and dates, and report on them.",
);

// ── EIT questions (what service users see) ────────────────────────────────────

const E_STEPS = text(
  'service-manual',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าการปฏิบัติงานหรือการให้บริการของเจ้าหน้าที่ไม่เป็นไปตามขั้นตอนและระยะเวลาที่กำหนด',
  'Some service users see services not following the set steps and time.',
  'หน่วยงานควรจัดทำคู่มือการขอรับบริการที่ระบุขั้นตอน ระยะเวลา และเอกสารที่ต้องใช้ของทุกงานบริการ เผยแพร่บนเว็บไซต์หลักของหน่วยงานและติดประกาศ ณ จุดให้บริการ และกำกับให้เจ้าหน้าที่ให้บริการตามมาตรฐานที่ประกาศไว้อย่างเคร่งครัด',
  'Publish a service manual with steps, time and documents for every service and hold staff to it.',
);
const E_EQUAL = text(
  'e-service',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าเจ้าหน้าที่ให้บริการแก่ผู้มาติดต่อแต่ละรายไม่เท่าเทียมกัน',
  'Some service users see unequal treatment.',
  'หน่วยงานควรใช้ระบบบัตรคิวหรือระบบนัดหมายล่วงหน้า และพัฒนาการให้บริการผ่านระบบออนไลน์ (E-Service) ในงานบริการที่มีผู้ใช้บริการมาก เพื่อลดการใช้ดุลยพินิจของเจ้าหน้าที่ พร้อมประกาศมาตรฐานการให้บริการให้ผู้รับบริการทราบและตรวจสอบได้',
  'Use queues or appointments and E-Service for busy services, and publish the service standard.',
);
const E_HONEST = text(
  'service-manual',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าเจ้าหน้าที่ยังให้ข้อมูลเกี่ยวกับการให้บริการไม่ตรงไปตรงมาหรือไม่ครบถ้วน',
  'Some service users find the information given to them incomplete or not straightforward.',
  'หน่วยงานควรกำหนดข้อมูลมาตรฐานของแต่ละงานบริการ ได้แก่ ขั้นตอน ค่าธรรมเนียม เอกสารประกอบ และระยะเวลา ไว้ในคู่มือการขอรับบริการ เผยแพร่บนเว็บไซต์หลักของหน่วยงาน และชี้แจงให้เจ้าหน้าที่ทุกคนให้ข้อมูลตามมาตรฐานเดียวกัน',
  'Fix the standard facts of each service in the service manual, publish it and have all staff use it.',
);
const E_BRIBE = text(
  'bribery-risk',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเคยถูกเจ้าหน้าที่เรียกรับเงิน ทรัพย์สิน หรือประโยชน์อื่นใดเพื่อแลกกับการปฏิบัติงานหรือการให้บริการ',
  'Some service users have been asked for a bribe.',
  'หน่วยงานควรประกาศนโยบาย No Gift Policy และเผยแพร่ให้ทั้งเจ้าหน้าที่และผู้รับบริการทราบ ณ จุดให้บริการและบนเว็บไซต์หลักของหน่วยงาน ประเมินความเสี่ยงการเรียกรับสินบนในงานบริการและดำเนินการตามมาตรการจัดการความเสี่ยง รวมทั้งเผยแพร่ช่องทางแจ้งเบาะแสการทุจริตที่ผู้รับบริการใช้ได้สะดวก',
  'Announce the No Gift Policy to staff and users, manage bribery risk in services and publicise a reporting channel.',
);
const E_PUBLIC_INTEREST = text(
  'executive-integrity',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าหน่วยงานยังไม่คำนึงถึงประโยชน์ของประชาชนและส่วนรวมเป็นหลักในการดำเนินงาน',
  'Some service users doubt the unit acts in the public interest.',
  'หน่วยงานควรให้ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงานเพื่อประโยชน์ของประชาชน เปิดเผยแผนการดำเนินงานและผลการดำเนินงานให้ประชาชนตรวจสอบได้ และชี้แจงเหตุผลของการตัดสินใจในเรื่องที่กระทบต่อประชาชนผ่านช่องทางสื่อสารของหน่วยงาน',
  'Have the head commit publicly to the public interest, publish plans and results, and explain decisions.',
);
const E_CHANNELS = text(
  'public-information',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าข้อมูลข่าวสารของหน่วยงานเข้าถึงได้ยาก หรือมีช่องทางเผยแพร่ไม่หลากหลาย',
  "Some service users find the unit's information hard to reach.",
  'หน่วยงานควรเผยแพร่ข้อมูลข่าวสารผ่านช่องทางที่หลากหลายและเหมาะกับกลุ่มผู้รับบริการ เช่น เว็บไซต์หลัก เพจ Facebook, LINE Official Account, ป้ายประกาศ และหอกระจายข่าว ปรับปรุงข้อมูลพื้นฐานบนเว็บไซต์ให้ครบถ้วนและเป็นปัจจุบัน และดูแลให้เว็บไซต์เข้าถึงได้ตลอดเวลาทั้งจากคอมพิวเตอร์และโทรศัพท์มือถือ',
  'Publish through several channels suited to users and keep the main website complete, current and always up.',
);
const E_RESULTS_PUBLISHED = text(
  'plan-and-report',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าหน่วยงานยังเผยแพร่ผลการดำเนินงานและข้อมูลที่สาธารณชนควรรับทราบไม่เพียงพอ',
  'Some service users see too little published about results and public matters.',
  'หน่วยงานควรเผยแพร่แผนการดำเนินงาน รายงานความก้าวหน้า และรายงานผลการดำเนินงานประจำปีบนเว็บไซต์หลักของหน่วยงาน พร้อมสรุปผลงานสำคัญในรูปแบบที่เข้าใจง่าย เช่น อินโฟกราฟิก และเผยแพร่ผ่านสื่อสังคมออนไลน์ของหน่วยงาน',
  'Publish the work plan, progress and annual reports, with plain-language summaries on social media.',
);
const E_CLARITY = text(
  'public-information',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าข้อมูลข่าวสารที่หน่วยงานเผยแพร่ยังไม่ชัดเจนเพียงพอ',
  'Some service users find published information unclear.',
  'หน่วยงานควรทบทวนเนื้อหาที่เผยแพร่ให้ใช้ภาษาที่เข้าใจง่าย ระบุวันที่ ผู้รับผิดชอบ และช่องทางสอบถามเพิ่มเติมทุกครั้ง จัดทำสรุปสาระสำคัญในรูปแบบอินโฟกราฟิกหรือแผนผัง และปรับปรุงข้อมูลบนเว็บไซต์หลักของหน่วยงานให้เป็นปัจจุบันอยู่เสมอ',
  'Rewrite notices in plain language with date, owner and a contact, and keep the website current.',
);
const E_FEEDBACK = text(
  'two-way-channel',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าหน่วยงานยังไม่มีช่องทางรับฟังคำติชมหรือความคิดเห็นเกี่ยวกับการดำเนินงานที่สะดวกเพียงพอ',
  'Some service users find no convenient channel for feedback.',
  'หน่วยงานควรจัดช่องทางรับฟังความคิดเห็นและคำติชมที่หลากหลาย เช่น แบบฟอร์มออนไลน์ กล่องรับความคิดเห็น และ LINE Official Account กำหนดผู้รับผิดชอบรวบรวมและตอบกลับ และเผยแพร่ช่องทางดังกล่าวบนเว็บไซต์หลักและ ณ จุดให้บริการของหน่วยงาน',
  'Offer several feedback channels, name who collects and answers, and publicise them.',
);
const E_ANSWERS = text(
  'two-way-channel',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าการตอบข้อซักถามหรือการชี้แจงของหน่วยงานยังไม่ชัดเจน',
  "Some service users find the unit's answers unclear.",
  'หน่วยงานควรมอบหมายเจ้าหน้าที่ผู้รับผิดชอบตอบข้อซักถามผ่านช่องทางการติดต่อสอบถามอย่างชัดเจน กำหนดระยะเวลาการตอบกลับ รวบรวมคำถามที่พบบ่อยพร้อมคำตอบเผยแพร่บนเว็บไซต์หลักของหน่วยงาน และเผยแพร่ช่องทางติดต่อในจุดที่ผู้รับบริการสังเกตเห็นได้ง่าย',
  'Name who answers questions and by when, publish an FAQ and make contact channels easy to see.',
);
const E_COMPLAINT_CHANNEL = text(
  'complaint-handling',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าหน่วยงานยังไม่มีช่องทางร้องเรียนการทุจริตของเจ้าหน้าที่ที่สะดวกและปลอดภัย',
  'Some service users find no safe, convenient channel to report corruption.',
  'หน่วยงานควรจัดช่องทางร้องเรียนการทุจริตและประพฤติมิชอบทั้งแบบออนไลน์และแบบมาติดต่อด้วยตนเองที่ผู้ร้องไม่จำเป็นต้องเปิดเผยตัวตน เผยแพร่ช่องทางและแนวปฏิบัติการจัดการเรื่องร้องเรียนบนเว็บไซต์หลักและ ณ จุดให้บริการ และแจ้งผลการดำเนินการให้ผู้ร้องเรียนทราบ',
  'Offer online and walk-in complaint channels that allow anonymity, publish them and report back to complainants.',
);
const E_STAFF_QUALITY = text(
  'work-improvement',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าเจ้าหน้าที่ยังไม่ได้ปรับปรุงคุณภาพการปฏิบัติงานหรือการให้บริการให้ดีขึ้น',
  'Some service users see no improvement in staff service.',
  'หน่วยงานควรนำผลการสำรวจความพึงพอใจและข้อร้องเรียนเกี่ยวกับการให้บริการมาวิเคราะห์ จัดอบรมพัฒนาทักษะการให้บริการแก่เจ้าหน้าที่ และเผยแพร่ผลการปรับปรุงคุณภาพการให้บริการเปรียบเทียบกับปีก่อนให้ผู้รับบริการทราบ',
  'Use satisfaction results and complaints to train staff, and publish the improvement year on year.',
);
const E_METHODS = text(
  'work-improvement',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าหน่วยงานยังไม่ได้ปรับปรุงวิธีการและขั้นตอนการดำเนินงานหรือการให้บริการให้ดีขึ้น',
  'Some service users see no improvement in methods and steps.',
  'หน่วยงานควรทบทวนขั้นตอนการให้บริการเพื่อลดขั้นตอนและระยะเวลาที่ไม่จำเป็น และนำเสนอผลการปรับปรุงเปรียบเทียบกับปีที่ผ่านมา โดยอ้างอิงรายงานผลการดำเนินงานประจำปี รายงานผลการสำรวจความพึงพอใจ และผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส แล้วเผยแพร่ในรูปแบบที่เข้าใจง่ายผ่านช่องทางต่าง ๆ ของหน่วยงาน',
  'Cut unneeded steps and show the improvement against last year, drawing on the annual and satisfaction reports.',
);
const E_RESPONSIVE = text(
  'work-improvement',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าหน่วยงานยังปรับปรุงการดำเนินงานหรือโครงการเพื่อตอบสนองความต้องการของประชาชนไม่มากเท่าที่ควร',
  "Some service users see too little change in response to people's needs.",
  'หน่วยงานควรนำความคิดเห็นที่ได้จากการเปิดโอกาสให้ประชาชนมีส่วนร่วมไปกำหนดเป็นโครงการหรือกิจกรรมในแผนการดำเนินงานประจำปี รายงานความก้าวหน้าให้สาธารณชนทราบ และเปิดช่องทางการติดต่อสอบถามแบบสื่อสารสองทางเพื่อรับฟังความต้องการของประชาชนอย่างต่อเนื่อง',
  'Turn public input into projects in the annual plan, report progress and keep a two-way channel open.',
);
const E_ONLINE = text(
  'e-service',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าการให้บริการผ่านช่องทางออนไลน์หรือการนำเทคโนโลยีมาใช้ของหน่วยงานยังไม่สะดวกและรวดเร็วเพียงพอ',
  'Some service users find online services not convenient or quick enough.',
  'หน่วยงานควรพัฒนาระบบการให้บริการออนไลน์ (E-Service) ในงานบริการหลักให้ใช้งานง่าย ใช้ได้ตลอด 24 ชั่วโมง และติดตามสถานะคำขอได้ กำหนดเจ้าหน้าที่ดูแลระบบและตอบสนองคำขอภายในเวลาที่กำหนด และประชาสัมพันธ์ช่องทางดังกล่าวให้ผู้รับบริการทราบโดยทั่วถึง',
  'Make E-Service for the main services easy, always available and trackable, staffed, and well publicised.',
);
const E_INVOLVE = text(
  'participation',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนเห็นว่าหน่วยงานยังเปิดโอกาสให้บุคคลภายนอกเข้ามามีส่วนร่วมในการปรับปรุงการดำเนินงานหรือการให้บริการไม่มากเท่าที่ควร',
  'Some service users see too few chances for outsiders to help improve services.',
  'หน่วยงานควรจัดโครงการหรือกิจกรรมที่เปิดให้ประชาชนและผู้มีส่วนได้ส่วนเสียร่วมแสดงความคิดเห็น ร่วมวางแผน และร่วมติดตามการดำเนินงานตามภารกิจของหน่วยงานอย่างต่อเนื่อง และเผยแพร่ผลการมีส่วนร่วมพร้อมการนำความคิดเห็นไปใช้บนเว็บไซต์หลักของหน่วยงาน',
  'Run regular activities where the public helps plan and follow up the work, and publish what came of them.',
);
const E_TRANSPARENCY = text(
  'ita-measures',
  'ผู้รับบริการหรือผู้มาติดต่อบางส่วนยังไม่เห็นการปรับปรุงการดำเนินงานหรือการให้บริการให้มีความโปร่งใสมากขึ้นอย่างชัดเจน',
  'Some service users see no clear gain in transparency.',
  'หน่วยงานควรแสดงผลการปรับปรุงด้านความโปร่งใสอย่างเป็นรูปธรรม โดยสรุปจากมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานและผลการดำเนินการตามมาตรการ เปรียบเทียบกับปีที่ผ่านมา และเผยแพร่ให้ผู้รับบริการทราบผ่านเว็บไซต์หลักและสื่อสังคมออนไลน์ของหน่วยงาน',
  'Show concrete transparency gains from the integrity measures, compared with last year, on the website and social media.',
);

// ── The lists ────────────────────────────────────────────────────────────────

/** IIT 2561–2565: fixedBy uses oit-2564 codes. */
const IIT_2561 = rows('iit-2561', [
  ['i1', I_STEPS, ['o13', 'o14']],
  ['i2', I_EQUAL, ['o17', 'o14']],
  ['i3', I_RESULTS, ['o38']],
  ['i4', I_BRIBE, ['o36', 'o37', 'o30']],
  ['i5', I_GIFT_TAKE, ['o34', 'o38']],
  ['i6', I_GIFT_GIVE, ['o38', 'o34']],
  ['i7', I_PLAN_KNOWN, ['o18', 'o10']],
  ['i8', I_BUDGET_PURPOSE, ['o18', 'o19', 'o20']],
  ['i9', I_BUDGET_PRIVATE, ['o36', 'o37']],
  ['i10', I_FALSE_CLAIMS, ['o36', 'o37']],
  ['i11', I_PROCUREMENT, ['o21', 'o22', 'o23', 'o24']],
  ['i12', I_BUDGET_VOICE, ['o19', 'o30']],
  ['i13', I_ASSIGN, ['o27', 'o26']],
  ['i14', I_APPRAISAL, ['o27', 'o26']],
  ['i15', I_TRAINING, ['o27', 'o28']],
  ['i16', I_ERRANDS, ['o38']],
  ['i17', I_WRONG_ORDERS, ['o36', 'o37', 'o30']],
  ['i18', I_APPOINT_FAVOUR, ['o27', 'o26']],
  ['i19', I_PROPERTY_PRIVATE, ['o13', 'o36', 'o37']],
  ['i20', I_BORROW_EASY, ['o13']],
  ['i21', I_BORROW_PERMISSION, ['o13']],
  ['i22', I_OUTSIDERS, ['o14', 'o13']],
  ['i23', I_RULES_KNOWN, ['o13']],
  ['i24', I_OVERSIGHT, ['o13', 'o37']],
  ['i25', I_EXEC_PRIORITY, ['o34', 'o35']],
  ['i26', I_PREVENTION_PLAN, ['o39', 'o40', 'o41']],
  ['i27', I_PROBLEMS_SOLVED, ['o29', 'o31']],
  ['i28', I_INVESTIGATE, ['o29', 'o31']],
  ['i29', I_AUDIT, ['o37', 'o42']],
  ['i30', I_SAFE_REPORT, ['o29', 'o30', 'o31']],
]);

/** IIT 2566: i1–i18 ask what 2561 asked; i19–i30 follow the 2566 wording (i21–i23 unverified). oit-2566 codes. */
const IIT_2566 = rows('iit-2566', [
  ['i1', I_STEPS, ['o14', 'o15']],
  ['i2', I_EQUAL, ['o18', 'o15']],
  ['i3', I_RESULTS, ['o39', 'o40']],
  ['i4', I_BRIBE, ['o34', 'o35', 'o28']],
  ['i5', I_GIFT_TAKE, ['o31', 'o32', 'o33']],
  ['i6', I_GIFT_GIVE, ['o31', 'o32']],
  ['i7', I_PLAN_KNOWN, ['o11']],
  ['i8', I_BUDGET_PURPOSE, ['o11', 'o12', 'o13']],
  ['i9', I_BUDGET_PRIVATE, ['o34', 'o35']],
  ['i10', I_FALSE_CLAIMS, ['o34', 'o35']],
  ['i11', I_PROCUREMENT, ['o19', 'o20', 'o21', 'o22']],
  ['i12', I_BUDGET_VOICE, ['o12', 'o28']],
  ['i13', I_ASSIGN, ['o25', 'o24']],
  ['i14', I_APPRAISAL, ['o25', 'o24']],
  ['i15', I_TRAINING, ['o25', 'o26']],
  ['i16', I_ERRANDS, ['o39', 'o40']],
  ['i17', I_WRONG_ORDERS, ['o34', 'o35', 'o28']],
  ['i18', I_APPOINT_FAVOUR, ['o25', 'o24']],
  ['i19', I_RULES_KNOWN, ['o14']],
  ['i20', I_BORROW_EASY, ['o14']],
  ['i21', I_BORROW_PERMISSION, ['o14']],
  ['i22', I_OUTSIDERS, ['o15', 'o14']],
  ['i23', I_PROPERTY_PRIVATE, ['o14', 'o34', 'o35']],
  ['i24', I_OVERSIGHT, ['o14', 'o35']],
  ['i25', I_EXEC_PRIORITY, ['o31', 'o42', 'o43']],
  ['i26', I_PREVENTION_WORKS, ['o34', 'o35', 'o36', 'o38']],
  ['i27', I_ETHICS_KNOWN, ['o39', 'o40', 'o41']],
  ['i28', I_ITA_USED, ['o42', 'o43']],
  ['i29', I_SAFE_REPORT, ['o27', 'o28', 'o29']],
  ['i30', I_INVESTIGATE, ['o27', 'o29']],
]);

/** IIT 2568 (also used for 2567 and 2569+): oit-2568 codes. */
const IIT_2568 = rows('iit-2568', [
  ['i1', I_STEPS, ['o8', 'o9']],
  ['i2', I_EQUAL, ['o10', 'o8', 'o9']],
  ['i3', I_BRIBE, ['o23', 'o24', 'o18', 'o17']],
  ['i4', I_BUDGET_PURPOSE, ['o6', 'o7']],
  ['i5', I_FALSE_CLAIMS, ['o23', 'o24']],
  ['i6', I_PROCUREMENT, ['o12', 'o13']],
  ['i7', I_ERRANDS, ['o16']],
  ['i8', I_WRONG_ORDERS, ['o23', 'o24', 'o18']],
  ['i9', I_APPOINT_BRIBE, ['o14', 'o15', 'o23']],
  ['i10', I_BORROW_PERMISSION, ['o8']],
  ['i11', I_PROPERTY_PRIVATE, ['o8', 'o23', 'o24']],
  ['i12', I_OVERSIGHT, ['o8', 'o16']],
  ['i13', I_EXEC_PRIORITY, ['o21', 'o27', 'o28']],
  ['i14', I_PREVENTION_WORKS, ['o23', 'o25', 'o26', 'o27']],
  ['i15', I_SAFE_REPORT, ['o17', 'o18', 'o19']],
]);

/**
 * EIT e1–e15 serve both 2561–2565 and 2566. fixedBy holds oit-2564 codes; for a 2566 result,
 * translate them with `fixedByFor` (index.ts), since oit-2566 numbers the same documents differently.
 */
const EIT_2561 = rows('eit-2561', [
  ['e1', E_STEPS, ['o14', 'o13']],
  ['e2', E_EQUAL, ['o17', 'o14']],
  ['e3', E_HONEST, ['o14', 'o8']],
  ['e4', E_BRIBE, ['o36', 'o37', 'o30']],
  ['e5', E_PUBLIC_INTEREST, ['o34', 'o10', 'o12']],
  ['e6', E_CHANNELS, ['o7', 'o9', 'o5']],
  ['e7', E_RESULTS_PUBLISHED, ['o10', 'o11', 'o12']],
  ['e8', E_FEEDBACK, ['o32', 'o8']],
  ['e9', E_ANSWERS, ['o8', 'o5']],
  ['e10', E_COMPLAINT_CHANNEL, ['o29', 'o30']],
  ['e11', E_STAFF_QUALITY, ['o16', 'o15']],
  ['e12', E_METHODS, ['o12', 'o16', 'o43']],
  ['e13', E_ONLINE, ['o17']],
  ['e14', E_INVOLVE, ['o33', 'o32']],
  ['e15', E_TRANSPARENCY, ['o42', 'o43']],
]);

/** EIT 2568: oit-2568 codes. */
const EIT_2568 = rows('eit-2568', [
  ['e1', E_STEPS, ['o9', 'o8']],
  ['e2', E_EQUAL, ['o10', 'o9']],
  ['e3', E_BRIBE, ['o21', 'o23', 'o24', 'o18']],
  ['e4', E_CHANNELS, ['o1', 'o3', 'o4']],
  ['e5', E_CLARITY, ['o4', 'o9', 'o6']],
  ['e6', E_ANSWERS, ['o3']],
  ['e7', E_INVOLVE, ['o20']],
  ['e8', E_RESPONSIVE, ['o20', 'o6', 'o3']],
  ['e9', E_ONLINE, ['o10']],
]);

export const SURVEY_ADVICE: readonly ItemAdvice[] = [...IIT_2561, ...IIT_2566, ...IIT_2568, ...EIT_2561, ...EIT_2568];
