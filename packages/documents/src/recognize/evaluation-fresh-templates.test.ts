import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { selfEvaluationOfLines as selfEvaluation } from './self-evaluation-of-lines.test-support.ts';

const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

describe('a 自评表 whose budget columns are 年初预算资金总额 | 实际投入资金额 | 产生差异的原因', () => {
  // Made for this test after wide/432 (南岳, 衡阳): the 部门整体 template's head, its indicator table's last column
  // headed 产生差异的原因及改进措施.
  const lines = [
    '2020年某某免费开放经费部门整体支出绩效自评表 |',
    '单位名称 | 某区民族宗教事务局 | 单位负责人及电话 | 张三 |',
    '资金情况(万元) | | 年初预算资金总额: | 实际投入资金额 | 产生差异的原因 |',
    '合计 | 236 | 230 | |',
    '其中:财政拨款 | 236 | 230 | |',
    '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 产生差异的原因及改进措施 |',
    '产出指标 | 数量指标 | 管理面积 | =230亩 | =230亩 | |',
    '开放天数 | =365天 | =365天 | |',
  ];

  it('reads the opening budget and what was spent, and no indicator named by the reason column', async () => {
    const doc = await selfEvaluation(lines);
    expect([doc.budget.initial, doc.budget.executed]).toEqual(['236', '230']);
    expect(doc.indicators.map((i) => i.name)).toEqual(['管理面积', '开放天数']);
  });
});

describe('a 自评表 whose budget line ran its figures together on a line of its own', () => {
  // Made for this test after wide/426 (阆中): each row's cells run together, the budget's headings on the line
  // above its figures (40004000100% for 4000 | 4000 | 100%).
  const lines = [
    '某某补助资金绩效目标自评表',
    '(2021年度)',
    '转移支付(项目)名称某某公路建设补助资金(普通省道公路建设)',
    '中央主管部门财政部',
    '地方主管部门某市交通运输局资金使用单位某市交通运输局',
    '全年预算数(A)全年执行数(B)预算执行率(B/A)',
    '年度资金总额:40004000100%',
    '总体目标完成情况总体目标全年实际完成情况',
    '按计划完成年度省道公路建设。',
    '绩效指标一级指标二级指标三级指标指标值全年实际完成值未完成原因和改进措施',
    '数量指标建设二级公路长度32.1公里32.1公里',
  ];

  it('cuts a per cent no budget line spends (ten thousand and more) into the line’s columns', async () => {
    const doc = await selfEvaluation(lines);
    expect([doc.budget.annual, doc.budget.executed, doc.budget.rate]).toEqual(['4000', '4000', '100']);
  });

  it('keeps a name whose bracket qualifies it whole, though a budget line’s label ends its words', async () => {
    const doc = await selfEvaluation(
      lines.map((l) => l.replace('某某公路建设补助资金', '某某公路建设补助地方资金')),
    );
    expect(doc.name).toBe('某某公路建设补助地方资金(普通省道公路建设)');
    // …while a label's own note (万元) still leaves it a label of the head.
    const head = await selfEvaluation(
      lines.map((l) => l.replace('全年预算数(A)', '资金情况(万元)全年预算数(A)')),
    );
    expect(head.budget.annual).toBe('4000');
  });
});

describe('a form stored without its title', () => {
  // Made for these tests after wide/434 (炉霍, 甘孜): a copy kept from the form's year row on.
  const head = [
    '(2021年度) | |||||||',
    '转移支付(项目)名称 | 某某防治项目 | ||||||',
    '中央主管部门 | 某某部 | ||||||',
    '地方主管部门 | 某州卫生健康委 | 资金使用单位 | 某县卫生健康局 | ||||',
  ];
  const spent = [
    '项目资金 (万元) |',
    '全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) | ||||',
    '年度资金总额: | 811.54 | 811.54 | 100% | ||||',
  ];
  const cut = ['绩效指标 | 一级 指标 |', '二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原'];

  it('is a 自评表 when its budget sets the year against what was spent, and its cut heading no indicator', async () => {
    const doc = await selfEvaluation([...head, ...spent, ...cut]);
    expect([doc.name, doc.budget.annual, doc.budget.executed]).toEqual(['某某防治项目', '811.54', '811.54']);
    expect(doc.indicators).toEqual([]);
  });

  it('is a 监控表 when its budget states what was spent to a month, and a target form when it states no spending', async () => {
    const toDate = [
      '项目资金 (万元) | 年初预算数 | 1-6月执行数 | 全年预计执行数 | |||',
      '年度资金总额: | 220 | 87.57 | 220 | |||',
    ];
    const monitoring = await importBuffer(bytes([...head, ...toDate]), 'form.txt');
    expect(monitoring.ok ? monitoring.evaluations.map((e) => e.kind) : []).toEqual(['monitoring']);
    const planned = ['资金情况(万元) | 年度资金总额: | 811.54 | ||||', '其中:中央财政资金 | 730.4 | |||||'];
    const target = await importBuffer(
      bytes([
        ...head,
        ...planned,
        '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |',
        '产出指标 | 数量指标 | 筛查人数 | ≥1000人 |',
      ]),
      'form.txt',
    );
    expect(target.ok ? target.forms.map((f) => f.kind) : []).toEqual(['project']);
  });
});
