/**
 * What each IIT/EIT item asks, as a short neutral phrase (our own words, after ITA-FRAMEWORK.md).
 * Reverse items (where "none" scores 100) are worded as the subject they ask about.
 * Item lists take these as the IIT/EIT items' names; OIT items carry their official names in item-lists.ts.
 */

export interface ItemWording {
  th: string;
  en: string;
}

export type WordedListId = 'iit-2561' | 'iit-2566' | 'iit-2568' | 'eit-2561' | 'eit-2568';

const w = (th: string, en: string): ItemWording => ({ th, en });

// Wording shared by several lists (the same question asked in more than one edition).
const STEPS = w('การปฏิบัติงานหรือให้บริการเป็นไปตามขั้นตอนและระยะเวลาที่กำหนด', 'Work and services follow the set steps and time');
const EQUAL_SERVICE = w('การให้บริการแก่ผู้มาติดต่อทุกรายอย่างเท่าเทียมกัน', 'Equal service to everyone who comes');
const ERRANDS = w('การที่ผู้บังคับบัญชาสั่งให้ทำธุระส่วนตัวของผู้บังคับบัญชา', 'Superiors ordering staff to run their private errands (reverse)');
const WRONG_ORDERS = w('การที่ผู้บังคับบัญชาสั่งให้ทำในสิ่งที่ไม่ถูกต้องหรือเสี่ยงต่อการทุจริต', 'Superiors ordering wrong or risky acts (reverse)');
const PRIVATE_USE = w('การนำทรัพย์สินของราชการไปใช้เพื่อประโยชน์ส่วนตัว', 'Use of state property for private ends (reverse)');
const OVERSIGHT = w('การกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการของหน่วยงาน', 'The unit oversees the use of state property');
const EXEC_PRIORITY = w('การที่ผู้บริหารสูงสุดให้ความสำคัญกับการต่อต้านการทุจริต', 'The top executive gives priority to fighting corruption');
const MEASURES_WORK = w('มาตรการป้องกันการทุจริตของหน่วยงานสามารถป้องกันการทุจริตได้จริง', "The unit's prevention measures really prevent corruption");

