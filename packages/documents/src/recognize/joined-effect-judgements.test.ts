import { describe, expect, it } from 'vitest';
import { splitJoinedRows } from './joined-rows.ts';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';
import { judgementsBetweenNames } from './target-at-end.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks,
// the whole form one line): worded targets that judge an effect, and a year's end as a deadline.
const HEAD =
  '项目支出绩效目标表(2024年度)项目名称某县乡村文化活动补助主管单位某县文化旅游局年度资金总额(万元)8' +
  '一级指标二级指标三级指标指标值产出指标数量指标开展文艺演出场次≥40场';

function rowsOf(text: string) {
  return nameTargetRowsOfText(`${HEAD}${text}\n`);
}

describe('an effect judged by its degree or its lasting', () => {
  it('is the target between two names (影响程度明显, 影响可持续, 经济效益良好)', async () => {
    const rows = await rowsOf(
      '效益指标社会效益指标丰富群众精神文化生活影响程度明显对乡村文化振兴的带动作用长期' +
        '经济效益指标带动乡村旅游消费经济效益良好满意度指标服务对象满意度指标观众满意度≥90%',
    );
    expect(rows).toContainEqual(['丰富群众精神文化生活', '影响程度明显']);
    expect(rows).toContainEqual(['对乡村文化振兴的带动作用', '长期']);
    expect(rows).toContainEqual(['带动乡村旅游消费', '经济效益良好']);
  });

  it('is cut between names as a judgement of the lexicon is; a name holding 影响 and no judgement stays whole', () => {
    expect(judgementsBetweenNames('打造区域特色品牌活动影响可持续群众参与活动人次')).toEqual([
      '打造区域特色品牌活动',
      '影响可持续',
      '群众参与活动人次',
    ]);
    expect(judgementsBetweenNames('对当地生态环境的影响程度监测报告')).toEqual([
      '对当地生态环境的影响程度监测报告',
    ]);
  });
});

describe('a year’s end run on after the year', () => {
  it('is the date’s words, not the next row’s name (2025年年底前, 2025年底)', () => {
    expect(splitJoinedRows('完成时间2025年年底前活动完成率100%群众满意度')).toEqual([
      '完成时间',
      '2025年年底前',
      '活动完成率',
      '100%',
      '群众满意度',
    ]);
    expect(splitJoinedRows('完成时间2025年底活动完成率100%群众满意度')?.slice(0, 3)).toEqual([
      '完成时间',
      '2025年底',
      '活动完成率',
    ]);
  });

  it('leaves a year before other words as it was (2025年 | 开工建设项目数量)', () => {
    expect(splitJoinedRows('开工时间2025年开工建设项目数量5个群众满意度')).toEqual([
      '开工时间',
      '2025年',
      '开工建设项目数量',
      '5个',
      '群众满意度',
    ]);
  });
});
