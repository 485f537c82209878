// A 自评表 run together whose 二级 is printed short after its 一级 (产出指标数量…), whose group points stand once
// with 分 and a bracketed reason (38分(因…)), and whose scores keep their 分 (29分困难生…). Made for this test after
// wide/463 (a 湖北 学生资助 自评表 whose digits were written back by hand); names and figures invented.
import { describe, expect, it } from 'vitest';
import { paragraph } from '../rows/row.ts';
import { atomsOf } from './evaluation-atoms.ts';
import { nameOf } from './fused-name-readings.ts';
import { readFusedRows } from './evaluation-fused.ts';
import { readEvaluationTableInText } from './evaluation-stream-table.ts';
import { segmentText } from './evaluation-text.ts';

const table = (text: string) =>
  readEvaluationTableInText(
    segmentText([{ ...paragraph(''), table: true, cells: text.split('|') }]),
  )?.records.map((r) => [r.level1, r.level2, r.name, r.cells.target, r.cells.actual, r.cells.score ?? null]);

describe('a run-together 自评表 with merged group points', () => {
  it('reads a short 二级 after its 一级, and the points with their 分 and note, as no part of the next name', () => {
    expect(
      table(
        '一级指标二级指标三级指标年初目标值实际完成值得分|产出指标数量某类奖励人数25人22人38分(因人数减少,比例不变)' +
          '某类补助人数680人652人效益指标社会效益指标资金发放率100%100%29分困难生完成学业率98%98.6%',
      ),
    ).toEqual([
      ['产出指标', '数量指标', '某类奖励人数', '25人', '22人', '38'],
      ['产出指标', '数量指标', '某类补助人数', '680人', '652人', null],
      ['效益指标', '社会效益指标', '资金发放率', '100%', '100%', '29'],
      ['效益指标', '社会效益指标', '困难生完成学业率', '98%', '98.6%', null],
    ]);
  });

  it('takes no short 二级 off a name where the header has no 二级 column', () => {
    expect(table('一级指标三级指标年初目标值实际完成值|产出指标质量合格率95%98%')).toEqual([
      ['产出指标', null, '质量合格率', '95%', '98%', null],
    ]);
  });

  it('drops a bracketed reason that opens a name, and keeps a 分 that opens a word', () => {
    expect(nameOf('(因人数减少,比例不变)某类补助人数')).toBe('某类补助人数');
    expect(nameOf('（由于天气原因）某项完成率')).toBe('某项完成率');
    // 10分类收集率: the points take 10 alone where 分 opens the name (分类收集率), as a score figure ends there.
    const rows = readFusedRows(
      atomsOf(['某项达标率≥90%95%10分类收集率≥80%85%10']),
      ['name', 'target', 'actual', 'score'],
      {
        maxWeight: null,
      },
    );
    expect(rows.map((r) => r.name)).toEqual(['某项达标率', '分类收集率']);
  });
});

describe('rows a template prints without a 三级 name', () => {
  it('names a 满意度 二级’s own row after the 二级, and parts a one-character value printed twice (是是)', () => {
    expect(
      table(
        '一级指标二级指标三级指标年初目标值实际完成值得分|效益指标社会效益指标资金发放率100%100%服务对象满意度指标90%96%' +
          '某项评审程序是否公正是是19',
      ),
    ).toEqual([
      ['效益指标', '社会效益指标', '资金发放率', '100%', '100%', null],
      ['效益指标', '服务对象满意度指标', '服务对象满意度指标', '90%', '96%', null],
      ['效益指标', '服务对象满意度指标', '某项评审程序是否公正', '是', '是', '19'],
    ]);
  });

  it('leaves a 二级 other than 满意度 with figures after it as it was', () => {
    const rows = table('一级指标二级指标三级指标年初目标值实际完成值|产出指标时效指标95%98%某项完成率90%95%');
    expect(rows?.map((r) => r[2])).not.toContain('时效指标');
  });
});
