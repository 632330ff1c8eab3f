/**
 * A pure function of a text, remembered for the last `size` texts it saw. A worker writes many
 * agencies' reports whose texts are mostly the same (the catalogue's advice, headers, the
 * framework's names): each is worked out about once per worker instead of once per agency. The
 * oldest text is forgotten first; a text every report uses comes back at once if it was.
 */
export function remembered<T>(work: (text: string) => T, size: number): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) {
      value = work(text);
      if (seen.size >= size) seen.delete(seen.keys().next().value!);
      seen.set(text, value);
    }
    return value;
  };
}
