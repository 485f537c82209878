import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { hasSlotMark, readGoalSlotRows } from './goal-slot-rows.ts';
import { withoutFillingNotes } from './filling-notes.ts';
import { joinPageMarkedLines } from './page-marked-lines.ts';
import { paragraph } from '../rows/row.ts';

// Made for these tests in the shape of a library preview of a 财政支出项目绩效目标申报表(范本) filled by hand (corpus
// wide/447): the form run together on numbered page lines, its title inside the first, labels glued to each other
// and the filled values parted by spaces; the indicator table's rows numbered 目标1 目标2 目标3 under each 二级,
// most left empty; the 填写说明 after the form.
const PAGE1 =
  '1、附件1:财政支出项目绩效目标申报表(范本)填报单位(盖章) 某县图书馆 单位代码 306010 单位名称 某县图书馆 ' +
  '项目名称 2023年图书馆免费开放项目 是否新增是 否√ 上年度预算安排资金(万元) 30 项目类型社会发展性项目√ 部门发展性项目 ' +
  '功能科目编码 2070109 功能科目名称 图书馆 项目实施单位 某县图书馆 项目负责人 张某 联系电话 0799-1234567 ' +
  '项目起止时间 2023年1月-2023年12月 项目资金申请(万元)资金总额: 32 财政拨款: 32 自有资金: 其他: ' +
  '单位职能概述 负责图书借阅和阅读推广工作。 项目概况 全年免费开放,开展阅读推广活动。 ' +
  '项目年度绩效目标 (定量目标)评价内容绩效内容参考标准绩效目标值投入 时效目标目标1 免费开放时间 国家标准 每周不少于56小时 ' +
  '目标2目标3成本目标目标1 免费开放经费支出 预算批复 ≤32万元 目标2目标3产出数量目';
const PAGE2 =
  '2、标目标1 阅读推广活动场次 上年实际 ≥24场 目标2目标3质量目标目标1 图书外借完好率 行业标准 ≥98% 目标2目标3' +
  '效益社会效益目标目标1 年接待读者人次 上年实际 ≥8万人次 目标2目标3服务对象满意度目标目标1 读者满意度 问卷调查 ≥90% ' +
  '目标2目标3单位已有的(或拟订的)保证项目实施的制度、措施 《免费开放管理制度》 填报人: 李某 填报日期: 2022年10月20日' +
  '填写说明一、项目基本情况(一) 填报单位(盖章):加盖具体填报单位公章。(二)项目名称:按规范的项目名称内容填报';

describe('a 申报表 run together on numbered page lines, its indicator rows numbered 目标1 目标2 目标3', () => {
  it('joins pages cut inside a level name (数量目 / 标)', () => {
    const rows = joinPageMarkedLines([paragraph(PAGE1), paragraph(PAGE2)]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cells[0]).toMatch(/^1、附件1:财政支出项目/);
    expect(rows[0]!.cells[0]).toContain('产出数量目标目标1 阅读推广活动场次');
  });

  it('cuts the numbered slots into rows: a slot followed by a space holds an indicator, the glued words a level', () => {
    const rows = readGoalSlotRows(joinPageMarkedLines([paragraph(PAGE1), paragraph(PAGE2)]));
    const table = rows.filter((r) => r.table).map((r) => r.cells);
    expect(table[0]).toEqual(['一级指标', '二级指标', '三级指标', '指标值确定依据', '指标值']);
    expect(table.slice(1)).toEqual([
      ['投入', '时效目标', '免费开放时间', '国家标准', '每周不少于56小时'],
      ['投入', '成本目标', '免费开放经费支出', '预算批复', '≤32万元'],
      ['产出', '数量目标', '阅读推广活动场次', '上年实际', '≥24场'],
      ['产出', '质量目标', '图书外借完好率', '行业标准', '≥98%'],
      ['效益', '社会效益目标', '年接待读者人次', '上年实际', '≥8万人次'],
      ['效益', '服务对象满意度目标', '读者满意度', '问卷调查', '≥90%'],
    ]);
    // The text after the table (the unit's measures, the signatures, the notes) stays a paragraph of its own.
    expect(rows.at(-1)!.cells[0]).toMatch(/^单位已有的/);
  });

  it('drops the 填写说明 after a form: its numbered instructions quote the form’s labels', () => {
    const rows = withoutFillingNotes([paragraph(PAGE1 + PAGE2)]);
    expect(rows[0]!.cells[0]).toMatch(/填报日期: 2022年10月20日$/);
    // Notes before any form's title are left alone.
    expect(withoutFillingNotes([paragraph('填写说明一、请如实填写。')])[0]!.cells[0]).toBe(
      '填写说明一、请如实填写。',
    );
  });

  it('reads the form: its head labels glued to each other, the budget, and the filled indicator rows only', async () => {
    const out = await importBuffer(new TextEncoder().encode([PAGE1, PAGE2].join('\n')), 'slots.txt');
    if (!out.ok) throw new Error(out.error.message);
    // Before: read as a 部门预算公开's 说明 (no form: the title stood inside a numbered line).
    expect(out.forms).toHaveLength(1);
    const f = out.forms[0]!;
    if (f.kind !== 'project') throw new Error(f.kind);
    expect([f.name, f.unit, f.budget.total]).toEqual(['2023年图书馆免费开放项目', '某县图书馆', '32']);
    expect(f.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['免费开放时间', '每周不少于56小时'],
      ['免费开放经费支出', '≤32万元'],
      ['阅读推广活动场次', '≥24场'],
      ['图书外借完好率', '≥98%'],
      ['年接待读者人次', '≥8万人次'],
      ['读者满意度', '≥90%'],
    ]);
  });
});

