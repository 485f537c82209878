import { describe, expect, it } from 'vitest';
import { nameTargetRowsOfText, projectFormOfText } from './project-form-of-text.test-support.ts';
import { selfEvaluationOfLines } from './self-evaluation-of-lines.test-support.ts';

// Made for these tests in the `joined` shape of the variant generator (a form copied without cell breaks, the whole
// form one line): where the project's name ends when the label after it could take its last words.
const TABLE =
  '一级指标二级指标三级指标指标值产出指标数量指标培训农户人数≥500人次满意度指标服务对象满意度指标农户满意度≥90%';

async function nameOf(text: string) {
  return (await projectFormOfText(`${text}\n`, 'joined.txt')).name;
}

describe('a project name run into the label after it', () => {
  it('keeps its 项目 before 主管部门 where the label may be spelled without it', async () => {
    expect(
      await nameOf(
        `项目支出绩效目标表项目名称某县水稻高产示范推广项目主管部门某县农业农村局资金总额(万元)50${TABLE}`,
      ),
    ).toBe('某县水稻高产示范推广项目');
    expect(
      await nameOf(
        `项目支出绩效目标表项目(专项)名称某县水稻高产示范推广项目实施单位某县农业技术推广中心资金总额(万元)50${TABLE}`,
      ),
    ).toBe('某县水稻高产示范推广项目');
  });

  it('leaves 项目 to the label after a name a word of money or work closes (资金, 经费, 工程)', async () => {
    expect(
      await nameOf(
        `项目支出绩效目标表项目名称某县农村道路养护经费项目主管部门某县交通运输局资金总额(万元)50${TABLE}`,
      ),
    ).toBe('某县农村道路养护经费');
  });

  it('ends before a goal label (预期目标, 年度目标) whose sentence follows', async () => {
    const form = await projectFormOfText(
      `项目支出绩效目标表项目名称某县水稻高产示范推广项目预期目标按期完成示范任务,提高农户种植水平${TABLE}\n`,
      'joined.txt',
    );
    expect(form.name).toBe('某县水稻高产示范推广项目');
    expect(form.goals.map((g) => g.text).join('')).toContain('按期完成示范任务');
  });

  it('keeps a label run into its last words where another label follows at once (…补助地方资金主管部门)', async () => {
    expect(
      await nameOf(
        `项目支出绩效目标表项目名称某省电影发展专项资金补助地方资金主管部门及代码某县委宣传部资金总额(万元)50${TABLE}`,
      ),
    ).toBe('某省电影发展专项资金补助地方资金');
  });
});

describe('a head label inside an indicator row', () => {
  it('is the row’s name where it is run into the name’s words (项目总实施周期, 子项目实施周期)', async () => {
    const rows = await nameTargetRowsOfText(
      '项目支出绩效目标申报表专项资金名称某县公共自行车运营维护主管单位某县城市管理局资金总额(元)1,860,000.00' +
        '一级指标二级指标指标名称指标值产出指标数量指标维护站点数320个时效指标项目总实施周期12个月子项目实施周期3个月' +
        '质量指标车辆完好率不低于95%\n',
    );
    expect(rows).toContainEqual(['项目总实施周期', '12个月']);
    expect(rows).toContainEqual(['子项目实施周期', '3个月']);
    expect(rows).toContainEqual(['车辆完好率', '不低于95%']);
  });
});

describe('a 自评表 name run into its unit label', () => {
  it('keeps its 项目 before 主管单位', async () => {
    const text =
      '项目支出绩效自评表项目名称某县委托业务项目主管单位某县人民政府项目资金(万元)全年预算数全年执行数执行率得分' +
      '年度资金总额1010100%10一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标完成委托事项≥3项3项5050';
    expect((await selfEvaluationOfLines([text], 'joined.txt')).name).toBe('某县委托业务项目');
  });
});
