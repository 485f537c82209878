import { describe, expect, it } from 'vitest';
import { readTextRows } from '../text/read-text.ts';
import { readChecklist } from './checklist-evaluation.ts';
import { selfEvaluationOfLines as selfEvaluation } from './self-evaluation-of-lines.test-support.ts';

// Made for these tests after fresh/626 (a county's 中央对地方转移支付 自评表 on the ministry's checklist template):
// criteria as 一级 | 二级 | 三级, a sentence of 指标解释, the record's label and its 完成情况, notes of 支撑材料 and a
// fund block of label: amount lines between the criteria.
const title = '某某县2023年度中央对地方转移支付基本公共卫生服务项目绩效自评表';
const spacedHeader = [
  '指标名称 指标解释 记录 未完成原因及改进措施 需提供的支撑材料',
  '一级指标 二级指标 三级指标 自评内容 完成情况',
  '名称 名称 名称',
];

const summary = (doc: Awaited<ReturnType<typeof selfEvaluation>>) =>
  doc.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.actual.raw]);

describe('the checklist 自评表 copied as lines parted by spaces', () => {
  it('reads each criterion with its levels carried, its 指标解释 and its first record’s 完成情况', async () => {
    const doc = await selfEvaluation([
      title,
      ...spacedHeader,
      '项目管理 资金管理 资金使用合规性 资金使用符合财经法规和资金管理办法,无截留、挤占、挪用。 资金使用情况(文字描述) 按规定使用',
      '1.资金支出明细账。',
      '2.资金拨付凭证。',
      '资金使用依据(文字描述) 按文件执行',
      '预算资金安排 2023年度基本公共卫生服务资金预算安排情况。',
      '基本公共卫生服务资金合计(万元) 年度预算资金总额: 520.00',
      '其中:中央补助 400.00',
      '本级资金 120.00',
      '资金下达 资金拨付及时性 县级财政部门收到上级资金后,在30日内拨付到服务机构。 资金拨付日期(文字描述) 按时拨付',
      '产出指标 数量指标 建档人数 为辖区常住人口建立电子健康档案的人数。 建档人数(人) 52000',
    ]);
    expect(summary(doc)).toEqual([
      [
        '项目管理',
        '资金管理',
        '资金使用合规性',
        '资金使用符合财经法规和资金管理办法,无截留、挤占、挪用。',
        '按规定使用',
      ],
      ['项目管理', '资金管理', '预算资金安排', '2023年度基本公共卫生服务资金预算安排情况。', ''],
      [
        '项目管理',
        '资金下达',
        '资金拨付及时性',
        '县级财政部门收到上级资金后,在30日内拨付到服务机构。',
        '按时拨付',
      ],
      ['产出指标', '数量指标', '建档人数', '为辖区常住人口建立电子健康档案的人数。', '52000'],
    ]);
    expect(doc.indicators.every((i) => i.weight === null && i.score === null)).toBe(true);
    expect(doc.budget.annual).toBe('520.00');
  });

  it('takes a criterion’s 完成情况 from its next record when its own line holds none', async () => {
    const doc = await selfEvaluation([
      title,
      ...spacedHeader,
      '项目管理 资金管理 资金使用合规性 资金使用符合财经法规,无截留、挪用。',
      '1.资金支出明细账。',
      '资金使用情况(文字描述) 按规定使用',
    ]);
    expect(summary(doc)).toEqual([
      ['项目管理', '资金管理', '资金使用合规性', '资金使用符合财经法规,无截留、挪用。', '按规定使用'],
    ]);
  });
});

describe('the checklist 自评表 as a table (a web page’s cells)', () => {
  it('reads the criteria by the header’s columns, levels carried over merged cells, 未完成原因 kept', async () => {
    const doc = await selfEvaluation([
      '某某市2023年度中央对地方转移支付计划生育服务项目绩效自评表',
      '| 指标名称 | | | 指标解释 | 记录 | | 未完成原因及改进措施 | 需提供的支撑材料 |',
      '| 一级指标 | 二级指标 | 三级指标 | | 自评内容 | 完成情况 | | |',
      '| 名称 | 名称 | 名称 | | | | | |',
      '| 项目预算管理 | 资金投入 | 预算编制科学性 | 预算编制依据充分,标准明确。 | 项目资金测算标准(文字描述) | 已完成 | | 1.预算测算材料。 |',
      '| | | | | 项目资金测算依据(文字描述) | 按要求完成 | | |',
      '| | 资金下达 | 资金发放及时性 | 在30日内下达到县级财政部门。 | 正式批资金日期 | 未按时下达 | 上级资金下达较晚,今后提前衔接 | 资金文件 |',
      '| 产出指标 | 数量指标 | 奖励扶助人数 | 按标准发放奖励扶助金的人数。 | 发放人数(人) | 1200 | | 发放花名册 |',
    ]);
    expect(summary(doc)).toEqual([
      ['项目预算管理', '资金投入', '预算编制科学性', '预算编制依据充分,标准明确。', '已完成'],
      ['项目预算管理', '资金下达', '资金发放及时性', '在30日内下达到县级财政部门。', '未按时下达'],
      ['产出指标', '数量指标', '奖励扶助人数', '按标准发放奖励扶助金的人数。', '1200'],
    ]);
    expect(doc.indicators.map((i) => i.deviationReason)).toEqual([
      null,
      '上级资金下达较晚,今后提前衔接',
      null,
    ]);
  });
});

