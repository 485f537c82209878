// 65岁以上老年人健康管理人数: a figure counted in years of age opens many a name (65岁以上, 3岁以下, 18周岁). 岁 is a
// measure the units data does not list, so a bare figure before it must not be taken for the template's numbering
// of a row (生态效益指标1病害减少…), which a Han word follows directly.

/** Years of age, measured right after a figure. */
const AGE = /^(?:周岁|岁)/u;

/** Whether the words after a bare figure open with the age it counts. */
export const countsAge = (after: string): boolean => AGE.test(after);
