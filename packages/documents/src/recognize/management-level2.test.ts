import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { managementLevel2 } from './evaluation-stream-table.ts';

describe('a 部门整体 自评表 scoring its management first, its cells run together', () => {
  // Made for this test after wide/251 (南昌县, 江西): a library's preview of a .docx run together, the 一级 管理指标
  // and its points glued before the first row, each row's 二级 (…管理) glued to its name.
  const text =
    '1、某卫生院整体支出绩效自评表(2021年度)评价部门名称某县某乡卫生院下属单位个数0整体支出规模全年预算数全年执行数' +
    '执行率资金来源:(1)财政拨款100%年度总年初设定目标全年完成情况体目标业务收入达到55万元业务收入57万元' +
    '分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析' +
    '管理指标30预算编审管理完整、准确率100%100%44政府采购管理执行率100%100%55' +
    '出标产指25数量指标任务1:门诊人次增加增372人次55任务2:健康管理率超上年2%达成目标值55';

  it('reads 管理指标 as the 一级 and the word ending in 管理 as each row’s 二级', async () => {
    const out = await importBuffer(new TextEncoder().encode(text), 'page.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    const rows =
      doc?.kind === 'self-evaluation' ? doc.indicators.map((i) => [i.level1, i.level2, i.name]) : [];
    expect(rows).toContainEqual(['管理指标', '预算编审管理', '完整、准确率']);
    expect(rows).toContainEqual(['管理指标', '政府采购管理', '执行率']);
  });

  it('cuts no name under another 一级, nor one without a word before 管理', () => {
    expect(managementLevel2('产出指标', '档案管理规范率')).toBeNull();
    expect(managementLevel2('管理指标', '管理完成率')).toBeNull();
    expect(managementLevel2('管理指标', '资产管理安全性')).toEqual({ level2: '资产管理', name: '安全性' });
  });
});
