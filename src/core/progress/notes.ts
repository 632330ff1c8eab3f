/**
 * A division's notes → what they report: results, problems and suggestions. People label parts
 * ("ปัญหา/อุปสรรค: …", "ข้อเสนอแนะ: …", "ผลการดำเนินงาน: …"), anywhere in the text; unlabelled
 * text explains the delay of a measure that is late or at risk, and is a result otherwise.
 */
export interface NoteParts {
  results: string[];
  problems: string[];
  suggestions: string[];
}

type Part = keyof NoteParts;

const WORDS = 'ปัญหา\\s*(?:และ|/)?\\s*อุปสรรค|ปัญหา|อุปสรรค|ข้อเสนอแนะ|แนวทาง(?:การ)?แก้ไข|ผลการดำเนิน(?:งาน|การ)|ผลการปฏิบัติงาน';
/**
 * A label followed by a colon anywhere, or starting a line before a space: "ปัญหาการทุจริต" inside
 * a sentence is not a label.
 */
const LABEL = new RegExp(`(?:^|\\n)\\s*(${WORDS})(?:\\s*[:：]|\\s+(?=\\S))|(${WORDS})\\s*[:：]`, 'g');

function partOf(word: string): Part {
  if (word.startsWith('ข้อเสนอแนะ') || word.startsWith('แนวทาง')) return 'suggestions';
  return word.startsWith('ผล') ? 'results' : 'problems';
}

export function noteParts(note: string, troubled: boolean): NoteParts {
  const parts: NoteParts = { results: [], problems: [], suggestions: [] };
  const add = (part: Part, text: string) => {
    const t = text.replace(/\s+/g, ' ').replace(/^[\s,;:\-–]+|[\s,;\-–]+$/g, '');
    if (t) parts[part].push(t);
  };
  let part: Part = troubled ? 'problems' : 'results';
  let at = 0;
  for (const m of note.matchAll(LABEL)) {
    add(part, note.slice(at, m.index));
    part = partOf(m[1] ?? m[2]);
    at = m.index! + m[0].length;
  }
  add(part, note.slice(at));
  return parts;
}
