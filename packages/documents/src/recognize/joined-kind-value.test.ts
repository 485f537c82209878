import { describe, expect, it } from 'vitest';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';
import { judgementThenName } from './target-at-end.ts';

// Made for these tests in the `joined` shape of the variant generator: a target form with 计算符号 | 目标值 | 计量单位
// columns copied without cell breaks, the whole form one line.
const HEAD =
  '项目支出绩效目标表(2023年度)项目名称某区道路降尘服务主管部门某区环境卫生管理处年度资金总额(万元)25';
const HEADER = '一级指标二级指标三级指标计算符号目标值计量单位';

function rowsOf(text: string) {
  return nameTargetRowsOfText(`${text}\n`);
}

describe('a worded value after 定性 with the next row’s name run on', () => {
  it('is the judgement the lexicon knows, the name after it', () => {
    expect(judgementThenName('优良服务周期')).toEqual({ value: '优良', name: '服务周期' });
    expect(judgementThenName('长期车辆采购数量')).toEqual({ value: '长期', name: '车辆采购数量' });
  });

  it('is no cut where no judgement opens the text, no name follows, or the name goes on (有效率)', () => {
    expect(judgementThenName('按计划实施')).toBeNull();
    expect(judgementThenName('优良')).toBeNull();
    expect(judgementThenName('有效率达标情况')).toBeNull();
  });

  it('reads the value and the next row where its figure follows (180), or its sign (≤3)', async () => {
    expect(
      await rowsOf(
        `${HEAD}${HEADER}产出指标时效指标服务周期内空气质量定性优良服务周期180天数量指标车辆配置定性长期车辆采购数量≤3辆`,
      ),
    ).toEqual([
      ['服务周期内空气质量', '优良'],
      ['服务周期', '180天'],
      ['车辆配置', '长期'],
      ['车辆采购数量', '≤3辆'],
    ]);
  });

  it('leaves a worded value no figure follows whole (定性优良服务 at the row’s end)', async () => {
    expect(await rowsOf(`${HEAD}${HEADER}产出指标时效指标服务周期内空气质量定性优良服务`)).toEqual([
      ['服务周期内空气质量', '优良服务'],
    ]);
  });
});
