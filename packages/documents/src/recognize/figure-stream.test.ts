import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { paragraph } from '../rows/row.ts';
import { cutFigureStream, withFigureStream, wordedTail } from './figure-stream.ts';
import { splitRunTogether } from './tokenize.ts';
import { joinPageMarkedLines } from './page-marked-lines.ts';

// Made for these tests after fresh/611's shape (a document library's preview of a central 申报表 样例): the indicator
// table run together after its header 指标 指标内容 指标值, each value a figure whose measure word runs into the next
// row's name, the preview's pages numbered 1、 2、 and broken inside a name.
const head =
  '1、附件 2:样例项目支出绩效目标申报表项 目 名 称 草原鼠害监测补助经费主管部门及代码170某某局 实施单位' +
  '草原处项目绩效目标掌握全国草原鼠害发生信息;编发年度鼠害趋势预报;开展监测员技术培训。' +
  '指标 指标内容 指标值产出指标 年度趋势报告次数 各 2 次监测点数据';
const rest =
  '2、上报次数 3000 次监测员培训人次 150 人次上报鼠害数据的草原类型种次1200 种次监测准确率 80%' +
  '效益指标 草原生产力损失量 明显减少对牧民增收的作用 通过预警减少鼠害损失,稳定牧民收入。对促进';

const read = async (text: string) => {
  const out = await importBuffer(new TextEncoder().encode(text), 'preview.txt');
  const form = out.ok ? out.forms[0] : undefined;
  return form?.kind === 'project' ? form : null;
};

