import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { atomsOf } from './evaluation-atoms.ts';
import { joinNumberedRows, withoutHeadingWords, withoutUnnumberedTexts } from './numbered-scattered-rows.ts';

const rowsOf = async (text: string) => {
  const out = await importBuffer(new TextEncoder().encode(text), 'page.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation'
    ? doc.indicators.map((i) => [i.name, i.target?.raw, i.actual?.raw, i.weight, i.score])
    : [];
};

describe('a numbered template whose header a text layer took apart around its first row', () => {
  // Made for this test after wide/290 (稷山, 山西): an .xlsx's text on one line, the header's words standing after
  // the first row's name and among its figures, the 实施单位's value and a level's label between them, a level's
  // broken label and points after the last row.
  const text =
    '某县项目支出绩效自评表 (2020年度) 项目名称 某某配套资金 主管部门 某县医疗保障局 ' +
    '一级 指标 二级指标 三级指标 数量指标 指标1:参保人数 绩 效 指 标 某县医疗保险服务中心 产出 指标 (50分 ) ' +
    '实际 指标值 完成值 5200 分值 得分 偏差原因分析及改进措 施 5100 15 13 有人员死亡 导致偏差 ' +
    '质量指标 指标1:资金是否全部纳入统筹 100% 100% 15 15 时效指标 指标1:资金是否及时纳入 100% 100% 10 10 ' +
    '成本指标 指标1:每人每年补助 75元 75元 10 10 满意度 指标 服务对象满 指标1:是否满意 95% 95% 10 9 (10分 意度指标 ) 总分';

  it("gives the first row the figures after the header's words, and reads no text without a number as a row", async () => {
    const rows = await rowsOf(text);
    expect(rows).toContainEqual(['参保人数', '5200', '5100', '15', '13']);
    expect(rows).toContainEqual(['是否满意', '95%', '95%', '10', '9']);
    expect(rows).toHaveLength(5);
  });
});

describe('the pieces of the rule', () => {
  const atoms = (cells: string) => atomsOf(cells.split('|'));
  const texts = (a: ReturnType<typeof atomsOf>) => a.map((x) => x.text);

  it("drops the header's words, a word broken over two cells included, and keeps a row's own text", () => {
    expect(
      texts(withoutHeadingWords(atoms('实际|指标值|完成值|8755|分值|得分|偏差原因分析及改进措|施|8676'))),
    ).toEqual(['8755', '8676']);
    expect(texts(withoutHeadingWords(atoms('指标1:分值达标率|100%')))).toEqual(['指标1:分值达标率', '100%']);
  });

  it('joins a numbered row without figures to the figures after a text without a number, not to a numbered row', () => {
    const joined = joinNumberedRows([
      atoms('指标1:参保人数'),
      atoms('某中心产出指标 (50分 )|5200|5100|15|13'),
    ]);
    expect(texts(joined[0]!)).toEqual(['指标1:参保人数', '5200', '5100', '15', '13']);
    const kept = joinNumberedRows([atoms('指标1:参保人数'), atoms('指标2:覆盖人数|5200|5100|15|13')]);
    expect(texts(kept[0]!)).toEqual(['指标1:参保人数']);
  });

  it("keeps a figure inside a name and the next numbered row, drops texts after a row's figures", () => {
    expect(
      texts(
        withoutUnnumberedTexts(atoms('指标12:孕产妇7天访视数|214人|203人|2|1.8|(10分|指标9:0-6岁儿童数|5人')),
      ),
    ).toEqual([
      '指标12:孕产妇',
      '7天',
      '访视数',
      '214人',
      '203人',
      '2',
      '1.8',
      '指标',
      '9',
      ':',
      '0',
      // (An age's figure stays on the name's words it opens — h-joinfig40, evaluation-atoms.ts.)
      '-6岁儿童数',
      '5人',
    ]);
  });
});
