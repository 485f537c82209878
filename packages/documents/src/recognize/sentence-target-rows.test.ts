import { describe, expect, it } from 'vitest';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';
import { clauseTargetAt, sentenceTargetRows } from './sentence-target-rows.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks,
// the whole form one line), its targets written as sentences or clauses.
const HEAD =
  '项目支出绩效目标表(2022年度)项目名称某县文化下乡补助经费主管单位某县文化旅游体育局年度资金总额(万元)5' +
  '一级指标二级指标三级指标指标值';

function rowsOf(text: string) {
  return nameTargetRowsOfText(`${HEAD}${text}\n`);
}

describe('targets written as sentences, rows run together', () => {
  it('cuts each row at its 。 and its target where a clause opener or a figure starts it', async () => {
    const rows = await rowsOf(
      '产出指标成本指标送戏成本按照演出场次测算各项成本。补助数量对每个剧团补助2万元。时效指标完成时限' +
        '2022年11月底完成全部演出。满意度指标服务对象满意度指标观众满意率90%以上。',
    );
    expect(rows).toContainEqual(['送戏成本', '按照演出场次测算各项成本。']);
    expect(rows).toContainEqual(['补助数量', '对每个剧团补助2万元。']);
    expect(rows).toContainEqual(['完成时限', '2022年11月底完成全部演出。']);
    expect(rows).toContainEqual(['观众满意率', '90%以上。']);
  });

  it('keeps a name that opens with a clause word (促进…) and leaves text no sentence starts', () => {
    expect(sentenceTargetRows('促进群众文化生活丰富显著促进了文化下乡工作。')?.rows).toEqual([
      '促进群众文化生活丰富',
      '显著促进了文化下乡工作。',
    ]);
    // No opener and no figure: where the target starts is not known, the text is left whole.
    expect(sentenceTargetRows('贯穿全年当年的所有时间。')).toBeNull();
    expect(sentenceTargetRows('送戏下乡场次不少于70场')).toBeNull();
    // A sentence of prose under a 二级 (a goal, no row): a verb waiting for its object, or a clause's comma, before
    // the opener.
    expect(sentenceTargetRows('全年预算全额用于保障演出开支。')).toBeNull();
    expect(sentenceTargetRows('演出秩序良好,观众人数进一步稳定。')).toBeNull();
    expect(sentenceTargetRows('剧场绿化覆盖达70%,优化环境。')).toBeNull();
  });
});

describe('a row’s target worded as a clause, run together with its name', () => {
  it('is cut at the clause opener where the piece must hold its row’s target', async () => {
    const rows = await rowsOf(
      '产出指标数量指标按要求合理发放按演出场次核算补助产出指标质量指标不增加剧团负担利用补助资金保障演出开支',
    );
    expect(rows).toContainEqual(['按要求合理发放', '按演出场次核算补助']);
    expect(rows).toContainEqual(['不增加剧团负担', '利用补助资金保障演出开支']);
  });

  it('leaves a name that ends as a name does (按期完成率) or one where no opener follows its words', () => {
    expect(clauseTargetAt('演出项目按期完成率')).toBeNull();
    expect(clauseTargetAt('服务对象满意度')).toBeNull();
    expect(clauseTargetAt('严格执行预算')).toBeNull();
    expect(clauseTargetAt('送戏成本按照演出场次测算')).toBe(4);
  });
});
