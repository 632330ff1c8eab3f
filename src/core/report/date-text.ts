/**
 * A date typed by a person for a document (--doc-date, the sidebar's date fields), kept apart from
 * the report's other modules so the sidebar can check it in the browser with nothing else loaded.
 */
import { BE_OFFSET, dayOfCell, isoToDay, parseDateText, type Day } from '../dates';
import { ItaError, type Label } from '../errors';
import { toArabicDigits } from '../numbers';

export const DOC_DATE: Label = { th: 'วันที่ของเอกสาร', en: 'the document date' };

/**
 * A date as Thai officers write it: '2568-11-20', '20/11/2568', '20 พ.ย. 2568', '๒๐ พฤศจิกายน ๒๕๖๘'
 * (the year B.E. or C.E.); an error in both languages naming `what` otherwise.
 */
export function parseDocDate(text: string, what: Label): Day {
  const t = toArabicDigits(text).trim();
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) return parseDateText(t, what);
  const slash = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  const day = slash ? isoToDay(`${ce(Number(slash[3]))}-${slash[2].padStart(2, '0')}-${slash[1].padStart(2, '0')}`) : dayOfCell(t);
  if (!day) {
    throw new ItaError(
      `${what.th} ต้องเป็นวันที่ เช่น 20 พ.ย. 2568, 20/11/2568 หรือ 2568-11-20 ("${text}")`,
      `${what.en} must be a date such as 20 พ.ย. 2568, 20/11/2568 or 2568-11-20 ("${text}")`,
    );
  }
  return day;
}

const ce = (year: number) => (year > 2400 ? year - BE_OFFSET : year);

