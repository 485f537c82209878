import { describe, expect, it } from 'vitest';
import { joinedRows } from './glued-values.ts';
import { splitJoinedRows } from './joined-rows.ts';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks, the
// whole form one line): values bounded from one side by the word after them (2次以上), the next row's name after it.
describe('a value with the word that bounds it, run into the next name', () => {
  it('takes the word (以上, 以内) and ends its row', () => {
    expect(splitJoinedRows('业务培训次数2次以上业务培训人次200人以上')).toEqual([
      '业务培训次数',
      '2次以上',
      '业务培训人次200人以上',
    ]);
    expect(joinedRows('业务培训次数2次以上业务培训人次200人以上', true)).toEqual([
      '业务培训次数',
      '2次以上',
      '业务培训人次',
      '200人以上',
    ]);
    expect(splitJoinedRows('结算误差率3%以内验收合格率100%')).toEqual([
      '结算误差率',
      '3%以内',
      '验收合格率100%',
    ]);
  });

  it('gives a name its value listing bounded figures, however many, before the next row', () => {
    expect(
      joinedRows('年度检测次数咨询检测800人次以上,重点人群检测300人次以上宣传活动次数4次以上', true),
    ).toEqual(['年度检测次数', '咨询检测800人次以上,重点人群检测300人次以上', '宣传活动次数', '4次以上']);
  });

  it('does not cut where no name follows the bound, or a figure stands in the words before it', () => {
    expect(splitJoinedRows('培训满意度达到90％以上')).toBeNull();
    // (Words that measure nothing before it: the bounded figure goes on in the name, 资助5岁以上儿童….)
    expect(splitJoinedRows('资助5岁以上儿童入园人数')).toBeNull();
    // (A list's clause closed by no bounded figure: the figure in it is the words', no row ends after it.)
    expect(splitJoinedRows('检测覆盖人数咨询检测约800人,重点人群检测次数300人次以上宣传活动次数')).toBeNull();
  });

  it('reads the rows of a form', async () => {
    const rows = await nameTargetRowsOfText(
      '项目支出绩效目标表(2024年度)项目名称某县免疫规划经费主管部门某县卫生健康局年度资金总额(万元)90' +
        '一级指标二级指标三级指标指标值' +
        '产出指标数量指标年度检测次数咨询检测800人次以上,重点人群检测300人次以上业务培训次数2次以上' +
        '业务培训人次200人以上\n',
    );
    expect(rows).toContainEqual(['年度检测次数', '咨询检测800人次以上,重点人群检测300人次以上']);
    expect(rows).toContainEqual(['业务培训次数', '2次以上']);
    expect(rows).toContainEqual(['业务培训人次', '200人以上']);
  });
});
