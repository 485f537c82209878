import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { nearestToTarget, readingStands } from './column-capacity.ts';

// Made for these tests in the `joined` shape of the variant generator (a 自评表 copied without cell breaks, the
// whole form one line); the projects, names and figures are made up.
const read = async (text: string) => {
  const out = await importBuffer(new TextEncoder().encode(`${text}\n`), 'joined.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation' ? doc.indicators : [];
};
const cellsOf = async (text: string) =>
  (await read(text)).map((r) => [r.name, r.weight, r.score, r.target?.raw, r.actual?.raw]);
const head =
  '项目支出绩效自评表项目名称某县城乡居民医保配套资金主管部门某县医疗保障局实施单位某县医保服务中心' +
  '年度目标按期完成项目建设任务一级指标二级指标指标名称';
const cap = { maxWeight: 100 };

describe('a score follows what was done', () => {
  it('no reading scores a met target under half its points', () => {
    // 58676 meets 3875: 1 of 15 points is a cut in the wrong place.
    expect(readingStands({ weight: '15', score: '1', target: '3875', actual: '58676' }, cap)).toBe(false);
    // Short of the target, a low score is the form's own; a met target scored high stands.
    expect(readingStands({ weight: '15', score: '1', target: '38755', actual: '8676' }, cap)).toBe(true);
    expect(readingStands({ weight: '15', score: '13', target: '8755', actual: '8676' }, cap)).toBe(true);
    // A bound not to pass (≤): an actual over it is a miss, scored low.
    expect(readingStands({ weight: '10', score: '2', target: '≤300万元', actual: '320万元' }, cap)).toBe(
      true,
    );
  });

  it('reads the row whose actual lies nearest its target', async () => {
    const rows = await cellsOf(
      `${head}分值得分指标值完成值产出指标数量指标参保缴费人数151364236358` +
        '质量指标资金到位率3030100%100%时效指标资金拨付及时率2525100%100%' +
        '满意度指标服务对象满意度指标群众满意度302895%96%合计10096',
    );
    // 15 | 13 | 6423 | 6358, not 15 | 1 | 3642 | 36358 (a target met ten times over scored 1 of 15).
    expect(rows).toContainEqual(['参保缴费人数', '15', '13', '6423', '6358']);
  });

  it('leaves the pick to no guess where two cuts lie as near', () => {
    expect(
      nearestToTarget([
        { weight: '15', score: '13', target: '6423', actual: '6358' },
        { weight: '15', score: '1', target: '36423', actual: '6358' },
      ]),
    ).toEqual({ weight: '15', score: '13', target: '6423', actual: '6358' });
    expect(
      nearestToTarget([
        { weight: '15', score: '13', target: '100', actual: '95' },
        { weight: '15', score: '1', target: '100', actual: '105' },
      ]),
    ).toBeNull();
  });
});

describe('the weights’ total over a run read with 得分 = 分值', () => {
  it('opens such a run where nothing else lets the weights reach the total', async () => {
    const rows = await cellsOf(
      `${head}权重指标值得分完成值产出指标数量指标参保缴费人数153642133635` +
        '质量指标资金到位率35100%35100%时效指标资金拨付及时率20100%20100%' +
        '满意度指标服务对象满意度指标群众满意度3095%3096%合计10098',
    );
    // 1 | 53642 | 1 | 33635 stands (得分 = 分值) but leaves the weights at 86; 15 | 3642 | 13 | 3635 makes 100.
    expect(rows).toContainEqual(['参保缴费人数', '15', '13', '3642', '3635']);
  });

  it('moves no row whose actual the total would take further from its target', async () => {
    const rows = await cellsOf(
      '部门预算项目支出绩效自评表项目名称某旗自然资源业务经费主管部门某旗自然资源局项目资金(万元)年初预算数' +
        '调整后预算数执行数(B)得分执行率(B/A)分值年度资金总额03.503.5010100%10年度目标按期完成项目建设任务' +
        '一级指标二级指标指标名称目标值全年实际完成值指标得分指标权重产出指标数量指标巡查次数(次)≥2次299' +
        '印制宣传册数(册)≤2册266质量指标巡查达标率100%10099宣传品合格率100%10066',
    );
    // 100 | 0 | 66 would make the weights 9 + 6 + 9 + 66 + 10: a hundred, but 10 beside 100% where 100 stood.
    expect(rows).toContainEqual(['宣传品合格率', '6', '6', '100%', '100']);
  });

  it('moves no rows where the total would recut more than one that stands', async () => {
    const rows = await cellsOf(
      `${head}计划值偏差原因分值完成值得分产出指标数量指标宣传活动次数12次196次1入户随访次数8次155次1` +
        '质量指标资金到位率100%30100%30满意度指标服务对象满意度指标群众满意度90%3695%36',
    );
    // 19 | 6次 and 15 | 5次 would make the hundred, but one total is no ground to recut two rows that stand.
    expect(rows).toContainEqual(['宣传活动次数', '1', '1', '12次', '96次']);
    expect(rows).toContainEqual(['入户随访次数', '1', '1', '8次', '55次']);
  });
});
