/**
 * zod/mini schemas for what the sidebar and the menu send: server functions trust nothing. The
 * table of server functions (server-functions.ts) names each function's schema; contract.ts derives
 * the option types from them. No Apps Script service here: the sidebar imports these types.
 */
import * as z from 'zod/mini';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '../core/email';
import { ItaError, type Label } from '../core/errors';
import { argumentWords, type Issue } from './arg-words';

const year = z.number().check(z.int(), z.gte(2561), z.lte(2643));
const text = z.string().check(z.maxLength(200));

export const generateOptionsSchema = z.optional(
  z.strictObject({
    sourceSheet: z.optional(text),
    year: z.optional(year),
    target: z.optional(z.number().check(z.gte(0), z.lte(100))),
    planYear: z.optional(year),
    agency: z.optional(text),
    /** The day the executive approves the plan, from the sidebar's date field. */
    approvalDate: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    /** Keep-up measures for indicators at full marks. */
    includeKeep: z.optional(z.boolean()),
  }),
);

export const templateOptionsSchema = z.optional(z.strictObject({ year: z.optional(year), agency: z.optional(text), agencyType: z.optional(text) }));

/** What the sidebar's report panel sends: the form, the digits, and the people who sign (blank = dotted line). */
const person = z.optional(z.string().check(z.maxLength(120)));
const signers = z.optional(
  z.strictObject({
    preparerName: person,
    preparerPosition: person,
    proposerName: person,
    proposerPosition: person,
    executiveName: person,
    executivePosition: person,
  }),
);
const digits = z.optional(z.enum(['thai', 'arabic']));
/** The document's date as typed ('20 พ.ย. 2568', '20/11/2568', YYYY-MM-DD); the server reads it with parseDocDate. */
const docDate = z.optional(z.string().check(z.maxLength(40)));
export const reportOptionsSchema = z.optional(
  z.strictObject({
    sourceSheet: z.optional(text),
    form: z.optional(z.enum(['report', 'memo'])),
    digits,
    fields: signers,
    docDate,
    audience: z.optional(z.enum(['public', 'internal'])),
  }),
);

/** The follow-up panel: the round ('6', '12' or a day YYYY-MM-DD; none = today), digits and signers. */
export const progressOptionsSchema = z.optional(
  z.strictObject({
    round: z.optional(z.string().check(z.regex(/^(?:6|12|\d{4}-\d{2}-\d{2})$/))),
    plan: z.optional(text),
    digits,
    fields: signers,
    docDate,
  }),
);

/** The roll-up: which sheet holds the table (none: every sheet of the user's), year, target, grouping, digits. */
export const rollupOptionsSchema = z.optional(
  z.strictObject({
    sourceSheet: z.optional(text),
    year: z.optional(year),
    target: z.optional(z.number().check(z.gte(0), z.lte(100))),
    groupBy: z.optional(z.enum(['district', 'type', 'province'])),
    digits,
  }),
);

/** Copying a built-in edition into a new framework sheet: its year (newest when omitted) and agency group. */
export const frameworkOptionsSchema = z.optional(
  z.strictObject({
    year: z.optional(year),
    group: z.optional(z.string().check(z.maxLength(100))),
  }),
);

const email = z.string().check(z.maxLength(EMAIL_MAX_LENGTH), z.regex(EMAIL_PATTERN));
export const divisionSchema = z.strictObject({ name: text.check(z.minLength(1)), emails: z.array(email).check(z.maxLength(50)) });
export const divisionsSchema = z.array(divisionSchema).check(z.maxLength(100));
/** Share's list; none (or null) applies the list saved in หน่วยงานภายใน again. */
export const shareDivisionsSchema = z.nullish(divisionsSchema);

/** A schema for one server function's argument, and what a message calls that argument. */
export type ArgumentName = 'options' | 'divisions';

/** What each server function's argument is called in a message. */
const ARGUMENTS: Record<ArgumentName, Label> = {
  options: { th: 'ตัวเลือก', en: 'the options' },
  divisions: { th: 'หน่วยงานภายใน', en: 'division' },
};

/** Parses an argument or throws plain bilingual words naming the field and the value. */
export function parseArg<T>(schema: z.ZodMiniType<T>, value: unknown, name: ArgumentName): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const words = argumentWords(r.error.issues[0] as Issue, value, ARGUMENTS[name]);
  throw new ItaError(`ค่าที่ส่งมาไม่ถูกต้อง: ${words.th}`, `Invalid value: ${words.en}`);
}
