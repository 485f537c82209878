// R-EVAL-05: the grade of a total by a configurable band set (default 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差);
// every result names the band set that produced it (DOMAIN §2.4).
import { z } from 'zod';
import { decimalOf, show } from './format.ts';
import { fail, ok, type Result } from './result.ts';

export const evaluationGradeSchema = z.enum(['优', '良', '中', '差']);
export type EvaluationGrade = z.infer<typeof evaluationGradeSchema>;

export interface GradeBand {
  grade: EvaluationGrade;
  /** Lower bound; null for the last band (everything below). */
  min: string | null;
  /** `≥` (default) or `>` (FASP2's department variant: 优 only above 90). */
  strict?: boolean;
}

export interface GradeBandSet {
  id: string;
  title: string;
  /** Highest first; the last band has `min: null`. */
  bands: readonly GradeBand[];
}

/** Official bands (S5, 财政部预算司; 10号): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
export const OFFICIAL_GRADE_BANDS: GradeBandSet = {
  id: 'mof-90-80-60',
  title: '财政部预算司：优 ≥ 90，良 ≥ 80，中 ≥ 60，差 < 60',
  bands: [
    { grade: '优', min: '90' },
    { grade: '良', min: '80' },
    { grade: '中', min: '60' },
    { grade: '差', min: null },
  ],
};

/** A locally configured FASP2 variant (F2): 优 ≥ 80, 良 ≥ 70, 中 ≥ 60. */
export const FASP2_80_70_60_GRADE_BANDS: GradeBandSet = {
  id: 'fasp2-80-70-60',
  title: 'FASP2 地方配置：优 ≥ 80，良 ≥ 70，中 ≥ 60，差 < 60',
  bands: [
    { grade: '优', min: '80' },
    { grade: '良', min: '70' },
    { grade: '中', min: '60' },
    { grade: '差', min: null },
  ],
};

export interface GradeResult {
  grade: EvaluationGrade;
  bandSetId: string;
  working: string;
}

/** The grade of `total` under `bands`. A malformed band set is an error, never a guess. */
export function gradeOf(total: string, bands: GradeBandSet = OFFICIAL_GRADE_BANDS): Result<GradeResult> {
  const t = decimalOf(total);
  if (t === null) return fail('invalid-amount', `总分「${total}」不是数字`);
  const last = bands.bands[bands.bands.length - 1];
  if (!last || last.min !== null || bands.bands.slice(0, -1).some((b) => decimalOf(b.min) === null))
    return fail(
      'invalid-band-set',
      `等级标准「${bands.title}」不完整：除最后一档外每档须有下限，最后一档不设下限`,
    );
  for (const b of bands.bands) {
    const min = decimalOf(b.min);
    if (min === null)
      return ok({
        grade: b.grade,
        bandSetId: bands.id,
        working: `总分 ${show(t)} 低于各档下限，等级为${b.grade}（${bands.title}）`,
      });
    if (b.strict ? t.gt(min) : t.gte(min))
      return ok({
        grade: b.grade,
        bandSetId: bands.id,
        working: `总分 ${show(t)} ${b.strict ? '>' : '≥'} ${show(min)}，等级为${b.grade}（${bands.title}）`,
      });
  }
  return fail('invalid-band-set', `等级标准「${bands.title}」不完整`);
}
