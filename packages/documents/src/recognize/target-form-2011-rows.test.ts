import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

const project = async (text: string) => {
  const out = await importBuffer(bytes(text), 'form.txt');
  if (!out.ok) throw new Error(out.error.message);
  const [f] = out.forms;
  if (f?.kind !== 'project') throw new Error('no project form');
  return f;
};

// Made for these tests in the shape of the 2011 财政支出绩效目标申报表 a county filled (wide/441's template), as
// pipe rows: 服务对象满意度指标 | 具体指标 | … where the template prints 具体指标 in the 二级 column, and
// 其他说明的问题 | … under the table.
const FORM = [
  '| 某县财政支出项目绩效目标申报表 |',
  '| 项目名称 | 示范园建设项目 |',
  '| 一级指标 | 二级指标 | 指标内容 | 指标值 | 备注 |',
  '| 产出指标 | 数量指标 | 新建示范园面积 | 500亩 | |',
  '| 效益指标 | 社会效益指标 | 带动农户数 | ≥100户 | |',
  '| 服务对象满意度指标 | 具体指标 | 农户满意度 | ≥90% | |',
  '| 其他说明的问题 | 无 |',
].join('\n');

describe('the rows of the 2011 财政支出绩效目标申报表', () => {
  it('reads 具体指标 in the 二级 column as no name', async () => {
    const f = await project(FORM);
    expect(f.indicators.map((i) => [i.name, i.target.raw])).toContainEqual(['农户满意度', '≥90%']);
    expect(f.indicators.map((i) => i.name)).not.toContain('具体指标');
  });

  it('ends the table at 其他说明的问题', async () => {
    const f = await project(FORM);
    expect(f.indicators.map((i) => i.name)).toEqual(['新建示范园面积', '带动农户数', '农户满意度']);
  });
});