// h-templates40: the template's table as other copies give it (the `checklist` variants' shape) — made up.
describe('the checklist 自评表 as a table copied otherwise', () => {
  it('skips the 名称 row where the copy repeats the headings merged down beside it', async () => {
    const doc = await selfEvaluation([
      '某某县2023年度中央对地方转移支付农田建设项目绩效自评表',
      '| 指标名称 | | | 指标解释 | 记录 | | 未完成原因 | 支撑材料 |',
      '| 一级指标 | 二级指标 | 三级指标 | 指标解释 | 自评内容 | 完成情况 | 未完成原因 | 支撑材料 |',
      '| 名称 | 名称 | 名称 | 指标解释 | 自评内容 | 完成情况 | 未完成原因 | 支撑材料 |',
      '| 产出指标 | 数量指标 | 建设面积 | 反映建设面积情况,年度目标1000亩。 | 实际完成值 | 1050亩 | | 验收报告 |',
      '| 产出指标 | 质量指标 | 验收合格率 | 考核验收合格率是否达到100%。 | 实际完成值 | 100% | | 相关文件 |',
    ]);
    expect(summary(doc)).toEqual([
      ['产出指标', '数量指标', '建设面积', '反映建设面积情况,年度目标1000亩。', '1050亩'],
      ['产出指标', '质量指标', '验收合格率', '考核验收合格率是否达到100%。', '100%'],
    ]);
  });

  it('reads the criteria where the table reader took their cells for names alone (a budget block’s empty 得分 above)', async () => {
    const doc = await selfEvaluation([
      '某某县2023年度中央对地方转移支付森林防火项目绩效自评表',
      '| 项目名称 | 森林防火专项经费 | | | 主管部门 | 某县林业局 | | |',
      '| 项目资金(万元) | 全年预算数 | 63 | | | | | |',
      '| | 全年执行数 | 63 | | | | | |',
      '| | 执行率 | 100% | | | | | |',
      '| | 权重 | | | | | | |',
      '| | 得分 | | | | | | |',
      '| 指标名称 | | | 指标解释 | 记录 | | 未完成原因 | 需提供的支撑材料 |',
      '| 一级指标 | 二级指标 | 三级指标 | | 自评内容 | 完成情况 | | |',
      '| 名称 | 名称 | 名称 | | | | | |',
      '| 产出指标 | 数量指标 | 重大森林火灾 | 重大森林火灾达到0起,按计划完成。 | 重大森林火灾(文字描述) | | | |',
      '| | 质量指标 | 灭火设备配备率 | 反映灭火设备配备率情况,年度目标100%。 | 灭火设备配备率完成情况 | 1000件 | | 验收报告 |',
      '| | | 监控系统维护率 | 考核监控系统维护率是否达到100%。 | 监控系统维护率完成情况 | 5个 | | 工作台账 |',
    ]);
    expect(summary(doc).map((r) => [r[2], r[4]])).toEqual([
      ['重大森林火灾', ''],
      ['灭火设备配备率', '1000件'],
      ['监控系统维护率', '5个'],
    ]);
  });
});

describe('readChecklist', () => {
  it('leaves a 自评表 of targets and scores to the ordinary reader, whatever remarks it prints', () => {
    const rows = readTextRows(
      [
        '一级指标\t二级指标\t三级指标\t指标解释\t年度指标值\t全年实际值\t分值\t得分',
        '产出指标\t数量指标\t培训人数\t参加培训的人数。\t≥100人\t120人\t10\t10',
      ].join('\n'),
    );
    expect(readChecklist(rows)).toBeNull();
  });

  it('finds no criterion in a header with nothing under it', () => {
    expect(readChecklist(readTextRows(spacedHeader.join('\n')))).toBeNull();
  });
});
