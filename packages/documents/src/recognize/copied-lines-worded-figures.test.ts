// A target form copied one cell per line (a web page or PDF viewer's copy, issue 12's `lines` layout) whose cells
// hold words and figures together: a target worded around its figure (每周不少于42小时), a name counting what it
// names (寨山石坪村新建水泥路1条), a name that opens with a head field's label (项目资金专项核算), a value heading
// printed before the levels of a two-row header, a comparison's word before a figure (不低于85%).
import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';
import { retabulate } from './cell-stream.ts';
import { isWordedFigureValue } from './worded-figure-value.ts';

const stream = (...cells: string[]): Row[] => cells.map((c, k) => paragraph(c, k + 1));
/** A project form's head and an indicator header with sign, value and unit columns; then `rest`. */
const headed = (...rest: string[]) =>
  stream(
    '项目名称',
    'X',
    '单位名称',
    'Y',
    '一级指标',
    '二级指标',
    '指标名称',
    '计算符号',
    '目标值',
    '度量单位',
    ...rest,
  );
const indicatorRows = (rows: Row[]) =>
  rows.map((r) => r.cells).filter((c) => c.length >= 5 && !c.includes('指标名称'));

describe('a target worded around its figure, on a line of its own', () => {
  it('is the row’s value whole, not cut at its figure into value and unit', () => {
    const rows = indicatorRows(
      retabulate(
        headed(
          '产出指标',
          '数量指标',
          '公益培训班次',
          '≥',
          '40',
          '期',
          '产出指标',
          '时效指标',
          '免费开放时间',
          '每周不少于42小时',
          '产出指标',
          '质量指标',
          '培训学员结业率',
          '≥',
          '90',
          '%',
        ),
      ),
    );
    expect(rows.map((r) => r.slice(2))).toEqual([
      ['公益培训班次', '≥', '40', '期'],
      ['免费开放时间', '', '每周不少于42小时', ''],
      ['培训学员结业率', '≥', '90', '%'],
    ]);
  });

  it('leaves a row run together on one line cut as before: its name first', () => {
    const rows = indicatorRows(retabulate(headed('产出指标', '成本指标', '免费开放经费支出≤65万元')));
    expect(rows[0]!.slice(2)).toEqual(['免费开放经费支出', '≤', '65', '万元']);
  });

  it('tells a worded figure from a sign-led or bare one', () => {
    expect(isWordedFigureValue('每周不少于42小时')).toBe(true);
    expect(isWordedFigureValue('暂定量按15次作业且总航时不少于30小时测算')).toBe(true);
    expect(isWordedFigureValue('≥95%')).toBe(false);
    expect(isWordedFigureValue('42小时')).toBe(false);
    expect(isWordedFigureValue('应保尽保')).toBe(false);
  });
});

describe('a name holding a figure, its value on the lines after it', () => {
  it('is the name whole, after a complete row and after a level', () => {
    const rows = indicatorRows(
      retabulate(
        headed(
          '产出指标',
          '成本指标',
          '打井、配电',
          '50000',
          '元',
          '饲料库120平米',
          '490',
          '元/平米',
          '产出指标',
          '数量指标',
          '寨山石坪村新建水泥路1条',
          '2',
          'km',
          '防疫室84平米',
          '≥',
          '1050',
          '元',
        ),
      ),
    );
    expect(rows.map((r) => r.slice(2))).toEqual([
      ['打井、配电', '', '50000', '元'],
      ['饲料库120平米', '', '490', '元/平米'],
      ['寨山石坪村新建水泥路1条', '', '2', 'km'],
      ['防疫室84平米', '≥', '1050', '元'],
    ]);
  });
});

describe('a name opening with a head field’s label inside the rows', () => {
  it('is the row’s name where a worded target or the row’s kind follows it', () => {
    const rows = indicatorRows(
      retabulate(
        headed(
          '产出指标',
          '成本指标',
          '资金到位率',
          '资金到位率达100%',
          '产出指标',
          '成本指标',
          '项目资金专项核算',
          '定性',
          '专款专用,专项核算',
        ),
      ),
    );
    expect(rows.map((r) => r.slice(2))).toEqual([
      ['资金到位率', '', '资金到位率达100%', ''],
      ['项目资金专项核算', '定性', '专款专用,专项核算', ''],
    ]);
  });
});

