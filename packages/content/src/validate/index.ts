export { CUE_LIMITS } from "./cue-limits.ts";
export { type CueFigure, type CueReport, cueReport } from "./cue-report.ts";
export { evidenceProblems } from "./evidence-problems.ts";
export { ITEM_CUES, type ItemCue, type ItemWarning, itemWarnings } from "./item-warnings.ts";
export { type KeySupportWarning, keySupportWarnings } from "./key-support.ts";
export { type BankProblem, validateBank } from "./validate-bank.ts";
