// A row's name run into its deadline target (危桥改造完工时间2024年11月底前 | 2座完工): a date a year and a month give, with
// the words that close a date, is a value as a figure is — the deadline a timeliness row sets — and no indicator's name
// closes on one (names that state a date open with it or go on after it: 截至2026年12月底,项目开展率).
// (Right after the timeliness word the date measures, …时间 / …时限 / …期限 / …日期: a target worded around its date,
// 完成时间为2022年12月30日, is left to the other readings — so narrowed, wide/391@7 keeps its points.)
const DATE_AT_END =
  /(?:时间|时限|期限|日期)\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:[底末](?:之前|以前|前)?|之前|以前|前)?$/u;

/** Whether a reading's name closes on a date right after its timeliness word (…完工时间2024年11月底前): none does. */
export const endsInDate = (name: string): boolean => DATE_AT_END.test(name);
