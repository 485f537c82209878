import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { keyed } from './evaluation-text.ts';
import { totalInText } from './self-evaluation-document.ts';

describe('the total of a run-together 自评表', () => {
  it('reads the grade run straight into the score (总分10096优)', () => {
    // Corpus 023's last cells, run together as a .doc text layer writes them.
    expect(totalInText(keyed('其他需要说明事项无总分10096优'))).toEqual({
      totalWeight: '100',
      total: '96',
      grade: '优',
    });
    expect(totalInText(keyed('自评总分（分）97.93优秀'))).toEqual({
      total: '97.93',
      totalWeight: null,
      grade: '优秀',
    });
  });

  it('takes a decimal score no more than 100 as it stands (总分:95.95分, not 95.9 | 5)', () => {
    // Made for this test after wide/463 (总分 written in the title line of a 湖北 自评表).
    expect(totalInText(keyed('填报日期:2020年3月10日总分:95.95分项目名称某项目'))).toEqual({
      total: '95.95',
      totalWeight: null,
    });
    expect(totalInText(keyed('总分100100'))).toEqual({ totalWeight: '100', total: '100' });
  });

  it('takes no grade from a word that goes on (中国) or where none is written', () => {
    expect(totalInText(keyed('总分10096'))).toEqual({ totalWeight: '100', total: '96' });
    expect(totalInText(keyed('自评得分95中国'))).toEqual({ total: '95', totalWeight: null });
  });
});

describe('a subtotal line of the budget block', () => {
  it('is no fund source of its own (财政资金小计 over ②市级财政资金)', async () => {
    // Made for this test: the subtotal and the one source under it print the same amounts.
    const rows = [
      '项目支出绩效自评表',
      '项目名称\t某某项目',
      '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率',
      '\t年度资金总额\t100\t100\t90\t90%',
      '\t财政资金小计\t100\t100\t90\t90%',
      '\t市级财政资金\t100\t100\t90\t90%',
      '年度总体目标\t完成项目',
    ];
    const out = await importBuffer(new TextEncoder().encode(rows.join('\n')), 'form.txt');
    const doc = out.ok ? out.evaluations?.[0] : undefined;
    if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect(doc.budget.sources.map((s) => s.name)).toEqual(['市级财政资金']);
  });
});

describe('合计 heading the budget block’s total line', () => {
  it('gives no total score: the amounts after it are over 100 (a score is out of 100)', async () => {
    // Made for this test after a template variant of wide/180: 合计 is the budget's total line, no 得分 column.
    const rows = [
      '项目支出绩效自评表',
      '项目名称\t某某项目',
      '项目资金（元）\t全年预算数\t执行数（B）\t执行率',
      '合计\t55000.00\t55,000.00\t100%',
      '一级指标\t二级指标\t三级指标\t实际完成值（B）\t指标值',
      '产出指标\t数量指标\t采购设备\t10台套\t10台套',
    ];
    const read = async (text: string[]) => {
      const out = await importBuffer(new TextEncoder().encode(text.join('\n')), 'form.txt');
      const doc = out.ok ? out.evaluations?.[0] : undefined;
      if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
      return doc;
    };
    expect((await read(rows)).total).toBeNull();
    // A 合计 row under the table with the points and the score is the total, as before.
    expect((await read([...rows, '合计\t\t\t100\t96'])).total).toBe('96');
  });
});

describe('the grade on a line of its own with one space after its label', () => {
  // Made for this test after a template variant of a 自评表 copied with single spaces between cells.
  const form = (gradeLine: string) =>
    [
      '项目绩效自评表',
      '项目名称 某项目',
      '主管部门 某局',
      '一级指标 二级指标 指标名称 得分 全年实际完成值 目标值 指标权重',
      '产出指标 数量指标 学生受资助人数 10 735 ≥735人次 10',
      '满意度指标 服务对象满意度指标 家长满意度 10 100% ≥95% 10',
      '总分 96 100',
      gradeLine,
    ].join('\n');
  const gradeOf = async (text: string) => {
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const doc = out.ok ? out.evaluations?.[0] : undefined;
    return doc?.kind === 'self-evaluation' ? doc.grade : undefined;
  };

  it('reads 评价等级 优 as the grade', async () => {
    expect(await gradeOf(form('评价等级 优'))).toBe('优');
    expect(await gradeOf(form('自评等级 良好'))).toBe('良好');
  });

  it('takes no grade from a word that is none (评价等级 待定)', async () => {
    expect(await gradeOf(form('评价等级 待定'))).toBeNull();
  });
});
