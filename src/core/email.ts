/**
 * The one e-mail rule and the one address splitter, used by the sidebar, the server functions'
 * argument schemas, sharing and every reader of the divisions sheet. The rule is what a government
 * address book holds: RFC 5322 dot-atom local parts (apostrophes, plus signs and the like allowed,
 * as in o'brien@agency.go.th), a domain of DNS labels with at least one dot; no spaces, commas,
 * semicolons or angle brackets, which only ever come from a list pasted whole.
 */

/** RFC 5321's limits: the whole address, and the part before the @. */
export const EMAIL_MAX_LENGTH = 254;
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';

/** The address pattern (the 254-character limit is checked apart, as the schemas say it in words). */
export const EMAIL_PATTERN = new RegExp(`^(?=[^@]{1,64}@)${ATEXT}(?:\\.${ATEXT})*@${LABEL}(?:\\.${LABEL})+$`);

export function isEmail(text: string): boolean {
  return text.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(text);
}

/**
 * The addresses in a typed or pasted list, as typed: parts between commas, semicolons and line
 * breaks; 'Name <a@x.go.th>' gives the address in brackets; a part of several words gives each word
 * when one of them holds an @ (addresses separated by spaces). A part with no @ in it stays whole
 * ('kru at school'), so a message quotes what was typed.
 */
export function splitAddresses(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,;\r\n]+/)) {
    const part = raw.trim();
    if (!part) continue;
    const named = /^[^<>]*<([^<>]*)>$/.exec(part);
    if (named) {
      out.push(named[1].trim());
      continue;
    }
    const words = part.split(/\s+/);
    out.push(...(words.length > 1 && words.some((w) => w.includes('@')) ? words.map(unbracket) : [part]));
  }
  return out;
}

function unbracket(word: string): string {
  return word.replace(/^<([^<>]*)>$/, '$1');
}

/** splitAddresses, checked: the addresses (a repeat, in any case, dropped) and the parts that are not one. */
export function readAddresses(text: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const token of splitAddresses(text)) {
    if (!isEmail(token)) {
      invalid.push(token);
      continue;
    }
    const key = token.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    emails.push(token);
  }
  return { emails, invalid };
}