describe('an indicator table run together, its rows cut by their figures', () => {
  it('cuts names and figures, the measure word kept with its figure though the next name follows it', () => {
    expect(
      cutFigureStream('年度趋势报告次数 各 2 次监测点数据上报次数 3000 次监测员培训人次 150 人次')?.parts,
    ).toEqual([
      { kind: 'text', text: '年度趋势报告次数' },
      { kind: 'value', text: '各 2 次' },
      { kind: 'text', text: '监测点数据上报次数' },
      { kind: 'value', text: '3000 次' },
      { kind: 'text', text: '监测员培训人次' },
      { kind: 'value', text: '150 人次' },
    ]);
    // 种次: a classifier and 次, one measure word; a level between rows opens its group.
    expect(cutFigureStream('草原类型种次1200 种次监测准确率 80%效益指标 覆盖牧户比例 ≥90%')?.parts).toEqual([
      { kind: 'text', text: '草原类型种次' },
      { kind: 'value', text: '1200 种次' },
      { kind: 'text', text: '监测准确率' },
      { kind: 'value', text: '80%' },
      { kind: 'level1', text: '效益指标' },
      { kind: 'text', text: '覆盖牧户比例' },
      { kind: 'value', text: '≥90%' },
    ]);
  });

  it('keeps dates, per-bases, bounds and worded comparisons with their figure', () => {
    const pairs = (text: string) => cutFigureStream(text)?.parts.map((p) => p.text);
    expect(pairs('出差人次=24人/次培训次数2次以上完工时间2021年12月31日')).toEqual([
      '出差人次',
      '=24人/次',
      '培训次数',
      '2次以上',
      '完工时间',
      '2021年12月31日',
    ]);
    expect(pairs('维护成本小于1681680元维护及时性小于24小时')).toEqual([
      '维护成本',
      '小于1681680元',
      '维护及时性',
      '小于24小时',
    ]);
  });

  it('ends the stream before a row in doubt: another figure or a comma right after its value', () => {
    const before = '培训人次150人次监测准确率80%';
    expect(cutFigureStream(`${before}新建水泥路1条2km`)?.end).toBe(before.length);
    expect(cutFigureStream(`${before}全年检测次数自愿咨询检测1000人次以上,结核病人筛查600人次`)?.end).toBe(
      before.length,
    );
  });

  it('reads no stream of one row, and ends before worded rows a level stands among', () => {
    expect(cutFigureStream('监测准确率 80%')).toBeNull();
    const cut = cutFigureStream(
      '监测准确率80%培训人次150人次社会效益指标牧民收入稳定提升生态效益指标覆盖率90%',
    );
    expect(cut?.parts.filter((p) => p.kind === 'text').map((p) => p.text)).toEqual([
      '监测准确率',
      '培训人次',
    ]);
  });

  it('leaves a 自评表 band alone: headings after the target heading make its rows the 自评表 reader’s', () => {
    const line =
      '项目名称某项目三级指标年初目标值(A)实际完成值(B)得分培训人次150人次160人次10监测准确率80%85%10';
    const tokens = splitRunTogether(line);
    expect(withFigureStream(tokens, line)).toEqual(tokens);
  });

  it('cuts worded targets off the next name where the copy kept a space between a name and its target', () => {
    expect(
      wordedTail(
        '效益指标 草原生产力损失量 明显减少对牧民增收的作用 通过预警减少鼠害损失,稳定牧民收入。对促进',
      ),
    ).toEqual([
      { kind: 'level1', text: '效益指标' },
      { kind: 'text', text: '草原生产力损失量' },
      { kind: 'value', text: '明显减少' },
      { kind: 'text', text: '对牧民增收的作用' },
      { kind: 'value', text: '通过预警减少鼠害损失,稳定牧民收入。' },
      { kind: 'text', text: '对促进' },
    ]);
    // Nothing cut: no reading of its own (the pieces are left to the other rules).
    expect(wordedTail('草原生产力损失量 明显减少')).toBeNull();
  });

  it("joins a preview's pages where the break falls inside such a table", () => {
    const rows = joinPageMarkedLines([paragraph(head), paragraph(rest)]);
    expect(rows.map((r) => r.cells.join(''))).toEqual([head + rest.slice(2)]);
  });

  it('reads the form: levels from the 指标 column, each name with its figure and unit', async () => {
    const form = await read(`资源描述\n${head}\n\n${rest}\n`);
    expect(form?.name).toBe('草原鼠害监测补助经费');
    expect(form?.indicators.map((i) => [i.level1, i.name, i.target.raw])).toEqual([
      ['产出指标', '年度趋势报告次数', '各 2 次'],
      ['产出指标', '监测点数据上报次数', '3000 次'],
      ['产出指标', '监测员培训人次', '150 人次'],
      ['产出指标', '上报鼠害数据的草原类型种次', '1200 种次'],
      ['产出指标', '监测准确率', '80%'],
      ['效益指标', '草原生产力损失量', '明显减少'],
      ['效益指标', '对牧民增收的作用', '通过预警减少鼠害损失,稳定牧民收入。'],
      ['效益指标', '对促进', ''],
    ]);
    // The header's 指标, glued to the goal's last sentence, is no word of the goal.
    expect(form?.goals[0]?.text).toBe('掌握全国草原鼠害发生信息;编发年度鼠害趋势预报;开展监测员技术培训。');
  });

  it('reads 指标 | 指标内容 | 指标值 printed as a table the same way: the 指标 column holds the levels', async () => {
    const form = await read(
      [
        '项目支出绩效目标申报表',
        '项目名称 | 草原鼠害监测补助经费',
        '主管部门 | 某某局',
        '指标 | 指标内容 | 指标值',
        '产出指标 | 年度趋势报告次数 | 2次',
        ' | 监测准确率 | 80%',
        '效益指标 | 草原生产力损失量 | 明显减少',
        '',
      ].join('\n'),
    );
    expect(form?.indicators.map((i) => [i.level1, i.name, i.target.raw])).toEqual([
      ['产出指标', '年度趋势报告次数', '2次'],
      ['产出指标', '监测准确率', '80%'],
      ['效益指标', '草原生产力损失量', '明显减少'],
    ]);
  });
});
