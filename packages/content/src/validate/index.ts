export { CUE_LIMITS } from "./cue-limits.ts";
export { type CueFigure, type CueReport, cueReport } from "./cue-report.ts";
export { ITEM_CUES, type ItemCue, type ItemWarning, itemWarnings } from "./item-warnings.ts";
export { type BankProblem, validateBank } from "./validate-bank.ts";
