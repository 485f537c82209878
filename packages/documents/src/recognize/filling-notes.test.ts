// 填报说明 around a form: the numbered instructions quote the form's labels and are no part of it.
import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { withoutFillingNotes } from './filling-notes.ts';

const line = (text: string): Row => ({ cells: [text], table: false, line: 0 });
const row = (...cells: string[]): Row => ({ cells, table: true, line: 0 });

describe('withoutFillingNotes', () => {
  it('leaves out instructions standing before the form (a workbook’s 填报说明 sheet first), up to its title', () => {
    const rows = [
      line('填报说明'),
      line('一、本表由项目实施单位填写，经主管部门审核后报送财政部门。'),
      line('二、项目名称：按预算批复的项目全称填写；主管部门、实施单位填写全称。'),
      line('三、执行率=全年执行数/全年预算数×100%。'),
      line('项目支出绩效目标表'),
      row('项目名称', '食品安全监管'),
    ];
    expect(withoutFillingNotes(rows).map((r) => r.cells[0])).toEqual(['项目支出绩效目标表', '项目名称']);
  });

  it('keeps everything when no form title follows the instructions (nothing to tell where they end)', () => {
    const rows = [line('填报说明'), line('一、项目名称：填写全称。'), row('项目名称', '食品安全监管')];
    expect(withoutFillingNotes(rows)).toEqual(rows);
  });

  it('ends instructions on a sheet of their own with that sheet, a form without a title after them', () => {
    const sheet = (source: string, r: Row): Row => ({ ...r, source });
    const rows = [
      sheet('填报说明', line('填报说明')),
      sheet('填报说明', line('一、绩效指标：一级指标包括产出指标、效益指标、满意度指标。')),
      sheet('绩效表', row('产出指标', '数量指标', '检查户次', '120')),
    ];
    expect(withoutFillingNotes(rows).map((r) => r.cells)).toEqual([
      ['产出指标', '数量指标', '检查户次', '120'],
    ]);
  });

  it('returns the rows themselves when no notes heading is written (目标说明 is a column, not a heading)', () => {
    const rows = [line('项目支出绩效目标表'), row('名称', '目标说明'), row('年度绩效目标1', '完成各项任务')];
    expect(withoutFillingNotes(rows)).toBe(rows);
  });

  it('still leaves out notes after the form whose heading opens a longer cell', () => {
    const rows = [
      line('项目支出绩效目标表'),
      row('名称', '目标说明'),
      line('填表说明：一、项目名称：填写全称。'),
      line('二、目标说明：简要填写。'),
    ];
    expect(withoutFillingNotes(rows).map((r) => r.cells)).toEqual([
      ['项目支出绩效目标表'],
      ['名称', '目标说明'],
    ]);
  });
});