// Made for this test in the shape of a 市 项目支出绩效目标申报表 preview filled by hand (corpus wide/465): rows numbered
// 1. 2. 3. 4. under 一级 names written with a note on what they hold, in a 总目标 table and a 本年度 table.
describe('a 申报表 run together whose rows are numbered 1. 2. 3. 4. in two tables of their terms', () => {
  const text =
    '项目支出绩效目标申报表( 2023 年度)填报单位: 市图书馆 项目名称 古籍修复 项目属性新增项目 延续项目√ 主管部门 市文旅局 ' +
    '项目预算(万元)资金总额 40 其中:市财政资金 40 其他资金: 0 项目实施进度计划项目实施进度内容开始时间完成时间备注1. 修复 2023年3月 2023年11月 2.3.4.' +
    '总目标绩效指标一级指标二级指标指标内容指标值备注产出(工作量)指标(数量、质量、成本方面的指标)1. 修复古籍总册数 800册 2.3.4.' +
    '效益指标(经济效益、社会效益、环境效益、可持续影响等方面指标)1. 古籍保存状况 明显改善 2.3.4.满意度指标服务对象满意度指标1. 读者满意度 ≥90% ' +
    '本年度绩效指标一级指标二级指标指标内容指标值备注产出指标(数量、质量、成本方面的指标)1. 修复古籍册数 200册 2. 修复合格率 ≥98% 3.4.' +
    '效益指标(经济效益、社会效益、环境效益、可持续影响等方面指标)1.2.3.4.满意度指标服务对象满意度指标1. 读者满意度 ≥90% ' +
    '审核意见主管部门审核意见 同意 审核人: 王某 填报日期: 2022年10月20日';

  it('reads each table’s filled rows under its term, the empty numbers and the review after the tables left out', async () => {
    const out = await importBuffer(new TextEncoder().encode(text), 'numbered.txt');
    if (!out.ok) throw new Error(out.error.message);
    const f = out.forms[0]!;
    if (f.kind !== 'project') throw new Error(f.kind);
    // Before: 14 rows, the numbers and the level notes read as names and values (档案扫描总页数 right, the rest askew).
    expect(f.indicators.map((i) => [i.term, i.level1, i.name, i.target.raw])).toEqual([
      ['long', '产出指标', '修复古籍总册数', '800册'],
      ['long', '效益指标', '古籍保存状况', '明显改善'],
      ['long', '满意度指标', '读者满意度', '≥90%'],
      ['annual', '产出指标', '修复古籍册数', '200册'],
      ['annual', '产出指标', '修复合格率', '≥98%'],
      ['annual', '满意度指标', '读者满意度', '≥90%'],
    ]);
    expect([f.name, f.budget.total]).toEqual(['古籍修复', '40']);
  });
});

describe('hasSlotMark', () => {
  const byPattern = (t: string) => /(目标|指标)\d|\d[.．]\d{0,2}[.．]?\S*指标/.test(t);

  it('finds a slot number glued to a template word, or a numbered point later followed by 指标', () => {
    expect(hasSlotMark('目标1：完成培训')).toBe(true);
    expect(hasSlotMark('1.1产出指标')).toBe(true);
    expect(hasSlotMark('1.1 产出指标')).toBe(false);
    expect(hasSlotMark('完成培训任务')).toBe(false);
  });

  it('agrees with the pattern it stands for on every short text of its parts', () => {
    const parts = ['1', '.', '．', '指标', '目标', ' ', '甲'];
    let level = [''];
    const texts = new Set(level);
    for (let len = 0; len < 4; len++) {
      level = level.flatMap((t) => parts.map((p) => t + p));
      for (const t of level) texts.add(t);
    }
    for (const t of texts) expect(hasSlotMark(t), t).toBe(byPattern(t));
  });

  it('tests a passage of 20,000 numbered points joined into one cell in linear time', () => {
    const passage = '增长1.2%，比上年增加'.repeat(20_000);
    expect(hasSlotMark(passage)).toBe(false);
    expect(hasSlotMark(`${passage}指标`)).toBe(true);
  });
});