describe('a two-row header whose value heading stands before the levels', () => {
  const banded = (...rest: string[]) =>
    stream(
      '项目名称',
      'X',
      '单位名称',
      'Y',
      '绩效指标',
      '计划指标值',
      '一级指标',
      '二级指标',
      '三级指标名称',
      ...rest,
    );

  it('puts the value column after the name, and a comparison word and its figure in it', () => {
    const rows = retabulate(
      banded('产出指标', '质量指标', '疫苗接种率', '不低于90%', '7 岁以下儿童健康管理率', '不低于85%'),
    );
    const named = rows.map((r) => r.cells).filter((c) => c.some((x) => /率$/.test(x)));
    expect(named.map((c) => c.slice(-2))).toEqual([
      ['疫苗接种率', '不低于90%'],
      ['7 岁以下儿童健康管理率', '不低于85%'],
    ]);
  });

  it('keeps a comparison word and its figure the value of a name holding a bounded figure (7 岁以下)', () => {
    const rows = retabulate(
      stream(
        '项目名称',
        'X',
        '单位名称',
        'Y',
        '一级指标',
        '二级指标',
        '三级指标名称',
        '计划指标值',
        '产出指标',
        '质量指标',
        '7 岁以下儿童健康管理率',
        '不低于85%',
      ),
    );
    expect(
      rows
        .map((r) => r.cells)
        .find((c) => c.includes('不低于85%'))
        ?.slice(-2),
    ).toEqual(['7 岁以下儿童健康管理率', '不低于85%']);
  });

  it('leaves a header whose value heading follows the name as it is', () => {
    const rows = retabulate(
      stream(
        '项目名称',
        'X',
        '单位名称',
        'Y',
        '一级指标',
        '二级指标',
        '三级指标名称',
        '计划指标值',
        '产出指标',
        '质量指标',
        '疫苗接种率',
        '≥90%',
      ),
    );
    expect(
      rows
        .map((r) => r.cells)
        .find((c) => c.includes('疫苗接种率'))
        ?.slice(-2),
    ).toEqual(['疫苗接种率', '≥90%']);
  });
});

describe('a full-width ％ after a figure on a line of its own', () => {
  it('is a value, kept as printed: the row’s figure after a name ending in a qualitative word', () => {
    const rows = retabulate(
      stream(
        '项目名称',
        'X',
        '单位名称',
        'Y',
        '一级指标',
        '二级指标',
        '三级指标',
        '年初目标值',
        '效益指标',
        '社会效益指标',
        '群众防治知识知晓率显著提升',
        '１００％',
        '效益指标',
        '社会效益指标',
        '服务能力提升',
        '持续加强',
      ),
    );
    const named = rows.map((r) => r.cells).filter((c) => c.length >= 4 && c[0] !== '一级指标');
    expect(named.map((c) => c.slice(-2))).toEqual([
      ['群众防治知识知晓率显著提升', '100％'],
      ['服务能力提升', '持续加强'],
    ]);
  });
});

describe('a table of one value column copied a cell a line, its levels printed on every row', () => {
  const oneValue = (...rest: string[]) =>
    stream('项目名称', 'X', '单位名称', 'Y', '一级指标', '二级指标', '指标名称', '目标值', ...rest);
  const named = (rows: Row[]) =>
    rows
      .map((r) => r.cells)
      .filter((c) => c.length >= 4 && c[0] !== '一级指标')
      .map((c) => c.slice(-2));

  it('reads a figure with its unit under the levels, its own value after it, as the indicator it names', () => {
    const rows = retabulate(
      oneValue('产出指标', '数量指标', '按时发放补贴', '100%', '产出指标', '数量指标', '20万元', '100%'),
    );
    expect(named(rows)).toEqual([
      ['按时发放补贴', '100%'],
      ['20万元', '100%'],
    ]);
  });

  it('keeps a name holding a figure whole where a comparison’s word opens the value after it', () => {
    const rows = retabulate(oneValue('满意度指标', '服务对象满意度指标', '满意度95%以上', '不低于95%'));
    expect(named(rows)).toEqual([['满意度95%以上', '不低于95%']]);
  });

  it('still skips a bare figure of points under the levels', () => {
    const rows = retabulate(oneValue('产出指标', '数量指标', '10', '按时发放补贴', '100%'));
    expect(named(rows)).toEqual([['按时发放补贴', '100%']]);
  });
});
