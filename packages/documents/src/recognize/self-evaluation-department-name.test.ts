import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// Made for these tests in the shape of corpus 024 (部门整体绩效自评表, 重庆): the unit is named only in the title,
// and the title carries no year before the form's name.
const body = [
  '主管部门 | 联系人 | 李四 | 联系电话 | 12345678 |',
  '年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分 |',
  '年度总金额 | 100 | 120 | 114 | 95% | 10 | 9.5 |',
  '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年实际值 | 分值 | 得分 |',
  '产出指标 | 数量指标 | 巡护里程 | ≥300公里 | 320公里 | 20 | 20 |',
];
const read = async (title: string) => {
  const out = await importBuffer(bytes([`${title} |`, ...body].join('\n')), 'form.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return doc;
};

describe('the name of a 部门整体自评表 named only in its title', () => {
  it('takes the unit before the year', async () => {
    expect((await read('某某县林业局2023年度部门整体绩效自评表')).name).toBe('某某县林业局');
  });

  it('takes the unit before 部门整体 when the title prints no year there', async () => {
    const doc = await read('某某县林业局部门整体支出绩效自评表（2023年度）');
    expect(doc.subject).toBe('department');
    expect(doc.name).toBe('某某县林业局');
  });

  it('takes no name from a title that names no unit (部门整体支出绩效自评表 alone: 部门 is the title’s word)', async () => {
    // Made for this test after wide/387 (零陵, 湖南), whose unit stands under a label the copy cut.
    const doc = await read('部门整体支出绩效自评表');
    expect(doc.subject).toBe('department');
    expect(doc.name).toBeNull();
  });

  it('names the unit from 一级预算单位名称, and from the label a copy printed without its first character', async () => {
    for (const label of ['一级预算单位名称', '级预算单位名称']) {
      const out = await importBuffer(
        bytes(['部门整体支出绩效自评表 |', `${label} | 某某区林业局 |`, ...body.slice(1)].join('\n')),
        'form.txt',
      );
      const doc = out.ok ? out.evaluations[0] : undefined;
      expect(doc?.kind === 'self-evaluation' ? [doc.name, doc.unit] : null, label).toEqual([
        '某某区林业局',
        '某某区林业局',
      ]);
    }
  });

  it('takes no name from the year a title opens with (2023年度部门整体支出绩效自评表)', async () => {
    // Made for this test after wide/453 (衡山 贯塘乡, 湖南) as an office's table gives it.
    const doc = await read('2023年度部门整体支出绩效自评表');
    expect(doc.subject).toBe('department');
    expect(doc.name).toBeNull();
  });

  it('names the unit from 预算部门、单位名称 (湖南 2023)', async () => {
    const out = await importBuffer(
      bytes(
        ['2023年度部门整体支出绩效自评表 |', '预算部门、单位名称 | 某某乡人民政府 |', ...body.slice(1)].join(
          '\n',
        ),
      ),
      'form.txt',
    );
    const doc = out.ok ? out.evaluations[0] : undefined;
    expect(doc?.kind === 'self-evaluation' ? [doc.name, doc.unit] : null).toEqual([
      '某某乡人民政府',
      '某某乡人民政府',
    ]);
  });
});
