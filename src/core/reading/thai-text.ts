/** Thai text compared the way a reader would: spacing, tone marks and PDF artefacts do not count. */

// Tone marks, mai taikhu and thanthakhat: the marks typists most often drop or double.
const MARKS = /[\u0e47-\u0e4c]/g;
const SPACES = /[\s\u00a0\u200b-\u200d\ufeff]+/g;

/** 'การใช้ ทรัพย์สิน' and 'การใชทรัพยสิน' compare equal; 'ํา' pasted from a PDF reads as 'ำ'. */
export function foldThai(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(SPACES, '')
    .replace(MARKS, '');
}

/**
 * The fewest edits (insert, delete, substitute) that turn `pattern` into some part of `text`:
 * a semi-global alignment, free to skip text before and after the match.
 */
export function editDistanceWithin(pattern: string, text: string): number {
  const p = [...pattern];
  const t = [...text];
  let prev = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= p.length; i++) {
    const cur = new Array<number>(t.length + 1);
    cur[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const sub = prev[j - 1] + (p[i - 1] === t[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    prev = cur;
  }
  return Math.min(...prev);
}

/** Plain Levenshtein distance between two whole strings. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    prev = cur;
  }
  return prev[y.length];
}
