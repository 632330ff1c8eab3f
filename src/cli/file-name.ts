/**
 * Names of the result files: one per agency, safe on every file system. Linux and macOS allow
 * 255 bytes per name and a Thai character takes 3 in UTF-8, so a long agency name is shortened
 * by bytes at a word boundary, with a short hash of the full name to keep names distinct. The
 * workbook itself keeps the full name.
 */
import { createHash } from 'node:crypto';
import { fileSafe } from '../core/file-name';

/** Room is left for a '-2' suffix and the hidden temporary name (about 22 bytes more). */
export const MAX_NAME_BYTES = 200;
const SUFFIX_ROOM = 4;
const PREFIX = { analysis: 'ita-analysis-', report: 'ita-report-', progress: 'ita-progress-' } as const;
const EXTENSION = { analysis: '.xlsx', report: '.docx', progress: '.docx' } as const;

interface Segmenter {
  segment(text: string): Iterable<{ segment: string }>;
}
type SegmenterClass = new (locale: string, options: { granularity: 'word' | 'grapheme' }) => Segmenter;
// Typed here: the project's lib (ES2020, shared with Apps Script) predates Intl.Segmenter.
const IntlSegmenter = (Intl as unknown as { Segmenter?: SegmenterClass }).Segmenter;

/**
 * 'ita-analysis-<agency>-<year>.xlsx' (or 'ita-report-….docx', 'ita-progress-<agency>-<plan year>-<round>.docx'),
 * shortened when the name would pass MAX_NAME_BYTES.
 */
export function resultFileName(agency: string, year: number | string | null, kind: keyof typeof PREFIX = 'analysis'): { name: string; shortened: boolean } {
  const safe = fileSafe(agency);
  const prefix = PREFIX[kind];
  const tail = `-${year ?? 'unknown'}${EXTENSION[kind]}`;
  const budget = MAX_NAME_BYTES - SUFFIX_ROOM;
  const whole = `${prefix}${safe}${tail}`;
  if (bytes(whole) <= budget) return { name: whole, shortened: false };
  const hash = `-${createHash('sha256').update(agency).digest('hex').slice(0, 6)}`;
  const room = budget - bytes(prefix) - bytes(hash) - bytes(tail);
  return { name: `${prefix}${cutToBytes(safe, room)}${hash}${tail}`, shortened: true };
}

/** The name, or the first of name-2, name-3 … not taken yet (compared ignoring case, as Windows and macOS do). */
export function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let k = 2; taken.has(candidate.toLowerCase()); k++) candidate = `${stem}-${k}${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** At most `room` UTF-8 bytes of the text, ending between words, else between characters with their marks. */
export function cutToBytes(text: string, room: number): string {
  let cut = takeWhileFits(pieces(text, 'word'), room);
  if (!cut) cut = takeWhileFits(pieces(text, 'grapheme'), room);
  // A Thai leading vowel (เ แ โ ใ ไ) belongs to the consonant after it; never end on one, nor on a dash.
  return cut.replace(/[\u0E40-\u0E44-]+$/u, '');
}

function pieces(text: string, granularity: 'word' | 'grapheme'): string[] {
  if (IntlSegmenter) return [...new IntlSegmenter('th', { granularity }).segment(text)].map((s) => s.segment);
  // Without ICU: a character with its combining marks (Thai vowels above/below, tone marks).
  return text.match(/\P{M}\p{M}*/gu) ?? [];
}

function takeWhileFits(parts: string[], room: number): string {
  let out = '';
  for (const p of parts) {
    if (bytes(out + p) > room) break;
    out += p;
  }
  return out;
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
