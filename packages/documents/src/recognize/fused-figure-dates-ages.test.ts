// A 自评表 whose cells ran together after the name: a figure's digits run into words that open with a figure of
// their own — a month's date (12月底之前完成: a deadline, as a name or a target) or an age (65岁以上老年人…: a
// name). The date's month and the age take the last digits of the run, the figure before them what is left.
// Made up for these tests in the shape of issue 12's joined variants; names and figures invented.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { importBuffer } from '../import-document.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const rows = (text: string, cols: IndicatorColumn[]) =>
  readFusedRows(atomsOf([text]), cols, { maxWeight: null });
const atoms = (text: string) => atomsOf([text]).map((a) => `${a.kind}:${a.text}`);

describe('a month’s date run into the figures before it', () => {
  it('leaves a row named by its deadline its name, and the row before its figures', () => {
    const cols: IndicatorColumn[] = ['name', 'score', 'target', 'actual'];
    expect(rows('某补贴发放户数308811月底之前完成10100%100%', cols)).toEqual([
      { name: '某补贴发放户数', cells: { score: '30', target: '8', actual: '8' } },
      { name: '11月底之前完成', cells: { score: '10', target: '100%', actual: '100%' } },
    ]);
  });

  it('takes the month from the last digits: two where they are 10 to 12, else one', () => {
    expect(atoms('某时限1012月底前')).toEqual(['text:某时限', 'value:10', 'value:12月底前']);
    expect(atoms('某时限1006月30日前')).toEqual(['text:某时限', 'value:100', 'value:6月30日前']);
    // Before the next name (not a judgement going on) the date is a value, the name its own text.
    expect(atoms('某培训时限510月511月底前某宣传时限')).toEqual([
      'text:某培训时限',
      'value:510月',
      'value:5',
      'value:11月底前',
      'text:某宣传时限',
    ]);
    // A month alone keeps its digits: no figure ran into it.
    expect(atoms('某时限12月底前')).toEqual(['text:某时限', 'value:12月底前']);
  });
});

describe('an age run into the figures before it', () => {
  it('opens the next name with its figure of years', async () => {
    const out = await importBuffer(
      new TextEncoder().encode(
        '项目绩效自评表单位:万元专项资金名称某区公共卫生服务主管部门某区卫生健康局项目资金(万元)年初预算数' +
          '全年预算数(A)全年执行数(B)分值得分执行率年度资金总额300.00320.00310.001010年度绩效目标按期完成' +
          '项目建设任务绩效指标偏差原因自评得分目标值完成值一级指标二级指标三级指标产出指标数量指标' +
          '某档案建档人数10≥26万人27.1万人65岁以上居民体检人数9.5≥3.2万人3.05万人质量指标疫苗接种率20≥95%' +
          '98.6%满意度指标服务对象满意度指标居民满意度20≥90%91.5%合计99.5\n',
      ),
      'joined.txt',
    );
    const doc = out.ok ? out.evaluations[0] : undefined;
    const read = doc?.kind === 'self-evaluation' ? doc.indicators : [];
    const cells = read.map((r) => [r.name, r.target?.raw, r.score, r.actual?.raw]);
    // Not ≥2 | 6万人 with 27.1万人 opening the next name: 65 counts years, 27.1万人 is the actual.
    expect(cells.slice(0, 2)).toEqual([
      ['某档案建档人数', '≥26万人', '10', '27.1万人'],
      ['65岁以上居民体检人数', '≥3.2万人', '9.5', '3.05万人'],
    ]);
  });

  it('leaves the points before it their digits', () => {
    expect(atoms('某人数1065岁以上老人数')).toEqual(['text:某人数', 'value:10', 'text:65岁以上老人数']);
    expect(atoms('某人数103岁以下儿童数')).toEqual(['text:某人数', 'value:10', 'text:3岁以下儿童数']);
  });
});
