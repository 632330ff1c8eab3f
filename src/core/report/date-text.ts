/**
 * A date typed by a person for a document (--doc-date, the sidebar's date fields), kept apart from
 * the report's other modules so the sidebar can check it in the browser with nothing else loaded.
 */
import type { Day } from '../dates';
import { ItaError, type Label } from '../errors';
import { readDateText } from '../thai-date';

export const DOC_DATE: Label = { th: 'วันที่ของเอกสาร', en: 'the document date' };

/**
 * A date as Thai officers write it: '2568-11-20', '20/11/2568', '20 พ.ย. 2568', '๒๐ พฤศจิกายน ๒๕๖๘'
 * (the year B.E. or C.E.); a document is dated by a whole day, so a month alone ('พ.ย. 2568') is
 * refused rather than read as its last day. An error in both languages naming `what` otherwise.
 */
export function parseDocDate(text: string, what: Label): Day {
  const read = readDateText(text);
  if (!read || read.form === 'month' || read.form === 'fiscal-year') {
    throw new ItaError(
      `${what.th} ต้องเป็นวันที่ เช่น 20 พ.ย. 2568, 20/11/2568 หรือ 2568-11-20 ("${text}")`,
      `${what.en} must be a date such as 20 พ.ย. 2568, 20/11/2568 or 2568-11-20 ("${text}")`,
    );
  }
  return read.day;
}
