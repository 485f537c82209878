import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { moveLoneActualsToTarget } from './lone-actual-column.ts';

// Made for this test: a 自评表 template printed before the year was done — 完成值 left blank, each row's one value
// under 指标值 — its leading level cells blank where merged (text aligned with spaces).
const PADDED = [
  '项目支出绩效自评表',
  '项目名称        某某养殖场建设项目',
  '主管部门        某县农业农村局',
  '一级指标        二级指标        三级指标                      完成值          指标值          未完成原因',
  '产出指标        数量指标        新建圈舍面积（平方米）                        4000',
  '                                新建道路长度（米）                            800',
  '                质量指标        工程验收合格率（％）                          95',
  '满意度指标      服务对象满意度  养殖户满意度（％）                            90',
];

describe('a 自评表 whose rows each print one value under its target', () => {
  it('reads every row’s value as its target, not only the rows that print their levels', async () => {
    const out = await importBuffer(new TextEncoder().encode(PADDED.join('\n')), 'padded.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    if (doc?.kind !== 'self-evaluation') throw new Error('a 自评表 expected');
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw])).toEqual([
      ['新建圈舍面积（平方米）', '4000', ''],
      ['新建道路长度（米）', '800', ''],
      ['工程验收合格率（％）', '95', ''],
      ['养殖户满意度（％）', '90', ''],
    ]);
  });

  it('leaves a table alone where a row prints a target and an actual both', () => {
    const records = [
      { cells: { target: '100', actual: '98' } },
      { cells: { target: '50' } },
      { cells: { actual: '7' } },
    ];
    moveLoneActualsToTarget(records, ['name', 'target', 'actual']);
    expect(records.map((r) => r.cells)).toEqual([
      { target: '100', actual: '98' },
      { target: '50' },
      { actual: '7' },
    ]);
  });

  it('moves nothing where no row prints a target alone (a table of actuals is read as it stands)', () => {
    const records = [{ cells: { actual: '98' } }, { cells: { actual: '7' } }];
    moveLoneActualsToTarget(records, ['name', 'target', 'actual']);
    expect(records.map((r) => r.cells)).toEqual([{ actual: '98' }, { actual: '7' }]);
  });
});
