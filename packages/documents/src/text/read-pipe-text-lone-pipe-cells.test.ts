import { describe, expect, it } from 'vitest';
import { importRows } from '../import-document.ts';
import { readTextRows } from './read-text.ts';

/** A table copied from a page that closes every cell with a pipe on a line of its own (an empty cell: `|` alone). */
function closedByLonePipes(rows: string[][]): string {
  return rows.flatMap((cells) => cells.flatMap((c) => (c === '' ? ['|'] : [c, '|']))).join('\n');
}

const selfEvaluation = closedByLonePipes([
  ['项目支出绩效自评表'],
  ['(2021年度)'],
  ['项目名称', '乡村公路养护\n专项经费'],
  ['主管部门', '某县交通运输局', '实施单位', '某县公路养护中心'],
  ['项目资金\n(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额', '120', '120', '114', '10', '95%', '9.5'],
  [
    '绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ],
  ['产出指标', '数量指标', '养护道路\n里程', '≥80公里', '82公里', '40', '40', ''],
  ['效益指标', '社会效益\n指标', '通行条件改善', '明显改善', '明显改善', '40', '38', ''],
  ['满意度指标', '服务对象满意度\n指标', '群众满意度', '≥90%', '92%', '10', '10', ''],
]);

describe('a copy that closes each cell with a lone pipe, a wrapped cell over several lines', () => {
  it('reads the lines before the pipe as one cell', () => {
    const cells = readTextRows(selfEvaluation).map((r) => r.cells.join(' | '));
    expect(cells).toContain('乡村公路养护\n专项经费');
    expect(cells).not.toContain('专项经费');
  });

  it('keeps a wrapped project name whole', () => {
    const out = importRows('text', readTextRows(selfEvaluation));
    const form = out.ok ? out.evaluations[0] : undefined;
    if (form?.kind !== 'self-evaluation') throw new Error(out.ok ? 'no 自评表 read' : out.error.message);
    expect(form.name).toBe('乡村公路养护专项经费');
    expect(form.indicators.map((i) => [i.name, i.weight, i.score])).toEqual([
      ['养护道路里程', '40', '40'],
      ['通行条件改善', '40', '38'],
      ['群众满意度', '10', '10'],
    ]);
  });

  it('leaves a copy that opens each row with a lone pipe, a cell a line, with its lines as cells', () => {
    const opened = [
      '|',
      '项目名称',
      '乡村公路养护',
      '|',
      '主管部门',
      '某县交通运输局',
      '实施单位',
      '某县公路养护中心',
    ];
    const rows = readTextRows([...opened, ...opened, ...opened].join('\n')).map((r) => r.cells);
    expect(rows.flat()).not.toContain('项目名称\n乡村公路养护');
    expect(rows.flat()).toContain('乡村公路养护');
  });

  it('leaves a note between two tables alone', () => {
    const text = [
      closedByLonePipes([
        ['项目名称', '某项目'],
        ['主管部门', '某局', '实施单位', '某中心'],
      ]),
      '附件2',
      '2021年度项目支出绩效自评表',
      '|',
      closedByLonePipes([
        ['项目名称', '另一项目'],
        ['主管部门', '某局'],
      ]),
    ].join('\n');
    expect(readTextRows(text).map((r) => r.cells.join(' | '))).not.toContain(
      '附件2\n2021年度项目支出绩效自评表',
    );
  });
});
