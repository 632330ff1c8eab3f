/** Many agencies' results, as read from a table of agencies or from their score sheets. */
import type { ToolId } from '../editions/types';
import type { Label } from '../errors';

/** The kinds an office groups agencies by; 'other' for any name we cannot place. */
export type AgencyType = 'sao' | 'subdistrict' | 'town' | 'city' | 'pao' | 'bma' | 'province' | 'department' | 'school' | 'other';

/** One agency's result for one year, as read (nothing computed yet). */
export interface AgencyRecord {
  name: string;
  /** Type as given in a column, else read from the name. */
  type: AgencyType;
  district: string | null;
  province: string | null;
  /** B.E. */
  year: number;
  /** Index 0 = indicator 1; null where not given. */
  indicators: (number | null)[];
  tools: Partial<Record<ToolId, number>>;
  /** Item scores by lower-case code ('o6'). */
  items: Map<string, number>;
  publishedTotal: number | null;
  publishedLevel: string | null;
  /** Where the row was read: 'แผ่นงาน "2568" แถว 14'. */
  source: Label;
}

/** A row left out of the figures, and why (naming sheet and cell). */
export type BadRow = Label;

export interface ReadAgencies {
  records: AgencyRecord[];
  bad: BadRow[];
  /** Notes that do not exclude a row (a level that could not be decided). */
  notes: Label[];
}