const IIT_2561: Record<string, ItemWording> = {
  i1: STEPS,
  i2: w('การให้บริการแก่ผู้มาติดต่อที่รู้จักเป็นการส่วนตัวและบุคคลทั่วไปอย่างเท่าเทียมกัน', 'Equal service to acquaintances and to other people'),
  i3: w('การมุ่งผลสำเร็จของงาน ให้ความสำคัญกับงานมากกว่าธุระส่วนตัว และพร้อมรับผิดชอบเมื่อเกิดความผิดพลาด', 'Results first, work before private business, owning mistakes'),
  i4: w(
    'การเรียกรับเงิน ทรัพย์สิน หรือประโยชน์อื่นใดของเจ้าหน้าที่เพื่อแลกกับการปฏิบัติงานหรือให้บริการ',
    'Staff asking for money, property or benefits in exchange for service (reverse)',
  ),
  i5: w('การรับของขวัญหรือประโยชน์อื่นใดเกินกว่าธรรมจรรยาซึ่งอาจมีผลต่อการปฏิบัติหน้าที่', 'Staff accepting gifts beyond custom that may bias them (reverse)'),
  i6: w('การให้ของขวัญหรือประโยชน์อื่นใดแก่บุคคลภายนอกโดยหวังผลตอบแทน', 'Staff giving gifts to outsiders expecting a return (reverse)'),
  i7: w('การรับรู้แผนการใช้จ่ายงบประมาณประจำปีของหน่วยงาน', "Staff know the unit's annual spending plan"),
  i8: w('การใช้จ่ายงบประมาณอย่างคุ้มค่าและตรงตามวัตถุประสงค์', 'Budget spent with value and for its purpose'),
  i9: w('การใช้งบประมาณเพื่อประโยชน์ส่วนตนหรือพวกพ้อง', 'Budget used for private or group gain (reverse)'),
  i10: w('การเบิกจ่ายเงินที่เป็นเท็จ เช่น ค่าล่วงเวลา ค่าวัสดุ หรือค่าเดินทางไปราชการ', 'False claims for overtime, materials or travel (reverse)'),
  i11: w('ความโปร่งใสของการจัดซื้อจัดจ้างและการตรวจรับพัสดุ โดยไม่เอื้อประโยชน์แก่ผู้ประกอบการรายใด', 'Transparent procurement and acceptance, favouring no supplier'),
  i12: w('การเปิดโอกาสให้บุคลากรสอบถาม ทักท้วง หรือร้องเรียนเกี่ยวกับการใช้จ่ายงบประมาณ', 'Staff may ask, object or complain about spending'),
  i13: w('การมอบหมายงานของผู้บังคับบัญชาอย่างเป็นธรรม', 'Fair assignment of work'),
  i14: w('การประเมินผลการปฏิบัติงานอย่างเป็นธรรม', 'Fair performance appraisal'),
  i15: w('การคัดเลือกบุคลากรเข้ารับการฝึกอบรม ศึกษาดูงาน หรือรับทุนอย่างเป็นธรรม', 'Fair selection for training, study visits and scholarships'),
  i16: ERRANDS,
  i17: WRONG_ORDERS,
  i18: w(
    'การแทรกแซงหรือการเอื้อประโยชน์แก่บางกลุ่มในการบรรจุ แต่งตั้ง โยกย้าย หรือเลื่อนตำแหน่ง',
    'Interference or favouritism in recruitment, appointment, transfer or promotion (reverse)',
  ),
  i19: w('การนำทรัพย์สินของราชการไปเป็นของตนเองหรือผู้อื่น', 'Staff taking state property for themselves or others (reverse)'),
  i20: w('ความสะดวกของขั้นตอนการขอยืมทรัพย์สินของราชการ', 'Borrowing procedure for state property is convenient'),
  i21: w('การขออนุญาตอย่างถูกต้องเมื่อยืมทรัพย์สินของราชการไปใช้ปฏิบัติงาน', 'Staff borrow state property with proper permission'),
  i22: w('การที่บุคคลภายนอกนำทรัพย์สินของราชการไปใช้โดยไม่ได้ขออนุญาต', 'Outsiders using state property without permission (reverse)'),
  i23: w('การรับรู้แนวปฏิบัติในการใช้ทรัพย์สินของราชการที่ถูกต้อง', 'Staff know the rules for using state property'),
  i24: OVERSIGHT,
  i25: EXEC_PRIORITY,
  i26: w('การทบทวนมาตรการป้องกันการทุจริตและการมีแผนป้องกันการทุจริตของหน่วยงาน', 'The unit reviews its prevention measures and has an anti-corruption plan'),
  i27: w('การแก้ไขปัญหาการทุจริตของหน่วยงาน', "The unit's corruption problems get solved"),
  i28: w('การเฝ้าระวัง ตรวจสอบ และลงโทษทางวินัยผู้กระทำการทุจริต', 'Watching, investigating and disciplining wrongdoers'),
  i29: w('การนำผลการตรวจสอบของฝ่ายตรวจสอบทั้งภายในและภายนอกมาปรับปรุงการทำงาน', 'Audit findings used to improve work'),
  i30: w('การร้องเรียนการทุจริตได้อย่างปลอดภัยและติดตามผลได้', 'Staff can report corruption safely and follow it up'),
};

/** 2566: i1–i18 as 2561; indicators 4–5 reworded. i21–i23 are the framework doc's unverified guess. */
const IIT_2566: Record<string, ItemWording> = {
  ...Object.fromEntries(Object.entries(IIT_2561).filter(([code]) => Number(code.slice(1)) <= 18)),
  i19: IIT_2561.i23,
  i20: IIT_2561.i20,
  i21: IIT_2561.i21, // unverified
  i22: IIT_2561.i22, // unverified
  i23: PRIVATE_USE, // unverified
  i24: OVERSIGHT,
  i25: EXEC_PRIORITY,
  i26: MEASURES_WORK,
  i27: w('การรับรู้ประมวลจริยธรรมของหน่วยงาน', 'Staff know the code of ethics'),
  i28: w('การนำผลการประเมิน ITA มาปรับปรุงการทำงานของหน่วยงาน', 'ITA results used to improve work'),
  i29: w('ความมั่นใจของบุคลากรในการร้องเรียนการทุจริต', 'Staff confident to report corruption'),
  i30: w('การตรวจสอบและลงโทษผู้กระทำการทุจริตอย่างจริงจัง', 'Wrongdoers investigated and punished in earnest'),
};

