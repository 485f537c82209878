import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test after fresh/641–642 (上海's 财政项目支出绩效目标申报表): 项目资金总额, the project's whole over
// its years, beside 年度资金申请总额, what the year asks for — the year's budget.
const form = [
  '财政项目支出绩效目标申报表',
  '（2026年度）',
  '项目名称 | 道路保洁经费 | 项目性质 | 阶段性项目 | 项目类别 | 特定目标类',
  '主管部门 | 某区市容局 | 实施单位 | 某区环卫所',
  '项目资金（万元） | 项目资金总额 | 300 | 年度资金申请总额 | 120',
  '| 其中：财政资金 | 300 | 其中：当年财政拨款 | 120',
  '| 其他资金 | 0 | 其他资金 | 0',
  '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度(/项目)指标值',
  '| 产出指标 | 数量指标 | 保洁道路长度 | =20(公里)',
  '| 满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90.00(%)',
];

describe('a 申报表’s 年度资金申请总额', () => {
  it('is the year’s budget beside the project’s whole', async () => {
    const out = await importBuffer(new TextEncoder().encode(form.join('\n')), 'form.txt');
    if (!out.ok || out.forms[0]?.kind !== 'project') throw new Error('no project form read');
    expect([out.forms[0].budget.current, out.forms[0].budget.total]).toEqual(['120', '300']);
  });
});
