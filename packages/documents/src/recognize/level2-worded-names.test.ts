import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';
import { retabulate } from './cell-stream.ts';

const stream = (...cells: string[]): Row[] => cells.map((c, k) => paragraph(c, k + 1));
/** A project form's head and its indicator header, one cell per line; then `rest`. */
const headed = (...rest: string[]) =>
  stream('项目名称', 'X', '单位名称', 'Y', '一级指标', '二级指标', '三级指标', '指标值', ...rest);
const indicatorRows = (rows: Row[]) => rows.map((r) => r.cells).filter((c) => c.length >= 4);

describe('a 三级 worded like a 二级 in a table of one cell per line', () => {
  it("reads a longer wording of the 二级 just given, its value after it, as the 二级's indicator", () => {
    const rows = indicatorRows(
      retabulate(headed('满意度指标', '服务对象满意度指标', '服务对象或受益者满意度指标', '≥95%')),
    );
    expect(rows.find((r) => r.includes('≥95%'))?.slice(-2)).toEqual(['服务对象或受益者满意度指标', '≥95%']);
  });

  it('reads a 二级 word followed by a period (全年) as an indicator named so, the period its value', () => {
    const rows = indicatorRows(
      retabulate(
        headed(
          '产出指标',
          '数量指标',
          '数量指标',
          '375万平方米',
          '时效指标',
          '全年',
          '质量指标',
          '质量指标',
          '100%',
        ),
      ),
    );
    expect(rows.find((r) => r.includes('全年'))?.slice(-2)).toEqual(['时效指标', '全年']);
  });

  it("leaves a 二级 followed by a bare figure as a 二级 (a template's figures, no indicator)", () => {
    const rows = indicatorRows(
      retabulate(headed('产出指标', '数量指标', '质量指标', '88100', '时效指标', '88100')),
    );
    expect(rows.some((r) => r.at(-2) === '质量指标')).toBe(false);
  });

  it('reads a kind of the 二级 just given (社会成本指标 under 成本指标), its value after it, as its indicator', () => {
    const rows = indicatorRows(
      retabulate(
        headed(
          '产出指标',
          '成本指标',
          '业务支出金额',
          '28.8万元',
          '产出指标',
          '成本指标',
          '社会成本指标',
          '100%',
        ),
      ),
    );
    expect(rows.find((r) => r.includes('100%'))?.slice(-2)).toEqual(['社会成本指标', '100%']);
  });

  it('leaves a sibling 二级 (经济成本指标 after 社会成本指标) a 二级 of its own', () => {
    const rows = indicatorRows(
      retabulate(headed('成本指标', '社会成本指标', '经济成本指标', '支出金额', '28.8万元')),
    );
    expect(rows.find((r) => r.includes('28.8万元'))?.slice(-3)).toEqual([
      '经济成本指标',
      '支出金额',
      '28.8万元',
    ]);
  });
});
