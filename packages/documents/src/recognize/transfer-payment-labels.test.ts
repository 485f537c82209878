import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// Made for these tests in the shape of the central 转移支付 自评表 (就业补助资金绩效自评表): the project is named
// by 转移支付（项目）名称, the spending unit by 资金使用单位, the department by 地方主管部门.
const form = (nameLabel: string, unitLabel: string) =>
  [
    '就业补助资金绩效自评表 |',
    '（2024年度） |',
    `${nameLabel} | 就业补助资金 |`,
    '中央主管部门 | 人力资源社会保障部 |',
    '地方主管部门 | 某某市人力资源和社会保障局 |',
    `${unitLabel} | 某某区人力资源和社会保障局 |`,
    '资金投入情况（万元） | 全年预算数（A） | 全年执行数（B） | 预算执行率 |',
    '年度资金总额 | 100 | 86 | 86% |',
    '一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 |',
    '产出指标 | 数量指标 | 补贴人数 | ≥100人 | 120人 |',
  ].join('\n');

const read = async (text: string) => {
  const out = await importBuffer(bytes(text), 'form.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return doc;
};

describe('the labels of a 转移支付 自评表', () => {
  it('reads 转移支付（项目）名称 as the name and 资金使用单位 / 地方主管部门 as its units', async () => {
    const doc = await read(form('转移支付（项目）名称', '资金使用单位'));
    expect(doc.name).toBe('就业补助资金');
    expect(JSON.stringify(doc)).toContain('某某区人力资源和社会保障局');
    expect(JSON.stringify(doc)).toContain('某某市人力资源和社会保障局');
  });

  it('does not take the 中央主管部门 for the unit, nor a 使用情况 row for a label', async () => {
    const doc = await read(form('转移支付（项目）名称', '资金使用情况'));
    expect(JSON.stringify(doc)).not.toMatch(/"(unit|implementer|executor)":"人力资源社会保障部"/);
    expect(JSON.stringify(doc)).not.toMatch(/"(unit|implementer|executor)":"某某区人力资源和社会保障局"/);
  });
});
