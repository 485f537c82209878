// A reason heading cut short where its cell clipped it: a 自评表 printed to PDF with 偏差原因分析及改进措施 in
// a narrow cell shows 偏差原因分析及改进 (OCR: 偏差原因分析及改过). Before, the unknown heading lost the
// header band's columns after the target (实际完成值, 分值, 得分 read as nothing).
import { describe, expect, it } from 'vitest';
import { importRows } from '../import-document.ts';
import type { Row } from '../rows/row.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';

const t = (...cells: string[]): Row => ({ cells, table: true });

describe('a clipped reason heading', () => {
  it('names the reason column by the words it opens with', () => {
    expect(indicatorColumnOf('偏差原因分析及改进')).toBe('reason');
    expect(indicatorColumnOf('偏差原因分析及改过')).toBe('reason');
    expect(indicatorColumnOf('未完成原因及拟采取的')).toBe('reason');
    // Too short to tell, run on into the next heading, or two characters off: no heading.
    expect(indicatorColumnOf('偏差')).toBeNull();
    expect(indicatorColumnOf('偏差原因产')).toBeNull();
    expect(indicatorColumnOf('偏差原因分析及改进措施产')).toBeNull();
    expect(indicatorColumnOf('偏差原因分析及造过')).toBeNull();
  });

  it('keeps the columns of a two-row header band whose last heading is clipped', () => {
    const rows: Row[] = [
      { cells: ['2020年度项目支出绩效自评表'], table: false },
      t('项目名称', '', '某某执法补助经费', '', '', '', '', '', '', ''),
      t('主管部门', '', '某市自然资源局', '', '', '实施单位', '某区自然资源局', '', '', ''),
      t('绩效指标', '', '', '年度指标值', '', '', '实际完成值', '分值', '得分', '偏差原因分析及改进'),
      t('一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '', '', '', ''),
      t('产出指标', '数量指标', '执法补助经费', '＝', '72890', '元', '72890', '10.00', '9.00', ''),
      t('', '质量指标', '项目验收合格率', '＝', '100', '%', '100', '20', '19', ''),
    ];
    const out = importRows('pdf', rows);
    if (!out.ok) throw new Error(out.error.message);
    const ev = out.evaluations[0]!;
    if (ev.kind !== 'self-evaluation') throw new Error(ev.kind);
    expect(ev.indicators.map((i) => [i.name, i.actual?.raw, i.weight, i.score])).toEqual([
      ['执法补助经费', '72890', '10.00', '9.00'],
      ['项目验收合格率', '100', '20', '19'],
    ]);
  });
});
