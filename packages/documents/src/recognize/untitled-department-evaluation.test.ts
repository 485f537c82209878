// Made for these tests after fresh/648 (a town's 部门整体支出绩效自评表 copied from its page as pipe rows, with no
// title above it): the form says it is the unit's whole budget by its budget line (部门整体支出总额), its 分值 by the
// budget heading's (20分), and its 满意度 row names its 二级 in its own words (群众满意度 指标).
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const form = (total: string, satisfaction: string) =>
  [
    '单位名称:某镇政府 填报日期:2024.5.10',
    '单位名称 | 某镇人民政府 | ||||||||',
    '预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||',
    `${total} | 500 | 500 | 100% | 20 | ||||||`,
    '年度目标1:(80分) | 保障政府正常运转 | ||||||||',
    '年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||',
    '产出指标 | 数量指标 | 办结来信来访 | 100件 | 100件 | 30 | ||||',
    '数量指标 | 整治河道 | 3条 | 3条 | 20 | |||||',
    '效益指标 | 社会效益指标 | 改善村容村貌 | 明显改善 | 明显改善 | 10 | ||||',
    '社会效益指标 | 方便群众办事 | 有效提升 | 有效提升 | 10 | |||||',
    `满意度指标 | ${satisfaction} | 村民对镇政府工作满意度 | ≥90% | 93% | 10 | ||||`,
    '总分 | 100分 | ||||||||',
  ].join('\n');

async function read(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation' ? doc : undefined;
}

describe('an untitled 部门整体 自评表', () => {
  it('is the unit’s whole budget where its budget line is 部门整体支出总额, named by its unit', async () => {
    const doc = await read(form('部门整体支出总额', '服务对象满意度指标'));
    expect([doc?.subject, doc?.name]).toEqual(['department', '某镇政府']);
  });

  it('stays a project form where its budget line is the year’s 资金总额', async () => {
    const doc = await read(form('年度资金总额', '服务对象满意度指标'));
    expect(doc?.subject).toBe('project');
  });

  it('gives its total line the 分值 its budget heading states', async () => {
    const doc = await read(form('部门整体支出总额', '服务对象满意度指标'));
    expect([doc?.budget.weight, doc?.budget.score]).toEqual(['20', '20']);
  });

  it('reads a 二级 written in its own words beside the 一级, the name after it', async () => {
    const doc = await read(form('部门整体支出总额', '群众满意度 指标'));
    const last = doc?.indicators.at(-1);
    expect([last?.level1, last?.name, last?.target?.raw, last?.score]).toEqual([
      '满意度指标',
      '村民对镇政府工作满意度',
      '≥90%',
      '10',
    ]);
  });

  it('reads a 二级 the frameworks know as before', async () => {
    const doc = await read(form('部门整体支出总额', '服务对象满意度指标'));
    const last = doc?.indicators.at(-1);
    expect([last?.level1, last?.level2, last?.name]).toEqual([
      '满意度指标',
      '服务对象满意度指标',
      '村民对镇政府工作满意度',
    ]);
  });
});
