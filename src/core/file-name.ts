/** A name made safe for every file system; the command line also shortens it by bytes (src/cli/file-name.ts). */
export function fileSafe(text: string): string {
  return (
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      .replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
  );
}

/** The name the sidebar downloads the document under; a browser shortens what its system cannot take. */
export function reportDownloadName(agency: string, year: number | null): string {
  return `ita-report-${fileSafe(agency).slice(0, 60)}-${year ?? 'unknown'}.docx`;
}

/** The follow-up report's download name: agency, the plan's year and the round ('6m', '12m' or the day). */
export function progressDownloadName(agency: string, planYear: number, round: string): string {
  return `ita-progress-${fileSafe(agency).slice(0, 60)}-${planYear}-${round}.docx`;
}
