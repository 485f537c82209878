// A 监控表 copied from a PDF viewer as space-aligned text: two 二级 names too long for their column touch the
// indicator's name by one space (经济效益指标 项目区亩均增收). Made for this test after wide/484 (made there too, a
// 河南 监控表's shape); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { partLevelsTouchingNames } from './level-touching-name.ts';

const page = `某县项目绩效目标执行监控表
（截至2024年6月30日）
单位名称：某县水利局                                        金额单位：万元
项目名称        某县2024年农村供水保障工程
主管部门        某县水利局                    实施单位        某县供水服务中心
资金情况        年初预算数      调整后预算数      截至6月底支出数      预算执行率
资金总额        800.00          800.00            400.00               50.00%
一级指标    二级指标    三级指标                    年度指标值      截至6月底完成值    全年预计完成值    偏差原因
产出指标    数量指标    新建供水管网长度            ≥20公里         9公里              20公里            无
            质量指标    水质检测合格率              100%            100%               100%              无
效益指标    社会效益指标 受益群众人数              ≥5000人          2000人              5000人            管网分段通水
满意度指标  服务对象满意度指标 受益群众满意度     ≥90%            92%                92%               无
`;

describe('a level name touching the indicator’s name by one space in a gapless row', () => {
  it('reads the name without the level, the level as the 二级', async () => {
    const out = await importBuffer(new TextEncoder().encode(page), 'monitor.txt');
    if (!out.ok) throw new Error(out.error.message);
    const doc = out.evaluations[0]!;
    const rows = doc.indicators.map((i) => [i.level2, i.name, i.target.raw]);
    expect(rows.slice(2)).toEqual([
      ['社会效益指标', '受益群众人数', '≥5000人'],
      ['服务对象满意度指标', '受益群众满意度', '≥90%'],
    ]);
  });

  it('parts only gapless rows, and only a level name from words that are none', () => {
    const gapless = {
      table: true,
      gapless: true,
      cells: ['效益指标', '经济效益指标 项目区亩均增收', '≥50元'],
    };
    const whole = { table: true, cells: ['效益指标', '经济效益指标 项目区亩均增收', '≥50元'] };
    const words = { table: true, gapless: true, cells: ['产出指标', '培训人员 覆盖乡镇', '12个'] };
    const spaced = { table: true, gapless: true, cells: ['社会效益 指标', '受益人口数量', '90人'] };
    expect(partLevelsTouchingNames([gapless, whole, words, spaced]).map((r) => r.cells)).toEqual([
      ['效益指标', '经济效益指标', '项目区亩均增收', '≥50元'],
      whole.cells,
      words.cells,
      spaced.cells,
    ]);
  });
});
