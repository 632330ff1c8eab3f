/**
 * Following the plan through the year: where each measure stands at the end of a round, counts per
 * division, and what the divisions' notes report. Pure: the edges hand in the plan sheet's grid and
 * the round (its day judged in the spreadsheet's time zone).
 */
import type { Label } from '../errors';
import type { Grid } from '../grid';
import type { Progress } from './model';
import { progressMeasures } from './read';
import type { Round } from './round';
import { countByOwner, countStates } from './summary';

export type * from './model';
export { AT_RISK_DAYS, COUNT_ORDER, NEEDS_ATTENTION, RULES_TEXT, STATE_LABEL, STATE_ORDER, WELL_BEHIND, type MeasureState } from './classify';
export { defaultRound, parseRound, roundOf, roundTag, roundText, type Round, type RoundChoice, type RoundKind } from './round';
export { attentionOrder, countByOwner, countStates, liveCount, NO_OWNER, nothingToReport, shownStates } from './summary';

export function followUp(plan: Grid, sheet: Label, round: Round): Progress {
  const { measures, warnings } = progressMeasures(plan, sheet, round);
  return { round, measures, counts: countStates(measures), owners: countByOwner(measures), warnings };
}
