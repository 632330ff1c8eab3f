/** An error a coordinator can read: Thai first, then English, naming the cell or argument. */
export class ItaError extends Error {
  readonly th: string;
  readonly en: string;
  constructor(th: string, en: string) {
    super(`${th} / ${en}`);
    this.name = 'ItaError';
    this.th = th;
    this.en = en;
  }
}

/** What a value is called in a message, in both languages ("คะแนนตัวชี้วัดที่ 4" / "indicator 4 score"). */
export interface Label {
  th: string;
  en: string;
}

export function label(th: string, en: string): Label {
  return { th, en };
}

/** Prefixes a label with where it stands ("แถวที่ 3: ..." / "row 3: ..."). */
export function withPlace(place: Label | undefined, what: Label): Label {
  return place ? { th: `${place.th} ${what.th}`, en: `${place.en} ${what.en}` } : what;
}

/** Turns anything thrown into plain bilingual words (never a stack trace). */
export function describeError(e: unknown): { th: string; en: string; message: string } {
  if (e instanceof ItaError) return { th: e.th, en: e.en, message: e.message };
  const raw = e instanceof Error ? e.message : String(e);
  const th = `เกิดข้อผิดพลาดที่ไม่คาดคิด: ${raw}`;
  const en = `Unexpected error: ${raw}`;
  return { th, en, message: `${th} / ${en}` };
}
