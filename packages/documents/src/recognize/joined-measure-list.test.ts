import { describe, expect, it } from 'vitest';
import { measureListRow } from './measure-list.ts';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks,
// the whole form one line): a row whose target lists measures that name the noun the row's name ends in.
const HEAD =
  '项目绩效目标表(2023年度)项目全称某区文化中心物业管理费主管部门某区文化馆年度资金总额(万元)120' +
  '一级指标二级指标三级指标指标值';

describe('a name run into the list of measures its target gives', () => {
  it('ends where the list’s noun closes it (保洁服务面积 | 室内面积1.2万平方米,室外面积0.8万平方米)', async () => {
    const rows = await nameTargetRowsOfText(
      `${HEAD}产出指标数量指标保洁服务面积室内面积1.2万平方米,室外面积0.8万平方米质量指标保洁任务完成率100%\n`,
    );
    expect(rows).toEqual([
      ['保洁服务面积', '室内面积1.2万平方米,室外面积0.8万平方米'],
      ['保洁任务完成率', '100%'],
    ]);
  });

  it('is cut so only where the items and the name end in one noun', () => {
    expect(measureListRow('保洁服务面积室内面积1.2万平方米,室外面积0.8万平方米')).toEqual({
      name: '保洁服务面积',
      value: '室内面积1.2万平方米,室外面积0.8万平方米',
    });
    // (The list alone, or items whose words the name does not end alike, are left to the other readings.)
    expect(measureListRow('室内面积1.2万平方米,室外面积0.8万平方米')).toBeNull();
    expect(measureListRow('改造道路长度主干道3公里,支路5公里')).toBeNull();
    expect(measureListRow('保洁服务面积室内面积1.2万平方米')).toBeNull();
    expect(
      measureListRow('全年检测次数自愿咨询检测800人次以上,病人检测500人次以上,重点人群筛查300人次以上'),
    ).toBeNull();
  });
});
