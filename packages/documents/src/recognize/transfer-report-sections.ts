// The section headings of the outline the Ministry of Finance sets for a transfer payment's 绩效自评报告.
import { labelKey } from '../rows/clean-cell.ts';

/**
 * The words of a section heading only a transfer payment's 绩效自评报告 writes, its number taken away: the
 * Ministry's outline (一、绩效目标分解下达情况 / 二、绩效目标完成情况分析 / 三、偏离绩效目标的原因和下一步改进措施 /
 * 四、绩效自评结果拟应用和公开情况) that county and district reports copy. Why: such a report is often published on a
 * page that prints no title of its own, and its prose names 数量指标, 质量指标 … as headings of sentences, so nothing
 * else in it says that it is a report; and no form heads a part with these words — a form's target is passed on by
 * a notice, not analysed as 分解下达情况, and a deviation is a column (偏差原因分析), not a section.
 * (二、绩效目标完成情况分析 is left out: a 自评表's numbered head rows may say 目标完成情况 too.)
 */
export function isTransferReportSection(words: string): boolean {
  const t = labelKey(words);
  return /^绩效目标分解下达(情况)?$|^偏离绩效目标的?原因|^绩效自评结果拟?应用/.test(t);
}
