import { describe, expect, it } from 'vitest';
import { projectFormOfText } from './project-form-of-text.test-support.ts';
import type { Row } from '../rows/row.ts';
import { gradedRunRows, readGradedRuns } from './graded-runs.ts';

// A target table graded 优 | 良 | 中 | 差 under its 绩效指标评价标准, its cells run together in one line as a library's
// preview prints a .doc (邯郸's 预算指标绩效目标表, 2019; corpus wide/492). Made for these tests in that shape; the
// words and figures are invented.
const LINE =
  '1、某市财政局提前下达2019年某某补助资金预算指标绩效目标表绩效目标保障补助资金按时足额发放' +
  '绩效指标分类绩效指标绩效指标描述绩效指标评价标准评价标准确定依据优良中差' +
  '产出指标补助发放覆盖率符合条件的对象是否应发尽发98%90%80%80%按上年标准评价' +
  '补助按标准发放的比率补助标准与物价水平相适应的比率95%85%75%75%按上年标准评价' +
  '效果指标受助对象满意度(%)问卷调查中满意的对象占调查总数的比率90%80%70%70%按服务对象满意度评价';

const cellsOf = (rows: readonly Row[]) => rows.map((r) => r.cells);

describe('a graded target table run together in one line', () => {
  it('is rebuilt into its title, goal, header and rows, the thresholds parting the rows', () => {
    expect(cellsOf(gradedRunRows(LINE) ?? [])).toEqual([
      ['某市财政局提前下达2019年某某补助资金预算指标绩效目标表'],
      ['绩效目标', '保障补助资金按时足额发放'],
      ['绩效指标分类', '绩效指标', '绩效指标描述', '优', '良', '中', '差', '评价标准确定依据'],
      [
        '产出指标',
        '补助发放覆盖率',
        '符合条件的对象是否应发尽发',
        '98%',
        '90%',
        '80%',
        '80%',
        '按上年标准评价',
      ],
      [
        '',
        '补助按标准发放的比率',
        '补助标准与物价水平相适应的比率',
        '95%',
        '85%',
        '75%',
        '75%',
        '按上年标准评价',
      ],
      [
        '效果指标',
        '受助对象满意度(%)',
        '问卷调查中满意的对象占调查总数的比率',
        '90%',
        '80%',
        '70%',
        '70%',
        '按服务对象满意度评价',
      ],
    ]);
  });

  it('reads each row’s best grade as its target', async () => {
    const f = await projectFormOfText(LINE, 'graded-run.txt');
    expect(f.indicators.map((i) => [i.level1, i.name, i.target.raw, i.basis])).toEqual([
      ['产出指标', '补助发放覆盖率', '98%', '按上年标准评价'],
      ['产出指标', '补助按标准发放的比率', '95%', '按上年标准评价'],
      ['效果指标', '受助对象满意度(%)', '90%', '按服务对象满意度评价'],
    ]);
  });

  it('ends a basis at its verb, not at the 标准 inside it, and keeps what follows the table apart', () => {
    const rows = gradedRunRows(`${LINE}某市财政局提前下达2019年某某`) ?? [];
    expect(rows.at(-2)?.cells.at(-1)).toBe('按服务对象满意度评价');
    expect(rows.at(-1)?.cells).toEqual(['某市财政局提前下达2019年某某']);
  });

  it('parts thresholds written with their units (200人次180人次150人次150人次)', () => {
    const line =
      '某县财政局提前下达2019年某某培训资金预算指标绩效目标表' +
      '绩效指标分类绩效指标绩效指标描述绩效指标评价标准评价标准确定依据优良中差' +
      '产出指标培训人员到课率参加培训的人次200人次180人次150人次150人次按培训计划评价' +
      '培训合格率考试合格的比率95%90%85%85%按培训计划评价';
    expect(cellsOf(gradedRunRows(line) ?? []).slice(2)).toEqual([
      [
        '产出指标',
        '培训人员到课率',
        '参加培训的人次',
        '200人次',
        '180人次',
        '150人次',
        '150人次',
        '按培训计划评价',
      ],
      ['', '培训合格率', '考试合格的比率', '95%', '90%', '85%', '85%', '按培训计划评价'],
    ]);
  });

  it('parts thresholds in one unit no list knows, and a copy in full-width forms (1600元/亩, ≥８０人数)', () => {
    const line =
      '某县财政局提前下达2019年某某补贴资金预算指标绩效目标表' +
      '绩效指标分类绩效指标绩效指标描述绩效指标评价标准评价标准确定依据优良中差' +
      '产出指标补贴标准补贴标准1600元/亩1600元/亩1500元/亩1500元/亩按计划标准评价' +
      '补贴人数补贴人数≥８０人数≥８０人数≥７０人数≥７０人数按计划标准评价';
    const rows = readGradedRuns([{ cells: [line], table: false }]);
    expect(cellsOf(rows).slice(2)).toEqual([
      ['产出指标', '补贴标准', '', '1600元/亩', '1600元/亩', '1500元/亩', '1500元/亩', '按计划标准评价'],
      ['', '补贴人数', '', '≥80人数', '≥80人数', '≥70人数', '≥70人数', '按计划标准评价'],
    ]);
  });

  // 海南's 项目绩效目标表 (2013; corpus wide/535): 年初 | 调整后 targets before a 绩效标准 band whose grades each note
  // 年初/调整后, the best grade worded, rows in numbered name slots. Words and figures invented.
  const HAINAN =
    '评价单位(盖章):上报时间:2020年3月 5 日7项目绩效目标表项目名称:某某监测项目' +
    '指标类型绩效指标年初绩效目标调整后绩效目标(如有)绩效标准优(年初/调整后)良(年初/调整后)中(年初/调整后)差(年初/调整后)' +
    '产出指标指标1:监测报告12期全部完成无全部完成80%60%60%以下指标2:' +
    '成效指标指标:以报告的进度衡量全部完成无全部完成80%60%60%以下注:“年初”目标指编制预算时申报的目标';
  it('reads a band whose grades carry a note, a worded best grade, the targets before it and numbered slots', () => {
    const rows = cellsOf(gradedRunRows(HAINAN) ?? []);
    expect(rows).toContainEqual(['项目绩效目标表']);
    expect(rows).toContainEqual([
      '指标类型',
      '绩效指标',
      '年初绩效目标',
      '调整后绩效目标(如有)',
      '优',
      '良',
      '中',
      '差',
    ]);
    expect(rows).toContainEqual([
      '产出指标',
      '监测报告12期',
      '全部完成',
      '无',
      '全部完成',
      '80%',
      '60%',
      '60%以下',
    ]);
    expect(rows).toContainEqual([
      '成效指标',
      '以报告的进度衡量',
      '全部完成',
      '无',
      '全部完成',
      '80%',
      '60%',
      '60%以下',
    ]);
  });
  it('reads such a table as the project form it is', async () => {
    const form = await projectFormOfText(HAINAN, 'hainan.txt');
    expect(form.name).toBe('某某监测项目');
    expect(form.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['监测报告12期', '全部完成'],
      ['以报告的进度衡量', '全部完成'],
    ]);
  });

  it('leaves a line without a glued grade band, and prose naming the grades, as they were', () => {
    const plain: Row[] = [
      { cells: ['产出指标数量指标补助发放人数≥200人'], table: false },
      {
        cells: ['评价结果分为优良中差四个等级,由财政局按年度汇总评定并在网站上公布,接受社会监督。'],
        table: false,
      },
    ];
    expect(readGradedRuns(plain)).toBe(plain);
  });

  it('keeps the rows around a rebuilt line in their places, and the rows themselves without one', () => {
    const before: Row = { cells: ['附件1'], table: false, line: 1 };
    const after: Row = { cells: ['填表人：某某'], table: false, line: 3 };
    const out = readGradedRuns([before, { cells: [LINE], table: false, line: 2 }, after]);
    expect(out[0]).toBe(before);
    expect(out.at(-1)).toBe(after);
    expect(out.length).toBeGreaterThan(3);
    const plain = [before, after];
    expect(readGradedRuns(plain)).toBe(plain);
  });
});
