import { describe, expect, it } from 'vitest';
import { importText } from '../import-document.ts';
import { gluedValue } from './glued-values.ts';

// Made for these tests after wide/466 (祁东, 湖南: a county page's 部门整体支出绩效目标表 whose rows lost the borders
// between their cells), with another office's words and figures.
const text = [
  '2025年某县部门整体支出绩效目标表',
  '填报单位:(盖章)',
  '部门名称某县农业技术推广中心',
  '年度预算申请 (万元)资金总额:318.5',
  '按收入性质分:318.5按支出性质分:318.5',
  '其中:一般公共预算:318.5其中:基本支出:280.5',
  '政府性基金拨款:项目支出:38',
  '部门职能 职责概述承担全县农业技术推广工作。',
  '整体绩效目标按照年度计划完成农技推广任务。',
  '部门整体支出 年度绩效指标一级指标二级指标三级指标指标值及单位',
  '产出指标数量指标示范基地建设个数3个以上',
  '农技人员培训人次150人以上',
  '病虫害监测点位数12个以上',
].join('\n');

const form = () => importText(text)[0];

describe('a 部门整体 target form whose rows ran together', () => {
  it('reads the total glued after the funds heading (年度预算申请 (万元)资金总额:318.5)', () => {
    const f = form();
    expect(f?.kind).toBe('department');
    expect(f?.kind === 'department' ? f.total : null).toBe('318.5');
  });

  it('reads 指标值及单位 as the value heading, not an indicator of its own', () => {
    const f = form();
    const names = f?.kind === 'department' ? f.indicators.map((i) => i.name) : [];
    expect(names).not.toContain('及单位');
  });

  it('parts a name from the figure with its bound word glued after it (培训人次150人以上)', () => {
    const f = form();
    const rows = f?.kind === 'department' ? f.indicators.map((i) => [i.name, i.target.raw]) : [];
    expect(rows).toContainEqual(['农技人员培训人次', '150人以上']);
    expect(rows).toContainEqual(['病虫害监测点位数', '12个以上']);
    expect(rows).toContainEqual(['示范基地建设个数', '3个以上']);
  });
});

describe('a first row whose name carries its own bounded figures', () => {
  const sentenceFirst = text.replace(
    '产出指标数量指标示范基地建设个数3个以上',
    '产出指标数量指标田间技术指导开展现场指导200次以上,入户指导500户以上',
  );

  it('takes no value from the next line when that line is a name with its value glued on', () => {
    const f = importText(sentenceFirst)[0];
    const rows = f?.kind === 'department' ? f.indicators.map((i) => [i.name, i.target.raw]) : [];
    expect(rows).toContainEqual(['农技人员培训人次', '150人以上']);
    expect(rows.map(([name]) => name)).not.toContain('农技人员培训人次150人以上');
  });
});

describe('a value glued to its name', () => {
  it('takes a figure with a bound word (2次以上) as the value', () => {
    expect(gluedValue('免疫规划知识培训次数2次以上')).toEqual({
      name: '免疫规划知识培训次数',
      value: '2次以上',
    });
  });

  it('takes a list of bounded figures after a name ending in what it counts as the value, whole', () => {
    expect(gluedValue('全年检测次数咨询检测1000人次以上,病人筛查600人次以上')).toEqual({
      name: '全年检测次数',
      value: '咨询检测1000人次以上,病人筛查600人次以上',
    });
  });

  it('leaves a text holding several bounded figures whole where no name ending in what it counts opens it', () => {
    expect(gluedValue('开展现场指导200次以上,入户指导500户以上')).toBeNull();
  });
});

describe('a 部门整体 target form as a table', () => {
  it('reads the total written with its label in one cell beside the funds heading (资金总额:318.5)', () => {
    // The same form as a table (wide/466 rendered from its grid): the label and its figure share the cell.
    const table = [
      '2025年某县部门整体支出绩效目标表',
      '部门名称 | 某县农业技术推广中心 | | |',
      '年度预算申请 (万元) | 资金总额:318.5 | | |',
      ' | 按收入性质分:318.5 | | 按支出性质分:318.5 |',
      ' | 其中:一般公共预算:318.5 | | 其中:基本支出:280.5 |',
      '部门职能职责概述 | 承担全县农业技术推广工作。 | | |',
      '部门整体支出年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值及单位',
      ' | 产出指标 | 数量指标 | 示范基地建设个数 | 3个以上',
    ].join('\n');
    const f = importText(table)[0];
    expect(f?.kind).toBe('department');
    expect(f?.kind === 'department' ? f.total : null).toBe('318.5');
  });
});
