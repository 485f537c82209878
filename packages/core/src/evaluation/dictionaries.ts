// Dictionaries of monitoring and self-evaluation (DOMAIN.md §2.3, §3.2): qualitative grades, deviation
// causes (Hubei FASP2 and the central 136号 list), likelihood of meeting the target.
import { z } from 'zod';

/** Qualitative result in a self-evaluation (DOMAIN §2.3, FASP2 F1 / 10号 wording). */
export const selfEvaluationGradeSchema = z.enum([
  '达成年度指标',
  '部分达成年度指标并具有一定效果',
  '未达成年度指标且效果较差',
]);
export type SelfEvaluationGrade = z.infer<typeof selfEvaluationGradeSchema>;

/** Qualitative progress in a monitoring round (FASP2 `indexval`, DOMAIN §3.2). */
export const monitoringGradeSchema = z.enum([
  '达成目标',
  '部分达成目标并具有一定效果',
  '未达成目标且效果较差',
]);
export type MonitoringGrade = z.infer<typeof monitoringGradeSchema>;

/** The three levels both wordings share. */
export type GradeLevel = 'met' | 'partly' | 'missed';

export function gradeLevel(grade: SelfEvaluationGrade | MonitoringGrade): GradeLevel {
  if (grade.startsWith('达成')) return 'met';
  if (grade.startsWith('部分')) return 'partly';
  return 'missed';
}

export interface DictionaryEntry {
  /** The code in the source system, where one is known. */
  code: string | null;
  label: string;
  source: 'hubei-fasp2' | 'central-136';
}

/**
 * 偏差原因: Hubei FASP2 `dviationanalysis` (codes 1, 2, 3 and 10 seen; 4–9 unknown, not invented) and the
 * central 136号 table (no codes known). Both lists are accepted; a deployment shows the one it uses.
 */
export const DEVIATION_REASONS: readonly DictionaryEntry[] = [
  { code: '1', label: '人员原因', source: 'hubei-fasp2' },
  { code: '2', label: '制度原因', source: 'hubei-fasp2' },
  { code: '3', label: '经费原因', source: 'hubei-fasp2' },
  { code: '10', label: '其他原因', source: 'hubei-fasp2' },
  { code: null, label: '经费保障', source: 'central-136' },
  { code: null, label: '制度保障', source: 'central-136' },
  { code: null, label: '人员保障', source: 'central-136' },
  { code: null, label: '硬件条件保障', source: 'central-136' },
  { code: null, label: '其他', source: 'central-136' },
];

export const deviationReasonSchema = z.enum([
  '人员原因',
  '制度原因',
  '经费原因',
  '其他原因',
  '经费保障',
  '制度保障',
  '人员保障',
  '硬件条件保障',
  '其他',
]);
export type DeviationReason = z.infer<typeof deviationReasonSchema>;

/** 其他原因 / 其他 need a written explanation (R-MON-04). */
export function isOtherReason(reason: DeviationReason): boolean {
  return reason === '其他原因' || reason === '其他';
}

/** 完成目标可能性: FASP2 `completeanalysis` 1 确定能, 2 有可能, 3 完全不可能. */
export const likelihoodSchema = z.enum(['确定能', '有可能', '完全不可能']);
export type Likelihood = z.infer<typeof likelihoodSchema>;
