import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for these tests (values invented), in the shapes of wide/487 (天津) and wide/483 (浙江).

async function evaluation(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  expect(out.ok).toBe(true);
  return out.ok ? out.evaluations[0] : undefined;
}

describe('a 自评表 whose score and grade share the line under the table', () => {
  it('reads 自评等级:优 after the score, parted from it by spaces only', async () => {
    const doc = await evaluation(
      [
        '某区项目支出绩效自评表',
        '| 项目名称 | 某区农村人居环境整治 |||||',
        '| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
        '| 年度资金总额 | 860 | 920 | 874 | 10 | 95% | 9.5 |',
        '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
        '| 产出指标 | 数量指标 | 垃圾转运村数 | ≥132个 | 132个 | 90 | 89 |',
        '自评总分:98.5          自评等级:优',
      ].join('\n'),
    );
    expect(doc?.kind).toBe('self-evaluation');
    if (doc?.kind !== 'self-evaluation') return;
    expect(doc.total).toBe('98.5');
    expect(doc.grade).toBe('优');
  });

  it('reads no grade out of a sentence that ends in one', async () => {
    const doc = await evaluation(
      [
        '某区项目支出绩效自评表',
        '| 项目名称 | 某区农村人居环境整治 |||||',
        '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
        '| 产出指标 | 数量指标 | 垃圾转运村数 | ≥132个 | 132个 | 90 | 89 |',
        '说明:本项目上年度评价等级为优',
      ].join('\n'),
    );
    expect(doc?.kind === 'self-evaluation' ? doc.grade : 'none').toBeNull();
  });
});

describe('a 部门整体 监控表', () => {
  it('is named by the department its 部门名称 gives', async () => {
    const doc = await evaluation(
      [
        '2024年部门整体支出绩效运行监控表',
        '部门名称:\t某区文化和广电旅游体育局\t\t\t金额单位:万元\t',
        '资金类别\t年初预算数\t调整预算数\t1-6月执行数\t执行率',
        '合计\t5826.40\t6012.80\t2946.27\t49.00%',
        '一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成情况\t全年预计完成情况',
        '产出指标\t数量指标\t全民健身活动场次\t≥120场\t58场\t125场',
      ].join('\n'),
    );
    expect(doc?.kind).toBe('monitoring');
    expect(doc?.name).toBe('某区文化和广电旅游体育局');
  });
});
