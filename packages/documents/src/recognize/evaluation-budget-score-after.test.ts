// A 自评表's budget block whose labels stop at 执行率 and whose 得分 label the copy printed after the lines (a sheet's
// last label cell wrapped below the rows): the figure after each line's 执行率 is its 得分 all the same.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const text = (scoreLabel: string) =>
  '项目支出绩效自评表 ( 2022 年度) 项目名称 法律援助经费 主管部门 某市司法局 项目资金(万元) 实施单位 某市司法局 ' +
  '年初预算数 全年预算数 全年执行数 分值 执行率(全年 执行数/全年 预算数) ' +
  '年度资金总额: 80万元 80万元 72万元 10 90% 9 其中:当年财政 拨款 80万元 80万元 72万元 10 90% 9 ' +
  `${scoreLabel} 上年结转资金 其他资金 预期目标 实际完成情况 办理法律援助案件 已完成`;

async function budget(t: string) {
  const out = await importBuffer(new TextEncoder().encode(t), 'form.txt');
  const e = out.ok ? out.evaluations[0] : undefined;
  if (e?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return e.budget;
}

describe('a budget block whose 得分 label stands after its lines', () => {
  it('reads the last figure of the line as its 得分', async () => {
    const b = await budget(text('得分'));
    expect([b.weight, b.rate, b.score]).toEqual(['10', '90', '9']);
  });

  it('reads no 得分 where the block names none', async () => {
    const b = await budget(text(''));
    expect(b.score ?? null).toBeNull();
  });
});
