import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';

// 福建's generated 项目绩效自评报告 prints its 定量目标 as a table headed 评价内容 | 绩效内容 | 绩效目标值 | 实际完成值 |
// 累计完成率 inside the report's prose; a mirror runs it all together (wide/536's shape). Made for these tests in
// that shape; names and figures invented.
const REPORT = [
  '培训补助资金到位率绩效目标值为100%,,如下图:项目年度绩效目标(定量目标)',
  '评价内容绩效内容绩效目标值实际完成值累计完成率产出目标数量目标全年举办技能培训班期数>=6期7期117%全年培训学员人数>=300人320人107%',
].join('');

describe('a generated report’s table: 绩效内容 | 绩效目标值 | 实际完成值 | 累计完成率', () => {
  it('knows 绩效内容 as the indicator’s column and 累计完成率 as a remark', () => {
    expect(indicatorColumnOf('绩效内容')).toBe('name');
    expect(indicatorColumnOf('累计完成率')).toBe('remark');
    expect(indicatorColumnOf('目标完成率')).toBe('remark');
  });

  it('reads the untitled table as a 自评表’s targets and what was done', async () => {
    const out = await importBuffer(new TextEncoder().encode(REPORT), 'report.txt');
    if (!out.ok) throw new Error(out.error.message);
    const doc = out.evaluations[0];
    if (doc?.kind !== 'self-evaluation') throw new Error('a 自评表 expected');
    expect(doc.indicators.slice(1).map((i) => [i.name, i.target.raw, i.actual.raw])).toEqual([
      ['全年培训学员人数', '>=300人', '320人'],
    ]);
    expect(doc.indicators[0]?.target.raw).toBe('>=6期');
    expect(doc.indicators[0]?.actual.raw).toBe('7期');
  });

  it('ends the table where the report’s next numbered section begins', async () => {
    const prose =
      '(二)项目财务管理状况本项目累计安排资金8万元,,其中:项目立项6分,绩效目标5分,资金投入4分,资金管理9分,总得分92,,';
    const out = await importBuffer(new TextEncoder().encode(REPORT + prose), 'report.txt');
    if (!out.ok) throw new Error(out.error.message);
    const doc = out.evaluations[0];
    if (doc?.kind !== 'self-evaluation') throw new Error('a 自评表 expected');
    expect(doc.indicators).toHaveLength(2);
  });

  it('reads 目标-worded levels run into the names: a 一级 run into its 二级, then the 二级 goal words', async () => {
    const text = `${REPORT}质量目标学员结业考核通过率>=90%96%107%`;
    const out = await importBuffer(new TextEncoder().encode(text), 'report.txt');
    if (!out.ok) throw new Error(out.error.message);
    const doc = out.evaluations[0];
    if (doc?.kind !== 'self-evaluation') throw new Error('a 自评表 expected');
    expect(doc.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.actual.raw])).toEqual([
      ['产出指标', '数量指标', '全年举办技能培训班期数', '>=6期', '7期'],
      ['产出指标', '数量指标', '全年培训学员人数', '>=300人', '320人'],
      ['产出指标', '质量指标', '学员结业考核通过率', '>=90%', '96%'],
    ]);
  });

  it('keeps a name that opens with a goal word where the table words its levels as 指标', async () => {
    const text =
      '评价内容绩效内容绩效目标值实际完成值累计完成率产出指标数量指标全年举办技能培训班期数>=6期7期117%质量目标达成率>=90%96%107%';
    const out = await importBuffer(new TextEncoder().encode(text), 'report.txt');
    if (!out.ok) throw new Error(out.error.message);
    const doc = out.evaluations[0];
    if (doc?.kind !== 'self-evaluation') throw new Error('a 自评表 expected');
    expect(doc.indicators.map((i) => i.name)).toContain('质量目标达成率');
  });

  it('cuts a 一级 goal word run into its 二级 after a worded value, where no cell is seen to open', async () => {
    const text = `${REPORT}效益目标社会效益目标群众技能水平提升显著提升显著提升满意度目标服务对象满意度目标学员满意度>=95%97%102%`;
    const out = await importBuffer(new TextEncoder().encode(text), 'report.txt');
    if (!out.ok) throw new Error(out.error.message);
    const doc = out.evaluations[0];
    if (doc?.kind !== 'self-evaluation') throw new Error('a 自评表 expected');
    expect(doc.indicators.at(-1)).toMatchObject({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '学员满意度',
      target: { raw: '>=95%' },
      actual: { raw: '97%' },
    });
  });
});
