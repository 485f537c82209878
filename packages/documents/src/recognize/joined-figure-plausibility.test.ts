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
});
