import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for these tests after a 湖南 乡 决算 page (one cell per paragraph): the package's title, a 基础数据表, then
// 附件二, the 部门整体支出绩效自评表 itself.
const head = [
  '某县某某乡人民政府2023年部门决算公开',
  '附件一',
  '部门整体支出绩效评价基础数据表',
  '公用经费',
  '118.31',
];
const form = [
  '附件二',
  '2023年度部门整体支出绩效自评表',
  '预算部门、单位名称',
  '某县某某乡人民政府',
  '年度预算申请',
  '(万元',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '分值',
  '执行率',
  '自评得分',
  '年度资金总额',
  '861.10',
  '2030.12',
  '2030.12',
  '10',
  '100%',
  '10',
];

async function read(lines: string[]) {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n\n')), 'page.txt');
  return out.ok ? out : null;
}

describe('a 自评表 printed inside a 部门决算公开', () => {
  it('is read as the form it is when its budget block follows its title', async () => {
    const out = await read([...head, ...form]);
    const e = out?.evaluations.find((d) => d.kind === 'self-evaluation');
    expect(e && e.kind === 'self-evaluation' ? [e.name, e.budget?.initial, e.budget?.annual] : null).toEqual([
      '某县某某乡人民政府',
      '861.10',
      '2030.12',
    ]);
  });

  it('reads 自评得分 over the 年度资金总额 row as the budget’s score', async () => {
    const out = await read([...head, ...form]);
    const e = out?.evaluations.find((d) => d.kind === 'self-evaluation');
    expect(e && e.kind === 'self-evaluation' ? [e.budget?.weight, e.budget?.score] : null).toEqual([
      '10',
      '10',
    ]);
  });

  it('stays a mention when the title is only listed in the package’s contents', async () => {
    const contents = [
      '目录',
      '十三、部门整体支出绩效自评表',
      '十四、项目支出绩效自评表',
      '第三部分 名词解释',
      '一、收入',
    ];
    const out = await read([...head, ...contents]);
    expect(out?.evaluations ?? []).toEqual([]);
  });
});
