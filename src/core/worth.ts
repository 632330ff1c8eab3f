/** What each fix is worth in total points, and the fewest OIT items to reach a target. Pure. */
export { indicatorPointWorth, itemGroups, itemWorths, type ItemGroup, type ItemWorth } from './worth/structure';
export {
  checkItemsAgainstIndicators,
  indicatorsFromItems,
  oitIndicatorsFromItems,
  type IndicatorCheck,
  type IndicatorFromItems,
  type SubFromItems,
} from './worth/recompute';
export { itaGap, pathsFor, pathToTarget, type Blocker, type CheapIndicator, type Path, type PathInput, type PathStep } from './worth/path';
export { oitCoverage, type Overstated, type Unexplained, type Unreliable } from './worth/coverage';
