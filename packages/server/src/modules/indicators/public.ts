// What the CLI (through @shuangjiang/server) and other modules use of the indicators.
export { BREAKDOWN_KEYS, type BreakdownKey, type FiguresOut } from './dto.js';
export { countFigureBy, countFigures, countFiguresBy, type FigureScope, figureMemberIds } from './figures.js';
export { rankingFor } from './ranking.js';
export {
  checkDefinitionSet,
  definitionsOf,
  figuresForOperator,
  rebuildAndCompare,
  refreshIndicatorFacts,
} from './service.js';
