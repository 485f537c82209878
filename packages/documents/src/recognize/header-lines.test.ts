import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { importBuffer } from '../import-document.ts';
import { joinHeaderLines, twoRowHeadings } from './header-lines.ts';

const lines = (...cells: string[]): Row[] => cells.map((c) => ({ cells: [c], table: false }));
const texts = (rows: Row[]) => rows.map((r) => r.cells.join('|'));

describe('a two-row indicator header copied one cell per line', () => {
  it('puts the bottom words back under the top words they complete', () => {
    const rows = joinHeaderLines(
      lines('一级', '二级', '三级', '目标值', '指标', '指标', '指标', '产出指标', '数量指标'),
    );
    expect(texts(rows)).toEqual(['一级指标', '二级指标', '三级指标', '目标值', '产出指标', '数量指标']);
  });

  it('puts the columns printed under a band in the band’s place (绩效指标, 年度指标值)', () => {
    expect(
      texts(joinHeaderLines(lines('绩效指标', '计划指标值', '一级指标', '二级指标', '三级指标', '产出指标'))),
    ).toEqual(['一级指标', '二级指标', '三级指标', '计划指标值', '产出指标']);
    expect(
      texts(
        joinHeaderLines(
          lines(
            '一级指标',
            '二级指标',
            '三级指标',
            '年度指标值',
            '实际完成值',
            '指标性质',
            '指标值',
            '度量单位',
          ),
        ),
      ),
    ).toEqual(['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值']);
  });

  it('keeps one column of a heading merged down over both rows and printed in each (a copy repeating merged cells)', () => {
    const header = ['绩效指标', '年初目标值(A)', '一级指标', '二级指标', '三级指标名称', '年初目标值(A)'];
    expect(texts(joinHeaderLines(lines(...header, '产出指标', '数量指标', '建设项目个数', '1')))).toEqual([
      '一级指标',
      '二级指标',
      '三级指标名称',
      '年初目标值(A)',
      '产出指标',
      '数量指标',
      '建设项目个数',
      '1',
    ]);
  });

  it('reads a two-row header copied a cell per line with a lone | opening each row (the empty rows between)', () => {
    const rows: Row[] = [
      ...lines('一级', '二级', '指标', '年度'),
      { cells: [''], table: true },
      ...lines('指标', '指标', '名称', '指标值', '产出指标', '数量指标', '购买树苗', '=15000株'),
    ];
    expect(texts(joinHeaderLines(rows)).slice(0, 5)).toEqual([
      '一级指标',
      '二级指标',
      '指标名称',
      '年度指标值',
      '产出指标',
    ]);
    // An empty row does not open a header, nor join rows that make none.
    const prose = [{ cells: [''], table: true }, ...lines('一级', '某某', '二级')];
    expect(texts(joinHeaderLines(prose))).toEqual(['', '一级', '某某', '二级']);
  });

  it('takes a heading’s end longer than a piece (偏差 / 原因分析及改进措施) among the bottom row’s pieces', () => {
    const top = '一级 二级 指标 实际 自评 指标值 指标 偏差';
    const bottom = '指标 指标 名称 完成情况 得分 分值 原因分析及改进措施';
    expect(
      texts(joinHeaderLines(lines(top, bottom, '产出指标 数量指标 补助面积 29.5亩 20 29.5亩 20'))),
    ).toEqual([
      '一级指标',
      '二级指标',
      '指标名称',
      '实际完成情况',
      '自评得分',
      '指标值',
      '指标分值',
      '偏差原因分析及改进措施',
      '产出指标 数量指标 补助面积 29.5亩 20 29.5亩 20',
    ]);
    // Words that are mostly no heading pieces are a row of text, not a header's bottom row.
    expect(texts(joinHeaderLines(lines(top, '按期完成项目建设任务 发挥资金使用效益 指标')))).toEqual([
      top,
      '按期完成项目建设任务 发挥资金使用效益 指标',
    ]);
  });

  it('joins two rows of ten columns (more cells than one row may have)', () => {
    const rows = joinHeaderLines(
      lines(
        '一级 二级 三级 完成值 指标 未完 得分 计算 计划 计量',
        '指标 指标 指标 权重 成原因和改进措施 符号 指标值 单位',
      ),
    );
    expect(texts(rows)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '完成值',
      '指标权重',
      '未完成原因和改进措施',
      '得分',
      '计算符号',
      '计划指标值',
      '计量单位',
    ]);
  });

  it('takes a long heading end on its own line (成原因和改进措施) in a copy of a cell a line', () => {
    const rows = joinHeaderLines(
      lines(
        ...['一级', '二级', '三级', '完成值', '指标', '未完', '得分', '计算', '计划', '计量'],
        ...['指标', '指标', '指标', '权重', '成原因和改进措施', '符号', '指标值', '单位', '产出指标'],
      ),
    );
    expect(texts(rows)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '完成值',
      '指标权重',
      '未完成原因和改进措施',
      '得分',
      '计算符号',
      '计划指标值',
      '计量单位',
      '产出指标',
    ]);
    // Lines that make no header stay as they are.
    expect(texts(joinHeaderLines(lines('一级', '按期完成项目建设', '产出指标')))).toEqual([
      '一级',
      '按期完成项目建设',
      '产出指标',
    ]);
  });

  it('reads the two rows copied with single spaces between their words', () => {
    const rows = joinHeaderLines(lines('一级 二级 指标 计划', '指标 指标 名称 指标值', '产出指标'));
    expect(texts(rows)).toEqual(['一级指标', '二级指标', '指标名称', '计划指标值', '产出指标']);
  });

  it('leaves a header printed in one row, and level names, as they are', () => {
    const one = lines(
      '一级指标',
      '二级指标',
      '三级指标',
      '指标值',
      '产出指标',
      '数量指标',
      '培训人数',
      '100人',
    );
    expect(texts(joinHeaderLines(one))).toEqual(texts(one));
    const levels = lines('一级指标', '产出指标', '效益指标', '满意度指标');
    expect(texts(joinHeaderLines(levels))).toEqual(texts(levels));
  });

  it('gives the form its indicators when read end to end', async () => {
    const text = [
      '项目支出绩效目标表',
      '项目名称',
      '某村道路硬化项目',
      '一级',
      '二级',
      '三级',
      '目标值',
      '指标',
      '指标',
      '指标',
      '产出指标',
      '数量指标',
      '硬化道路长度',
      '≥10公里',
      '满意度指标',
      '服务对象满意度指标',
      '群众满意度',
      '≥95%',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error('no project form read');
    expect(form.indicators.map((i) => [i.level2, i.name, i.target.raw])).toEqual([
      ['数量指标', '硬化道路长度', '≥10公里'],
      ['服务对象满意度指标', '群众满意度', '≥95%'],
    ]);
  });
});

describe('a two-row header whose period heading the row broke after its first month', () => {
  // A 监控表 copied with its blanks gone: 1-6月执行情况 printed as 1- over 6月执行情况, in half- or full-width figures.
  it('joins the period back into one heading', () => {
    expect(
      twoRowHeadings(
        ['一级', '二级', '指标', '1-', '计算', '目标值', '度量'],
        ['指标', '指标', '名称', '6月执行情况', '符号', '单位'],
      ),
    ).toEqual(['一级指标', '二级指标', '指标名称', '1-6月执行情况', '计算符号', '目标值', '度量单位']);
    expect(
      twoRowHeadings(['一级', '二级', '指标', '１-', '目标值'], ['指标', '指标', '名称', '６月执行情况']),
    ).toEqual(['一级指标', '二级指标', '指标名称', '１-６月执行情况', '目标值']);
  });

  it('takes no other figure for a piece of a heading', () => {
    expect(
      twoRowHeadings(['一级', '二级', '指标', '2023', '目标值'], ['指标', '指标', '名称', '年度']),
    ).toBeNull();
  });
});
