// How a 绩效运行监控表 words a row's progress to date where no figure can be given yet (1-7月完成情况 | 按计划推进,
// 年底测评): the phrases the monitoring notices ask for — on schedule, under way, measured at the year's end, not yet
// begun. Like the judgements of a 自评表 (好, 合规, 已完成) they are a cell of their own where a row's cells ran
// together (维修任务完成时限按计划推进2024年11月底前完成: the name, the progress, the target).
export const PROGRESS_JUDGEMENTS: readonly string[] = [
  '按计划推进',
  '按进度推进',
  '按计划实施',
  '按进度实施',
  '按计划执行',
  '按进度执行',
  '有序推进',
  '稳步推进',
  '正在推进',
  '正在实施',
  '正在进行',
  '推进中',
  '实施中',
  '进行中',
  '建设中',
  '年底测评',
  '年底评价',
  '年底统计',
  '年终测评',
  '年终评价',
  '尚未开展',
  '未开展',
  // Not yet due to be measured (项目区粮食亩均增产 | 未到收获期): the period the measure waits for.
  ...['未到', '尚未到'].flatMap((not) =>
    ['收获期', '验收期', '考核期', '评价期', '结算期', '采收期'].map((period) => not + period),
  ),
];

/** A date's text, which the atoms keep as text (2024年11月底前完成): a target or an actual all the same. */
const DATE_OPENING = /^\d{4}年/;

/**
 * Whether `word`, closing a text whose next atom is the text `next`, is a progress phrase ending its cell before
 * a date (按计划推进 | 2024年11月底前完成) — the date a value as a figure is. Other judgements keep their text there
 * (…完成 | 2022年12月 may be one worded value).
 */
export function progressBeforeDate(word: string, next: string | undefined): boolean {
  return next !== undefined && DATE_OPENING.test(next) && PROGRESS_JUDGEMENTS.includes(word);
}

/**
 * A date's text run on into the progress after it (2024年11月底前完成按计划推进: the target's deadline, then the 监控表's
 * progress to date where the header prints it after the target): the date and the progress phrase, which no date
 * ends in. Null where the text opens with no date or closes on no progress phrase.
 */
export function progressAfterDate(text: string): [string, string] | null {
  if (!DATE_OPENING.test(text)) return null;
  const word = PROGRESS_JUDGEMENTS.find((w) => text.endsWith(w) && text.length > w.length + 5);
  return word ? [text.slice(0, -word.length), word] : null;
}
