// A 自评表 whose copy skipped its indicator header (a document library's preview dropping the pages between the
// budget block's header and the table's last rows): the rows under their level names are still read, in the
// columns a 自评表's table has most often, where every row fills them.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

async function indicators(lines: string[]) {
  const out = await importBuffer(bytes(lines), 'form.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation'
    ? doc.indicators.map((i) => [i.name, i.target.raw, i.actual?.raw ?? null, i.weight, i.score])
    : null;
}

// Made for this test after wide/343 (乐亭, 河北), one cell per line.
const head = [
  '项目支出绩效自评表',
  '( 2021年度)',
  '项目名称',
  '某某检测经费',
  '主管部门',
  '实施单位',
  '某县市场监督管理局',
  '项目资金',
  '(万元)',
  '年初预算数',
  '调整预算数',
  '全年执行数',
  '分值',
  '执行率',
  '得分',
];

describe('a 自评表 copied without its indicator header', () => {
  it('reads the rows under their level names in the usual columns (指标值 | 实际完成值 | 分值 | 得分)', async () => {
    const rows = [
      '可持续影响指标',
      '设备可持续使用',
      '可持续',
      '可持续',
      '10',
      '9',
      '满意度指标',
      '服务对象满意度指标',
      '服务对象满意度',
      '≥90%',
      '100%',
      '10',
      '10',
      '总分',
      '100',
      '99',
    ];
    expect(await indicators([...head, ...rows])).toEqual([
      ['设备可持续使用', '可持续', '可持续', '10', '9'],
      ['服务对象满意度', '≥90%', '100%', '10', '10'],
    ]);
  });

  it('reads no rows from names alone (a table cut before its figures)', async () => {
    const rows = [
      '产出指标',
      '数量指标',
      '检测批次',
      '质量指标',
      '检测合格率',
      '满意度指标',
      '服务对象满意度',
    ];
    expect(await indicators([...head, ...rows])).toEqual([]);
  });
});
