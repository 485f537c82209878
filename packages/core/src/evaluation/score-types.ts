// The result of scoring one indicator: the score, the computed score before any override, and the WORKING
// (a Chinese explanation the UI shows beside the number).

export type ScoreMethod = 'positive' | 'equal' | 'reverse' | 'zero-target' | 'qualitative' | 'missing';

export type ScoreFlag =
  /** No actual (or no grade) was given: the score is 0 (DOMAIN §2.3). */
  | 'missing-actual'
  /** A positive target beaten by ≥ 20 % or a reverse one undercut by ≥ 20 % (R-EVAL-08 hint). */
  | 'over-achieved'
  /** The score was set by hand within the allowed band (reason recorded). */
  | 'overridden';

export interface IndicatorScore {
  /** The score that counts, two decimals ("19.37"). */
  score: string;
  /** The weight (分值) scored against. */
  weight: string;
  /** The score the formula or the grade gives, before any override. */
  computed: string;
  method: ScoreMethod;
  /** How the score was reached, in Chinese, e.g. "实际值 92% ÷ 目标值 95% × 分值 20 = 19.37". */
  working: string;
  flags: ScoreFlag[];
}
