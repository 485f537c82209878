// R-EVAL-05 (published side): the 自评等级 printed matches the 总分 printed under the grade bands (优 ≥ 90,
// 良 ≥ 80, 中 ≥ 60, else 差 — 财政部预算司). A grade that only a locally configured band set gives (FASP2's
// 80/70/60) is a warning naming that set; one that no known band set gives is an error.
import {
  FASP2_80_70_60_GRADE_BANDS,
  gradeOf,
  OFFICIAL_GRADE_BANDS,
  type EvaluationGrade,
} from '../../evaluation/grades.ts';
import { decimalOf } from '../../evaluation/format.ts';
import type { SubjectRule } from '../types.ts';

const LOCAL_BAND_SETS = [FASP2_80_70_60_GRADE_BANDS];

/** The grade as printed, reduced to 优/良/中/差 (优秀, 良好, 合格 …); null for anything else. */
export function publishedGrade(text: string | null): EvaluationGrade | null {
  const t = (text ?? '').replace(/[\s\u3000]/g, '');
  if (/^(不合格|差)/.test(t)) return '差';
  if (/^优/.test(t)) return '优';
  if (/^良/.test(t)) return '良';
  if (/^(中|合格|一般)/.test(t)) return '中';
  return null;
}

export const rule: SubjectRule<'evaluation-document'> = {
  meta: {
    id: 'R-EVAL-05',
    severity: 'error',
    category: 'consistency',
    description: '自评表的自评等级与总分相符（优 ≥ 90，良 ≥ 80，中 ≥ 60，差 < 60）',
    messages: {
      gradeMismatch:
        '总分{total}分应评为「{expected}」，表上等级为「{grade}」：请核对等级或总分（{working}）',
      otherBands:
        '总分{total}分按财政部等级标准应评为「{expected}」，表上等级「{grade}」符合{bands}：须确认本地区采用该等级标准',
    },
    subjects: ['evaluation-document'],
    reference: 'DOMAIN §2.4 R-EVAL-05',
  },
  check({ doc }) {
    if (doc.kind !== 'self-evaluation' || decimalOf(doc.total) === null) return [];
    const grade = publishedGrade(doc.grade);
    const official = gradeOf(doc.total!, OFFICIAL_GRADE_BANDS);
    if (grade === null || !official.ok || official.value.grade === grade) return [];
    const data = {
      total: doc.total,
      grade: doc.grade,
      expected: official.value.grade,
      working: official.value.working,
    };
    const local = LOCAL_BAND_SETS.find((bands) => {
      const g = gradeOf(doc.total!, bands);
      return g.ok && g.value.grade === grade;
    });
    if (local)
      return [
        {
          messageId: 'otherBands',
          path: '/grade',
          severity: 'warning',
          data: { ...data, bands: local.title },
        },
      ];
    return [{ messageId: 'gradeMismatch', path: '/grade', data }];
  },
};
