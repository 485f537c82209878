import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of an attachment's table read by OCR on a notice page (wide/520's layout, other
// words and figures): no title, project or unit, only the indicator table as pipe rows whose header closes on the
// target and what was done (一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值), no 分值 or 得分, spanned cells empty.
const table = (header: string) => [
  '详情见附件' + header,
  '产出指标 | 产出数量 | 完成年度职业培训任务 | 800名 | 812名 |',
  '| 产出质量 | 参训学员结业考核通过率 | 100% | 97.5% |',
  '效益指标 | 社会效益 | 参训学员就业率 | 60%及以上 | 64% |',
  '| 满意度 | 参训学员满意度 | 95%及以上 | 96% |',
];

async function read(lines: string[]) {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'table.txt');
  return out.ok ? out : null;
}

describe('an untitled table of targets against what was done', () => {
  it('is read as a 自评表 when its header closes on 目标值 | 完成值', async () => {
    const out = await read(table('一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |'));
    const doc = out?.evaluations[0];
    if (doc?.kind !== 'self-evaluation') throw new Error('a 自评表 expected');
    expect(doc?.indicators.map((i) => [i.name, i.target.raw, i.actual.raw])).toEqual([
      ['完成年度职业培训任务', '800名', '812名'],
      ['参训学员结业考核通过率', '100%', '97.5%'],
      ['参训学员就业率', '60%及以上', '64%'],
      ['参训学员满意度', '95%及以上', '96%'],
    ]);
  });

  it('ends the table at another table’s header (序号 | … naming no indicator column)', async () => {
    const out = await read([
      ...table('一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |'),
      '序号 | 培训机构 | 补助标准(元/人) | 合格人数 | 补助资金 | 备注 |',
      '1 | 某市某职业培训学校 | 2600 | 400 | 104 | |',
      '2 | 某市某某培训学校 | 2600 | 412 | 107.12 | |',
    ]);
    const doc = out?.evaluations[0];
    expect(doc?.indicators.map((i) => i.name)).toEqual([
      '完成年度职业培训任务',
      '参训学员结业考核通过率',
      '参训学员就业率',
      '参训学员满意度',
    ]);
  });

  it('is read as a 自评表 when a reason follows what was done, or the target stands in 指标性质 | 指标值 | 度量单位', async () => {
    const names = ['完成年度职业培训任务', '参训学员结业考核通过率', '参训学员就业率', '参训学员满意度'];
    const reasoned = await read([
      '| 一级指标 | 二级指标 | 指标名称 | 年度指标值 | 全年完成值 | 未完成原因和改进措施 |',
      '| 产出指标 | 产出数量 | 完成年度职业培训任务 | 800名 | 812名 | |',
      '| | 产出质量 | 参训学员结业考核通过率 | 100% | 97.5% | 个别学员缺考 |',
      '| 效益指标 | 社会效益 | 参训学员就业率 | 60%及以上 | 64% | |',
      '| | 满意度 | 参训学员满意度 | 95%及以上 | 96% | |',
    ]);
    expect(reasoned?.evaluations[0]?.indicators.map((i) => i.name)).toEqual(names);
    const split = await read([
      '一级指标 | 二级指标 | 指标名称 | 指标性质 | 指标值 | 度量单位 | 实际完成值 |',
      '产出指标 | 数量指标 | 完成年度职业培训任务 | ≥ | 800 | 名 | 812名 |',
      '| 质量指标 | 参训学员结业考核通过率 | = | 100 | % | 97.5% |',
      '效益指标 | 社会效益指标 | 参训学员就业率 | ≥ | 60 | % | 64% |',
      '满意度指标 | 服务对象满意度指标 | 参训学员满意度 | ≥ | 95 | % | 96% |',
    ]);
    const doc = split?.evaluations[0];
    if (doc?.kind !== 'self-evaluation') throw new Error('a 自评表 expected');
    expect(doc.indicators.map((i) => [i.name, i.actual.raw])).toEqual([
      ['完成年度职业培训任务', '812名'],
      ['参训学员结业考核通过率', '97.5%'],
      ['参训学员就业率', '64%'],
      ['参训学员满意度', '96%'],
    ]);
  });

  it('leaves out another table under a header printed in two rows (its numbered rows are no indicator)', async () => {
    const out = await read([
      '一级 | 二级 | 指标 | 计划 | 实际值 |',
      '指标 | 指标 | 内容 | 指标值 |  |',
      ...table('').slice(1),
      '序号 | 单位名称 | 项目内容 | 资金(万元) | 备注 |',
      '1 | 某某镇 | 护工培训 | 26.1 | |',
      '2 | 某某乡 | 护工培训 | 26.2 | |',
    ]);
    expect(out?.evaluations[0]?.indicators.map((i) => i.name)).toEqual([
      '完成年度职业培训任务',
      '参训学员结业考核通过率',
      '参训学员就业率',
      '参训学员满意度',
    ]);
  });

  it('is read when its two header rows split the words of 指标 | 性质 | 值 | 单位 across them', async () => {
    // 一级/指标 … 指标/性质, 年度/指标值, 度量/单位, 全年/完成值: the target in parts, each heading broken in two.
    const out = await read([
      '一级 | 二级 | 具体 | 指标 | 年度 | 度量 | 全年 |',
      '指标 | 指标 | 指标 | 性质 | 指标值 | 单位 | 完成值 |',
      '产出指标 | 产出数量 | 完成年度职业培训任务 | ≥ | 800 | 名 | 812名 |',
      '| 产出质量 | 参训学员结业考核通过率 | = | 100 | % | 97.5% |',
      '效益指标 | 社会效益 | 参训学员就业率 | ≥ | 60 | % | 64% |',
      '| 满意度 | 参训学员满意度 | ≥ | 95 | % | 96% |',
    ]);
    const doc = out?.evaluations[0];
    if (doc?.kind !== 'self-evaluation') throw new Error('a 自评表 expected');
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw])).toEqual([
      ['完成年度职业培训任务', '≥800名', '812名'],
      ['参训学员结业考核通过率', '=100%', '97.5%'],
      ['参训学员就业率', '≥60%', '64%'],
      ['参训学员满意度', '≥95%', '96%'],
    ]);
  });

  it('is no 自评表 when its header closes on progress to date (a 监控表’s 1-6月完成值)', async () => {
    const out = await read(table('一级指标 | 二级指标 | 指标名称 | 目标值 | 1-6月完成值 |'));
    expect(out?.evaluations.some((e) => e.kind === 'self-evaluation') ?? false).toBe(false);
  });
});
