// What other modules use of the suggestions module: the annual 行政应诉工作报告 (modules/reports) reads the year's
// suggestions received and their reply rate, and the published typical cases (anonymised when saved), as a reader of
// the report's region.
export { listSuggestions, suggestionFigures } from './suggestions.js';
export { listTypicalCases } from './typicalCases.js';
