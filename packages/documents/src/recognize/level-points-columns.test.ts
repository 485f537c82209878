// A scoring table prints each 一级 and 二级 followed by its points in a column of its own (the shape of corpus wide/428
// and of variants.ts's `scoring` shape): those points are the level's, not any indicator's weight. Figures made up.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { withoutLevelPoints } from './level-points-columns.ts';
import type { Row } from '../rows/row.ts';

const HEAD = ['项目支出绩效自评表', '| 项目名称 | 某镇人居环境整治项目 |', '| 主管部门 | 某县农业农村局 |'];
const TABLE = [
  '| 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
  '| 产出指标 | 50 | 数量指标 | 30 | 改厕户数 | ≥200户 | 210户 | 20 | 20 |',
  '|  |  |  |  | 清运垃圾 | ≥500吨 | 520吨 | 10 | 10 |',
  '|  |  | 质量指标 | 20 | 验收合格率 | 100% | 100% | 20 | 18 |',
  '| 满意度指标 | 50 | 服务对象满意度指标 | 50 | 群众满意度 | ≥90% | 95% | 50 | 50 |',
  '| 总分 |  |  |  |  |  |  | 100 | 98 |',
];
const read = async (lines: string[]) => {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'scoring.txt');
  const e = out.ok ? out.evaluations[0] : undefined;
  if (e?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return e;
};
const table = (...cells: string[]): Row => ({ cells, table: true });

describe('a scoring table with each level’s points after it', () => {
  it('reads each indicator’s own 分值 as its weight, not the level’s points joined to it', async () => {
    const e = await read([...HEAD, ...TABLE]);
    // Before: 50；30；20 for the first weight (every 分值 column joined).
    expect(e.indicators.map((i) => [i.name, i.weight, i.score])).toEqual([
      ['改厕户数', '20', '20'],
      ['清运垃圾', '10', '10'],
      ['验收合格率', '20', '18'],
      ['群众满意度', '50', '50'],
    ]);
  });

  it('takes the level columns out of the header, its band and its rows, down to a row that prints something else there', () => {
    const rows = withoutLevelPoints([
      table('绩效指标', '', '', '', '', '年度指标值'),
      table('一级指标', '分值', '二级指标', '权重', '三级指标', ''),
      table('产出指标', '50', '数量指标', '30', '改厕户数', '≥200户'),
      table('评价等级', '优', '', '', '', ''),
    ]);
    expect(rows.map((r) => r.cells)).toEqual([
      ['绩效指标', '', '', '年度指标值'],
      ['一级指标', '二级指标', '三级指标', ''],
      ['产出指标', '数量指标', '改厕户数', '≥200户'],
      ['评价等级', '优', '', '', '', ''],
    ]);
  });

  it('leaves a table whose only 分值 follows the name as it is', () => {
    const rows = [
      table('一级指标', '二级指标', '三级指标', '分值', '得分'),
      table('产出指标', '数量指标', '改厕户数', '20', '20'),
    ];
    expect(withoutLevelPoints(rows)).toEqual(rows);
    // … and a scoring table of 评价 without a target (三级 | 分值 | 得分: wide/428), read by its own rules.
    const judged = [
      table('一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'),
      table('项目决策', '20', '项目目标', '4', '目标内容', '4', '4'),
    ];
    expect(withoutLevelPoints(judged)).toEqual(judged);
  });
});
