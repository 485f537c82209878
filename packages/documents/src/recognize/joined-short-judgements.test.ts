import { describe, expect, it } from 'vitest';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';
import { judgementsBetweenNames } from './target-at-end.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks,
// the whole form one line): rows of one 二级 judged alike in a word of two characters (提高, 有效).
const HEAD =
  '项目支出绩效目标表(2022年度)项目名称某县农民技能培训经费主管单位某县农业农村局年度资金总额(万元)5';

function rowsOf(text: string) {
  return nameTargetRowsOfText(`${HEAD}${text}\n`);
}

describe('a two-character judgement between names', () => {
  it('is each row’s target where it stands so twice in the piece', async () => {
    const rows = await rowsOf(
      '一级指标二级指标三级指标指标值产出指标质量指标学员种植技术水平提高参训农户安全生产意识提高农民综合素质持续提高',
    );
    expect(rows).toContainEqual(['学员种植技术水平', '提高']);
    expect(rows).toContainEqual(['参训农户安全生产意识', '提高']);
    expect(rows).toContainEqual(['农民综合素质', '持续提高']);
  });

  it('stays a name’s word where it stands so once, or goes on into the name (提高率)', () => {
    expect(judgementsBetweenNames('学员种植技术水平提高参训农户安全意识')).toEqual([
      '学员种植技术水平提高参训农户安全意识',
    ]);
    expect(judgementsBetweenNames('培训合格证书有效期限培训证书有效率')).toEqual([
      '培训合格证书有效期限培训证书有效率',
    ]);
  });

  it('cuts rows under an 指标性质 column, each 定性 before a judgement and the next name', async () => {
    const rows = await rowsOf(
      '一级指标二级指标指标名称指标性质指标值度量单位产出指标数量指标培训人数≥300人质量指标' +
        '学员种植技术水平定性提高参训农户安全生产意识定性提高农民综合素质定性持续提高时效指标完成时限定性2025年10月底前',
    );
    expect(rows).toContainEqual(['学员种植技术水平', '提高']);
    expect(rows).toContainEqual(['参训农户安全生产意识', '提高']);
    expect(rows).toContainEqual(['农民综合素质', '持续提高']);
    expect(rows).toContainEqual(['完成时限', '2025年10月底前']);
  });
});

describe('a two-character judgement after a rate or a property, between names', () => {
  it('is the row’s target where it stands once after the quality it judges (覆盖率提高, 合规性较高)', async () => {
    const rows = await rowsOf(
      '一级指标二级指标三级指标指标值产出指标质量指标培训基地覆盖率提高参训农户技能合格率95%' +
        '效益指标社会效益指标培训经费使用合规性较高农户种植收入增长≥5%',
    );
    expect(rows).toContainEqual(['培训基地覆盖率', '提高']);
    expect(rows).toContainEqual(['参训农户技能合格率', '95%']);
    expect(rows).toContainEqual(['培训经费使用合规性', '较高']);
    expect(rows).toContainEqual(['农户种植收入增长', '≥5%']);
  });

  it('stays a name’s word after any other word, or where a measure goes on after it (合格率提高幅度)', () => {
    expect(judgementsBetweenNames('培训合格率提高幅度参训农户人数')).toEqual([
      '培训合格率提高幅度参训农户人数',
    ]);
  });
});
