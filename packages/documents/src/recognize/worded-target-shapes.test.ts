import { describe, expect, it } from 'vitest';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';
import { targetAtEnd } from './target-at-end.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks,
// the whole form one line): worded targets no clause opener, figure or sign marks, each row's name and target in
// one piece between two level words.
const HEAD =
  '项目支出绩效目标表(2023年度)项目名称某县环卫保洁补助经费主管单位某县城市管理局年度资金总额(万元)80' +
  '一级指标二级指标三级指标指标值';

function rowsOf(text: string) {
  return nameTargetRowsOfText(`${HEAD}${text}\n`);
}

describe('worded targets the lexicon shapes know, closing their row', () => {
  it('reads a period adverb with its verb (按季度拨付, 按月安排) and a duration before a manner (长期有效运行)', async () => {
    const rows = await rowsOf(
      '产出指标时效指标补助资金拨付时间按季度拨付质量指标保洁作业安排时间按月安排' +
        '效益指标可持续影响指标环卫管护机制长期有效运行满意度指标服务对象满意度指标居民满意度≥90%',
    );
    expect(rows).toContainEqual(['补助资金拨付时间', '按季度拨付']);
    expect(rows).toContainEqual(['保洁作业安排时间', '按月安排']);
    expect(rows).toContainEqual(['环卫管护机制', '长期有效运行']);
  });

  it('reads a four-character parallel idiom (应保尽保, 日产日清, 专款专用)', async () => {
    const rows = await rowsOf(
      '产出指标数量指标困难环卫工人补助覆盖应保尽保质量指标街道垃圾清运及时日产日清' +
        '效益指标社会效益指标补助资金使用专款专用满意度指标服务对象满意度指标居民满意度≥90%',
    );
    expect(rows).toContainEqual(['困难环卫工人补助覆盖', '应保尽保']);
    expect(rows).toContainEqual(['街道垃圾清运及时', '日产日清']);
    expect(rows).toContainEqual(['补助资金使用', '专款专用']);
  });

  it('reads a target that restates the name’s opening words or the name itself', () => {
    expect(targetAtEnd('控制在预算成本内控制在预算内')).toEqual({
      name: '控制在预算成本内',
      value: '控制在预算内',
    });
    expect(targetAtEnd('资产产权明确性资产明确')).toEqual({ name: '资产产权明确性', value: '资产明确' });
    expect(targetAtEnd('符合政策规定专项补助使用符合政策规定')).toEqual({
      name: '符合政策规定',
      value: '专项补助使用符合政策规定',
    });
    // A name that only repeats a word inside itself keeps it (no target shape after the repetition).
    expect(targetAtEnd('道路养护道路')).toBeNull();
  });
});

describe('rows of one 二级 whose names open alike, run together', () => {
  it('parts them where the opening words come again, each row read with its target', async () => {
    const rows = await rowsOf(
      '产出指标质量指标经费支出合规性较高经费支出时效性及时支出满意度指标服务对象满意度指标居民满意度≥90%',
    );
    expect(rows).toContainEqual(['经费支出合规性', '较高']);
    expect(rows).toContainEqual(['经费支出时效性', '及时支出']);
  });
});

describe('a name counting its object before a value in a Latin unit, run together', () => {
  it('keeps the count in the name and takes the figure with km as the value (新建水泥路1条 | 2km)', async () => {
    const rows = await rowsOf(
      '产出指标数量指标甲村新建水泥路1条2km乙村至丙村新建水泥路1条3km质量指标项目验收合格率100%',
    );
    expect(rows).toContainEqual(['甲村新建水泥路1条', '2km']);
    expect(rows).toContainEqual(['乙村至丙村新建水泥路1条', '3km']);
  });
});

describe('judgements of strengthening and raising the lexicon knows, between names', () => {
  it('reads 明显增强, 显著增强, 进一步提升 as targets', async () => {
    const rows = await rowsOf(
      '效益指标社会效益指标居民环境卫生意识明显增强街道保洁作业规范程度显著增强' +
        '可持续影响指标环卫长效管理水平进一步提升满意度指标服务对象满意度指标居民满意度≥90%',
    );
    expect(rows).toContainEqual(['居民环境卫生意识', '明显增强']);
    expect(rows).toContainEqual(['街道保洁作业规范程度', '显著增强']);
    expect(rows).toContainEqual(['环卫长效管理水平', '进一步提升']);
  });
});
