/** Text and attribute values made safe for XML: markup characters escaped, control characters XML forbids dropped. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex
const UNSAFE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

export function esc(text: string): string {
  return text.replace(UNSAFE, (c) => ESCAPES[c] ?? '');
}

/** `name="value"` pairs for the attributes given (undefined ones left out), each with a leading space. */
export function attrs(pairs: Record<string, string | number | undefined>): string {
  let out = '';
  for (const name in pairs) {
    const value = pairs[name];
    if (value !== undefined) out += ` ${name}="${typeof value === 'string' ? esc(value) : value}"`;
  }
  return out;
}
