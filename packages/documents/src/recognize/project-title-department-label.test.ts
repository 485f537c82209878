import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// Made for these tests in the shape of a 专项转移支付绩效目标表 (a 下达 notice's 附件): the department is printed
// before the project, as 部门（单位）名称.
const head = (title: string, withProject: boolean) =>
  [
    `${title} |`,
    '部门（单位）名称 | 某某市民族与宗教事务局 |',
    '部门预算编码 | 230001 |',
    ...(withProject ? ['项目名称 | 民族发展专项资金 |'] : []),
    '资金情况（万元） | 资金总额： | 55 |',
    '一级指标 | 二级指标 | 三级指标 | 指标值 |',
    '产出指标 | 数量指标 | 扶持村数 | ≥3个 |',
  ].join('\n');

const forms = async (text: string) => {
  const out = await importBuffer(bytes(text), 'form.txt');
  if (!out.ok) throw new Error(out.error.message);
  return out.forms;
};

describe('a project form titled as such that names its department before the project', () => {
  it('reads one project form, the department as its 主管部门', async () => {
    const [f, ...rest] = await forms(head('专项转移支付绩效目标表', true));
    expect(rest).toEqual([]);
    expect(f?.kind).toBe('project');
    if (f?.kind !== 'project') return;
    expect(f.name).toBe('民族发展专项资金');
    expect(f.supervisor).toBe('某某市民族与宗教事务局');
    expect(f.budget.total).toBe('55');
  });

  it('still reads a department form where no 项目名称 follows (部门整体 title or none)', async () => {
    const [d] = await forms(head('部门整体支出绩效目标表', false));
    expect(d?.kind).toBe('department');
    const [e] = await forms(head('专项转移支付绩效目标表', false));
    expect(e?.kind).toBe('department');
  });
});

describe('an untitled copy that names its department right before the project', () => {
  // The same head with its title lost in the notice's run-together text before it (wide/380's layout).
  const untitled = (withProject: boolean) =>
    head('附件2 某某专项资金分配表 单位 项目 金额 合计 70', withProject).replace(/^[^\n]*\n/, '');

  it('reads a project form, the department as its 主管部门, where the 项目名称 follows within two rows', async () => {
    const [f, ...rest] = await forms(untitled(true));
    expect(rest).toEqual([]);
    expect(f?.kind).toBe('project');
    if (f?.kind !== 'project') return;
    expect([f.name, f.supervisor, f.budget.total]).toEqual([
      '民族发展专项资金',
      '某某市民族与宗教事务局',
      '55',
    ]);
  });

  it('still reads a department form where no 项目名称 follows', async () => {
    const [d] = await forms(untitled(false));
    expect(d?.kind).toBe('department');
  });
});
