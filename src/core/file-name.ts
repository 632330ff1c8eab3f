/** Output file names: the agency's name made safe for every file system, and the year. */
export function fileSafe(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 80);
}

export function outputName(kind: 'analysis' | 'report', agency: string, year: number | null | undefined): string {
  return `ita-${kind}-${fileSafe(agency)}-${year ?? 'unknown'}.${kind === 'analysis' ? 'xlsx' : 'docx'}`;
}
