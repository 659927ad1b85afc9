import type { CalibrationBin } from "@quizdeck/core/fitting";

/** What a class fit's `calibration` holds: bins of predicted recall, under the weights in use and under the defaults. */
export interface ClassCalibration {
  /** Reviews predicted (each a review on a later day than the item's previous one). */
  predictions: number;
  inUse: CalibrationBin[];
  defaults: CalibrationBin[];
}
