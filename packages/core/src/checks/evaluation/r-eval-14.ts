// R-EVAL-14: the 分值结构 of a published 自评表 against the weight scheme of its region and year (data:
// weight-schemes.ts). Another known scheme is an info naming it; a structure no known scheme gives is a
// warning. Never an error: a table is stored and scored whatever its scheme (Σ 分值 ≠ 总分 is R-EVAL-04's).
// Only a complete table is read — one that prints its 总分 and is not cut off inside its rows (a stored copy's
// beginning, with its 总分 printed above the table) — since a cut-off table lacks its last 一级.
import type { SubjectRule } from '../types.ts';
import {
  describeWeights,
  fits,
  PUBLISHED_WEIGHT_SCHEMES,
  schemeFor,
  tableWeights,
} from './weight-schemes.ts';

export const rule: SubjectRule<'evaluation-document'> = {
  meta: {
    id: 'R-EVAL-14',
    severity: 'warning',
    category: 'consistency',
    description: '自评表的分值结构符合本地区、本年度的权重方案',
    messages: {
      otherScheme:
        '本表分值为{weights}，符合「{found}」，而本地区本年度的方案为「{expected}」：须确认本地区采用该方案',
      noScheme:
        '本表分值为{weights}，不符合任何已知的权重方案（本地区本年度为「{expected}」）：请核对各一级指标的分值',
    },
    subjects: ['evaluation-document'],
    reference: 'DOMAIN §2.5 R-EVAL-14',
  },
  check({ doc, region }) {
    if (doc.kind !== 'self-evaluation' || (doc.total === null && doc.totalWeight === null)) return [];
    if (doc.cutOff === true) return [];
    const table = tableWeights(doc);
    const expected = schemeFor(region ?? null, doc.year);
    if (table === null || expected === null || fits(table, expected)) return [];
    const found = PUBLISHED_WEIGHT_SCHEMES.find((s) => s !== expected && fits(table, s));
    const data = { weights: describeWeights(table), expected: expected.title };
    return found
      ? [
          {
            messageId: 'otherScheme',
            path: '/level1Weights',
            severity: 'info',
            data: { ...data, found: found.title },
          },
        ]
      : [{ messageId: 'noScheme', path: '/level1Weights', data }];
  },
};