const IIT_2568: Record<string, ItemWording> = {
  i1: STEPS,
  i2: EQUAL_SERVICE,
  i3: w('การเรียกรับหรือรับสินบนของเจ้าหน้าที่เพื่อแลกกับการปฏิบัติงานหรือให้บริการ', 'Staff asking for or taking bribes (reverse)'),
  i4: w('การใช้งบประมาณตรงตามวัตถุประสงค์', 'Budget used for its purpose'),
  i5: w('การเบิกจ่ายเงินที่เป็นเท็จ', 'False disbursement claims (reverse)'),
  i6: w('การจัดซื้อจัดจ้างที่เอื้อประโยชน์แก่บุคคลใดบุคคลหนึ่ง', 'Procurement favouring someone (reverse)'),
  i7: ERRANDS,
  i8: WRONG_ORDERS,
  i9: w('การให้หรือรับสินบนเพื่อแลกกับการบรรจุ แต่งตั้ง โยกย้าย หรือเลื่อนตำแหน่ง', 'Bribes in appointments and promotions (reverse)'),
  i10: w('การยืมทรัพย์สินของราชการไปใช้ปฏิบัติงานอย่างถูกต้อง', 'State property borrowed properly'),
  i11: PRIVATE_USE,
  i12: OVERSIGHT,
  i13: EXEC_PRIORITY,
  i14: MEASURES_WORK,
  i15: w('ความเชื่อมั่นต่อกระบวนการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 'Trust in the handling of corruption complaints'),
};

/** 2561–2566 EIT wording is unverified (ITA-FRAMEWORK.md); seed 003 confirms e12, e14, e15. */
const EIT_2561: Record<string, ItemWording> = {
  e1: STEPS,
  e2: EQUAL_SERVICE,
  e3: w('การให้ข้อมูลเกี่ยวกับการปฏิบัติงานหรือการให้บริการอย่างตรงไปตรงมา ไม่บิดเบือน', 'Honest, undistorted information about the service'),
  e4: w('การถูกเจ้าหน้าที่เรียกรับสินบนในรอบปีที่ผ่านมา', 'Asked for a bribe in the past year (reverse)'),
  e5: w('การดำเนินงานโดยคำนึงถึงประโยชน์ของประชาชนและส่วนรวมเป็นหลัก', 'The unit acts in the public interest'),
  e6: w('การเข้าถึงข้อมูลข่าวสารของหน่วยงานได้ง่ายและมีช่องทางหลากหลาย', 'Information easy to reach through many channels'),
  e7: w('การเผยแพร่ผลการดำเนินงานและข้อมูลที่สาธารณชนควรรับทราบ', 'Results and public information published'),
  e8: w('การมีช่องทางรับฟังคำติชมหรือความคิดเห็นเกี่ยวกับการดำเนินงาน', 'A channel for feedback on the work'),
  e9: w('การชี้แจงและตอบข้อสงสัยเกี่ยวกับการดำเนินงานได้อย่างชัดเจน', 'Clear answers to questions and concerns'),
  e10: w('การมีช่องทางร้องเรียนการทุจริตของเจ้าหน้าที่', 'A channel to complain about corruption by staff'),
  e11: w('การปรับปรุงคุณภาพการปฏิบัติงานหรือการให้บริการของเจ้าหน้าที่ให้ดีขึ้น', 'Staff improve the quality of their service'),
  e12: w('การปรับปรุงวิธีการและขั้นตอนการดำเนินงานหรือการให้บริการให้ดีขึ้น', 'The unit improves its methods and steps'),
  e13: w('การนำเทคโนโลยีมาใช้ในการให้บริการเพื่อความสะดวกรวดเร็ว', 'Technology used to make services convenient'),
  e14: w('การเปิดโอกาสให้ผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการปรับปรุงการดำเนินงาน', 'Service users invited to take part in improvement'),
  e15: w('การปรับปรุงการดำเนินงานหรือการให้บริการให้มีความโปร่งใสมากขึ้น', 'Work made more transparent'),
};

const EIT_2568: Record<string, ItemWording> = {
  e1: STEPS,
  e2: EQUAL_SERVICE,
  e3: w('การเรียกรับสินบนจากผู้รับบริการเพื่อแลกกับการปฏิบัติงานหรือให้บริการ', 'Bribes asked of service users (reverse)'),
  e4: w('การเข้าถึงช่องทางเผยแพร่ข้อมูลข่าวสารของหน่วยงานได้ง่าย', "The unit's information channels are easy to reach"),
  e5: w('ความชัดเจนของข้อมูลข่าวสารที่หน่วยงานเผยแพร่', 'Published information is clear'),
  e6: w('ความชัดเจนในการตอบข้อซักถามหรือให้คำอธิบายของหน่วยงาน', 'Clear answers to questions'),
  e7: w('การเปิดโอกาสให้บุคคลภายนอกมีส่วนร่วมในการปรับปรุงการดำเนินงานหรือการให้บริการ', 'Outsiders can take part in improving services'),
  e8: w('การปรับปรุงการดำเนินงานหรือโครงการเพื่อตอบสนองความต้องการของประชาชน', "Work and projects improved in response to people's needs"),
  e9: w('ความสะดวกรวดเร็วของการให้บริการผ่านช่องทางออนไลน์', 'Online services are convenient and quick'),
};

export const ITEM_WORDING: Record<WordedListId, Record<string, ItemWording>> = {
  'iit-2561': IIT_2561,
  'iit-2566': IIT_2566,
  'iit-2568': IIT_2568,
  'eit-2561': EIT_2561,
  'eit-2568': EIT_2568,
};
