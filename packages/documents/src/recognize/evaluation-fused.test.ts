import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { paragraph, type Row } from '../rows/row.ts';
import { atomsOf, cutValue } from './evaluation-atoms.ts';
import { nameOf } from './fused-name-readings.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { placeFusedFigures, readBudgetInText } from './evaluation-stream-budget.ts';
import { cellStream } from './evaluation-cells.ts';
import { keyed, segmentText } from './evaluation-text.ts';
import { recognizeSelfEvaluationDocument } from './self-evaluation-document.ts';

const rowsOf = (text: string) =>
  readFusedRows(atomsOf(text.split('|')), ['name', 'weight', 'target', 'actual', 'score', 'reason'], {
    maxWeight: null,
  });

describe('cutting fused digits', () => {
  it('reads a run as well-formed numbers, the operator on the first and the unit on the last', () => {
    expect(cutValue('20100%', 2)).toContainEqual(['20', '100%']);
    expect(cutValue('≥1020万元', 2)).toContainEqual(['≥10', '20万元']);
    // No piece with a leading zero: 2|00 and 20|0 are readings, 200| is not split into 2|00.
    expect(cutValue('200', 2)).not.toContainEqual(['2', '00']);
    expect(cutValue('200', 2)).toContainEqual(['20', '0']);
  });
});

describe('indicator rows from run-together text', () => {
  it('gives a word unit run into text (1010家长满意度) to the next name where the figures read without it', () => {
    // Made for this test from corpus 023's last two rows, run together as a .doc text layer writes them.
    const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'weight', 'score', 'reason'];
    expect(
      readFusedRows(atomsOf(['学生满意度≧95%100%1010家长满意度≧95%100%1010']), cols, { maxWeight: null }),
    ).toEqual([
      { name: '学生满意度', cells: { target: '≧95%', actual: '100%', weight: '10', score: '10' } },
      { name: '家长满意度', cells: { target: '≧95%', actual: '100%', weight: '10', score: '10' } },
    ]);
    // The unit stays with its value where it is the value's: 3家 under 指标值, then the next name.
    expect(
      readFusedRows(atomsOf(['合作企业数量≥3家3家1010群众满意度≥90%95%1010']), cols, { maxWeight: null }),
    ).toEqual([
      { name: '合作企业数量', cells: { target: '≥3家', actual: '3家', weight: '10', score: '10' } },
      { name: '群众满意度', cells: { target: '≥90%', actual: '95%', weight: '10', score: '10' } },
    ]);
  });

  it('keeps a name that starts with a figure and holds another whole, where a wrap cut it after one character', () => {
    // Made for this test after corpus 020: 5000吨稻谷、500吨成 / 品粮储备到位率, the wrap a cell boundary.
    const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'reason'];
    expect(
      readFusedRows(atomsOf(['5000吨稻谷、500吨成', '品粮储备到位率100%100%库存数量真实率100%100%']), cols, {
        maxWeight: null,
      }),
    ).toEqual([
      { name: '5000吨稻谷、500吨成品粮储备到位率', cells: { target: '100%', actual: '100%' } },
      { name: '库存数量真实率', cells: { target: '100%', actual: '100%' } },
    ]);
    // A value of one character the lexicon of such values knows stays a value.
    expect(readFusedRows(atomsOf(['设备维护及安全性', '高', '高']), cols, { maxWeight: null })).toEqual([
      { name: '设备维护及安全性', cells: { target: '高', actual: '高' } },
    ]);
  });

  it('takes no 合计 for a row value: it labels the total row under the table', () => {
    const cols: IndicatorColumn[] = ['name', 'actual', 'target'];
    // Before: 改善运行状况便捷、快速运用 | 合计 | 便于信息化应用 (the names joined over two cells, 合计 as the actual).
    expect(
      readFusedRows(atomsOf(['改善运行状况', '便捷、快速运用', '便于信息化应用', '合计']), cols, {
        maxWeight: null,
      }),
    ).toEqual([
      { name: '改善运行状况', cells: { actual: '便捷、快速运用', target: '便于信息化应用' } },
      { name: '合计', cells: {} },
    ]);
    // A name that holds the word goes on being read as one.
    expect(
      readFusedRows(atomsOf(['合计发放人数', '≥100人', '120人']), cols, { maxWeight: null }).map(
        (r) => r.name,
      ),
    ).toEqual(['合计发放人数']);
  });

  it('ends a name in the figure it sets where the target after it repeats the figure', () => {
    // Made for this test after corpus 015: 医疗收入达到5亿元 | 5亿元 | 6.47亿元 | 10 under 年初目标值 | 实际完成值 | 得分.
    const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'score'];
    expect(
      readFusedRows(atomsOf(['完成院区建设,医疗收入达到5亿元5亿元6.47亿元10床位使用率90%92%10']), cols, {
        maxWeight: null,
      }),
    ).toEqual([
      { name: '完成院区建设,医疗收入达到5亿元', cells: { target: '5亿元', actual: '6.47亿元', score: '10' } },
      { name: '床位使用率', cells: { target: '90%', actual: '92%', score: '10' } },
    ]);
  });

  it('cuts 分值 from 年度指标值 where 得分 ≤ 分值 and the actual matches the target', () => {
    expect(rowsOf('项目验收合格率20100%100%20')).toEqual([
      { name: '项目验收合格率', cells: { weight: '20', target: '100%', actual: '100%', score: '20' } },
    ]);
    expect(rowsOf('项目计划总投资1020万元20万元10')[0]!.cells).toEqual({
      weight: '10',
      target: '20万元',
      actual: '20万元',
      score: '10',
    });
  });

  it('parts rows where a score runs into the next name, and reads a text written twice as target and actual', () => {
    expect(rowsOf('安装水标尺10|≥266米|≥266米|10群众生活条件改善状况10显著提升显著提升10')).toEqual([
      { name: '安装水标尺', cells: { weight: '10', target: '≥266米', actual: '≥266米', score: '10' } },
      {
        name: '群众生活条件改善状况',
        cells: { weight: '10', target: '显著提升', actual: '显著提升', score: '10' },
      },
    ]);
  });

  it('keeps a deviation reason after a score below its points, and drops the template numbering 指标1', () => {
    expect(rowsOf('指标1种薯推广面积8是基本达到7加强技术指导')).toEqual([
      {
        name: '种薯推广面积',
        cells: { weight: '8', target: '是基本达到', score: '7', reason: '加强技术指导' },
      },
    ]);
  });

  it('drops the template numbering written with a colon or a mark (指标1：, 指标2、) between rows', () => {
    // Made for this test: two rows of a 自评表 whose template numbers its rows 指标1：, 指标2： (cells run together).
    const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'weight', 'score'];
    expect(
      readFusedRows(atomsOf(['指标1：完成灌区改造项目数量1个1个1010指标2:受益农户满意度≥90%95%1010']), cols, {
        maxWeight: null,
      }),
    ).toEqual([
      { name: '完成灌区改造项目数量', cells: { target: '1个', actual: '1个', weight: '10', score: '10' } },
      { name: '受益农户满意度', cells: { target: '≥90%', actual: '95%', weight: '10', score: '10' } },
    ]);
  });

  it('opens every row with the template numbering where the run opens with it (OCR pieces are no rows)', () => {
    // Made for this test after corpus 016 (宁夏, OCR'd): ≥ read as 工 before each figure, and a date name.
    const cols: IndicatorColumn[] = ['name', 'weight', 'target', 'actual', 'score'];
    const rows = readFusedRows(
      atomsOf(['指标1种薯亩均收入较鲜薯亩均收入8工5%工5%8指标2病害减少82%2%8']),
      cols,
      {
        maxWeight: 40,
      },
    );
    expect(rows.map((r) => r.name)).toHaveLength(2);
    expect(rows[1]).toEqual({
      name: '病害减少',
      cells: { weight: '8', target: '2%', actual: '2%', score: '8' },
    });
    expect(nameOf('指标12021年11月30日前完成资金支付')).toBe('2021年11月30日前完成资金支付');
    // The template's empty numbered row (指标 | 2) at the run's end still stands apart.
    expect(
      readFusedRows(
        atomsOf(['指标1学校发展能力', '100', '100', '10', '10', '指标2']),
        cols.slice(0, 1).concat(['target', 'actual', 'weight', 'score']),
        {
          maxWeight: null,
        },
      )[0],
    ).toEqual({ name: '学校发展能力', cells: { target: '100', actual: '100', weight: '10', score: '10' } });
    // Without numbering, rows open wherever a name may.
    expect(
      readFusedRows(atomsOf(['种薯亩均收入8工5%工5%8']), cols, { maxWeight: 40 }).length,
    ).toBeGreaterThan(1);
  });

  it('gives a one-word actual run into the reason after it (无没有轮换…) to the actual column', () => {
    // Made for this test after corpus 020 (湖南): 年度指标值 | 全年完成值 | 未完成原因 run together.
    const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'reason'];
    expect(
      readFusedRows(atomsOf(['利息补贴保障率100%无没有轮换、动用库存']), cols, { maxWeight: null }),
    ).toEqual([
      { name: '利息补贴保障率', cells: { target: '100%', actual: '无', reason: '没有轮换、动用库存' } },
    ]);
    // A text that opens otherwise is one actual (高质量完成), and without a reason column nothing is parted.
    expect(
      readFusedRows(atomsOf(['验收质量100%高质量完成']), cols, { maxWeight: null })[0]!.cells.actual,
    ).toBe('高质量完成');
    expect(
      readFusedRows(atomsOf(['利息补贴保障率100%无没有轮换']), ['name', 'target', 'actual'], {
        maxWeight: null,
      })[0]!.cells.actual,
    ).toBe('无没有轮换');
  });

  it('cuts a 计量单位 off the name when the header puts it right after the name', () => {
    const columns: IndicatorColumn[] = [
      'name',
      'unit',
      'op',
      'targetValue',
      'weight',
      'actual',
      'score',
      'remark',
    ];
    expect(
      readFusedRows(atomsOf(['森林火灾受害率%0.910010管护面积万亩2810810']), columns, { maxWeight: null }),
    ).toEqual([
      {
        name: '森林火灾受害率',
        cells: { unit: '%', targetValue: '0.9', weight: '10', actual: '0', score: '10' },
      },
      {
        name: '管护面积',
        cells: { unit: '万亩', targetValue: '28', weight: '10', actual: '8', score: '10' },
      },
    ]);
  });
});

describe('the budget block from run-together text', () => {
  it('cuts fused figures where 执行率 = 执行数 ÷ 预算数 and 得分 = 分值 × 执行率', () => {
    expect(
      placeFusedFigures(['202010100.00%', '10'], ['annual', 'executed', 'weight', 'rate', 'score']),
    ).toEqual({
      annual: '20',
      executed: '20',
      weight: '10',
      rate: '100.00%',
      score: '10',
    });
  });

  it('does not cut a figure printed in a cell of its own', () => {
    expect(
      placeFusedFigures(
        ['387664.62', '387664.62'],
        ['initial', 'annual', 'executed', 'weight', 'rate', 'score'],
        [true, true],
      ),
    ).toEqual({
      annual: '387664.62',
      executed: '387664.62',
    });
  });

  it('reads 得分（20分*执行率） as one label and a measure word glued to the text after a score as that text', () => {
    // Made for this test after corpus 015 (OCR): the score 20 run into the scrambled vertical label 度效标.
    const seg = keyed(
      '预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度资金总额10001000100%20度效标',
    );
    const block = readBudgetInText(seg, cellStream([paragraph(seg.text, 1)]));
    expect(block?.lines[0]).toEqual({
      name: '年度资金总额',
      total: true,
      values: { annual: '1000', executed: '1000', rate: '100', score: '20', weight: '20' },
    });
  });

  it('cuts a by-source line so that its sources add up to the 合计, amounts printed alike', () => {
    // Made for this test after wide/291 (a 随州 preview): 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率 over
    // 4.918.423.323.31(X)% — 4.9 + 18.4 = 23.3, the 合计; not 23.32 | 3.31.
    const bySource = ['other', 'other', 'other', 'other', 'annual', 'executed', 'rate'] as const;
    expect(placeFusedFigures(['4.918.423.323.31'], bySource)).toMatchObject({ annual: '23.3' });
    expect(placeFusedFigures(['12.3445.6758.0158.01'], bySource.slice(0, 6))).toMatchObject({
      annual: '58.01',
      executed: '58.01',
    });
    // One source alone equal to the 合计 proves nothing: 5.5 | 5.5 are still the 合计 and the 执行数.
    expect(placeFusedFigures(['5.5', '5.5'], bySource.slice(0, 6), [true, true])).toEqual({
      annual: '5.5',
      executed: '5.5',
    });
  });

  it('gives one amount alone on the line to the budget, not to the execution told against it', () => {
    expect(placeFusedFigures(['38.75万元'], ['initial', 'executed'], [true])).toEqual({
      initial: '38.75万元',
    });
    expect(placeFusedFigures(['38.75万元'], ['annual', 'executed'], [true])).toEqual({ annual: '38.75万元' });
    // Two amounts still fill budget and execution.
    expect(placeFusedFigures(['40', '38.75'], ['initial', 'annual', 'executed'], [true, true])).toEqual({
      annual: '40',
      executed: '38.75',
    });
  });

  it('keeps a budget read from the text alone when the rows read none, one figure as it may be', () => {
    // Made for this test after wide/112 (宁夏): the block run into one paragraph, 38.75万元 under 年初预算数.
    const doc = recognizeSelfEvaluationDocument(
      [
        paragraph(
          '项目支出绩效自评表项目名称送茶入户推广项目项目资金(万元)年初预算数全年执行数年度资金总额:38.75万元年度总体目标按期发放',
          1,
        ),
      ],
      '项目支出绩效自评表',
    );
    expect(doc?.budget).toMatchObject({ initial: '38.75', executed: null });
  });

  it('reads 分值执行率得分 as three columns, not 分值 | 执行率得分', () => {
    const seg = keyed(
      '年初预算数全年预算数全年执行数分值执行率得分年度资金总额2456.182456.182456.1810100%10年度总体目标',
    );
    const block = readBudgetInText(seg, cellStream([paragraph(seg.text, 1)]));
    expect(block?.lines[0]).toEqual({
      name: '年度资金总额',
      total: true,
      values: {
        initial: '2456.18',
        annual: '2456.18',
        executed: '2456.18',
        weight: '10',
        rate: '100',
        score: '10',
      },
    });
  });
});

describe('a 自评表 whose cells ran together', () => {
  const fused =
    '资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:202010100.00%10' +
    '绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(70分)数量指标安装水标尺10≥266米≥266米10' +
    '质量指标验收合格率20100%100%20总分100100';

  it('reads its budget, indicators (header order, level names) and the fused 总分', () => {
    const rows: Row[] = [
      paragraph('项目支出绩效自评表（2022年度）', 1),
      { cells: ['项目名称', '水标尺安装'], line: 2, table: true },
      paragraph(fused, 3),
    ];
    const doc = recognizeSelfEvaluationDocument(rows, '项目支出绩效自评表（2022年度）');
    expect(doc?.budget).toMatchObject({
      annual: '20',
      executed: '20',
      weight: '10',
      rate: '100.00',
      score: '10',
    });
    expect(
      doc?.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.actual.raw, i.weight, i.score]),
    ).toEqual([
      ['产出指标', '数量指标', '安装水标尺', '≥266米', '≥266米', '10', '10'],
      ['产出指标', '质量指标', '验收合格率', '100%', '100%', '20', '20'],
    ]);
    expect(doc?.level1Weights).toEqual([{ level1: '产出指标', weight: '70' }]);
    expect([doc?.totalWeight, doc?.total]).toEqual(['100', '100']);
    expect(segmentText(rows).text).toContain('|');
  });

  it('imports a 自评表 written in one paragraph with no title row as that 自评表', async () => {
    const text = `1、2022年度水标尺安装项目绩效自评表项目名称水标尺安装主管部门县水利局${fused}`;
    const outcome = await importBuffer(new TextEncoder().encode(text), 'x.txt');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const doc = outcome.evaluations[0];
    expect(doc?.kind).toBe('self-evaluation');
    expect(doc?.kind === 'self-evaluation' ? doc.indicators.map((i) => i.name) : []).toEqual([
      '安装水标尺',
      '验收合格率',
    ]);
  });
});

describe('dates and numbered empty rows in run-together text', () => {
  const cols: IndicatorColumn[] = ['name', 'weight', 'target', 'actual', 'score'];

  it('reads a date as one text and the figure run into its year as a figure before it', () => {
    // 分值 5 | 指标值 2021年12月完成 | 实际 2021年12月完成 | 得分 4, run together as an OCR'd preview gives them.
    expect(
      readFusedRows(atomsOf(['公用经费完成时间52021年12月完成2021年12月完成4']), cols, { maxWeight: null }),
    ).toEqual([
      {
        name: '公用经费完成时间',
        cells: { weight: '5', target: '2021年12月完成', actual: '2021年12月完成', score: '4' },
      },
    ]);
  });

  it("keeps a template's numbered empty row (指标2:) at a cell's end as text, not a figure", () => {
    expect(atomsOf(['办公所需成本415万元15万元4指标2:']).map((a) => [a.kind, a.text])).toEqual([
      ['text', '办公所需成本'],
      ['value', '415万元'],
      ['value', '15万元'],
      ['value', '4'],
      ['text', '指标2:'],
    ]);
  });
});

describe('letters OCR gives for digits', () => {
  const cols: IndicatorColumn[] = ['name', 'weight', 'target', 'actual', 'score'];

  it('reads IO after a figure as 10 where the column takes a plain number (得分)', () => {
    expect(readFusedRows(atomsOf(['保障人数102370人2370人IO']), cols, { maxWeight: null })).toEqual([
      { name: '保障人数', cells: { weight: '10', target: '2370人', actual: '2370人', score: '10' } },
    ]);
  });

  it('leaves the letters as text where the column holds a value, and a run that reads as no number', () => {
    const valueCols: IndicatorColumn[] = ['name', 'weight', 'target', 'actual'];
    expect(
      readFusedRows(atomsOf(['保障人数102370人IO']), valueCols, { maxWeight: null })[0]?.cells.actual,
    ).not.toBe('10');
    expect(atomsOf(['保障人数102370人OI']).some((a) => a.misread !== undefined)).toBe(false);
  });
});

describe('a 0 under 偏差原因 run into the figures', () => {
  it('is a fifth cell saying there is no reason, not a digit of the target', () => {
    // Made for this test after a 河北 自评表 joined into one line: 100 | 100 | 10 | 10 | 0.
    const rows = readFusedRows(
      atomsOf(['学生满意度10010010100']),
      ['name', 'target', 'actual', 'weight', 'score', 'reason'],
      { maxWeight: null },
    );
    expect(rows.map((r) => r.cells)).toEqual([
      { target: '100', actual: '100', weight: '10', score: '10', reason: '0' },
    ]);
  });
});

describe('a reason written with a figure in it', () => {
  it('stays the reason of its row, no indicator of its own (已完工,剩余3%尾款未付…。)', () => {
    // Made for this test after a 河北 自评表, one cell per line.
    const cells = [
      '指标1工程资金金额',
      '43.2',
      '37.24',
      '10',
      '9',
      '已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。',
    ];
    const rows = readFusedRows(atomsOf(cells), ['name', 'target', 'actual', 'weight', 'score', 'reason'], {
      maxWeight: null,
    });
    expect(rows).toEqual([
      {
        name: '工程资金金额',
        cells: {
          target: '43.2',
          actual: '37.24',
          weight: '10',
          score: '9',
          reason: '已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。',
        },
      },
    ]);
  });
});

describe('a count inside a sentence', () => {
  it('is no row of its own: 共计3875人(涉及…11个乡镇),发放… (wide/112)', () => {
    // Made for this test after wide/112 (宁夏 原州区, a web copy run together): the row's name is a sentence with
    // counts in it, its cells 20 | 100 | 100 | 20 after it.
    const cols: IndicatorColumn[] = ['name', 'weight', 'target', 'actual', 'score'];
    const rows = readFusedRows(atomsOf(['发放对象共计3875人(涉及11个乡镇),边销茶发放人数2010010020']), cols, {
      maxWeight: 40,
    });
    // No row is cut out of the counts (38 | 7 | 5 …): every weight read is the row's 20.
    expect(rows.map((r) => r.cells.weight).filter((w) => w !== undefined)).toEqual(['20']);
    // A row whose name a count word opens (人均…) is still a row after the figures before it.
    expect(
      readFusedRows(
        atomsOf(['培训人数≥30人30人1010人均补助标准≤500元500元1010']),
        ['name', 'target', 'actual', 'weight', 'score'],
        { maxWeight: null },
      ).map((r) => r.name),
    ).toEqual(['培训人数', '人均补助标准']);
  });
});

describe('分值 and 得分 printed to two places', () => {
  // Made for this test after a 云南 自评表 (丽江) whose last row was cut after its 分值: 95 | 10.00, no 得分.
  const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'weight', 'score', 'reason'];

  it('keeps a figure printed to two places whole rather than cut into a 分值 and a 得分 of other places', () => {
    expect(readFusedRows(atomsOf(['满意度', '≥95%', '95', '10.00']), cols, { maxWeight: null })).toEqual([
      { name: '满意度', cells: { target: '≥95%', actual: '95', weight: '10.00' } },
    ]);
    expect(readFusedRows(atomsOf(['满意度≥95%9510.00']), cols, { maxWeight: null })).toEqual([
      { name: '满意度', cells: { target: '≥95%', actual: '95', weight: '10.00' } },
    ]);
  });

  it('still cuts 分值 and 得分 of the same places out of one run (10.009.00, 2019)', () => {
    expect(
      readFusedRows(atomsOf(['执法补助经费﹦72890元7289010.009.00']), cols, { maxWeight: null }),
    ).toEqual([
      {
        name: '执法补助经费',
        cells: { target: '﹦72890元', actual: '72890', weight: '10.00', score: '9.00' },
      },
    ]);
    expect(readFusedRows(atomsOf(['验收合格率﹦100%1002019']), cols, { maxWeight: null })).toEqual([
      { name: '验收合格率', cells: { target: '﹦100%', actual: '100', weight: '20', score: '19' } },
    ]);
  });
});

describe('figures in cells of their own', () => {
  const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'score'];
  // Made for this test: 年初目标值 | 实际完成值 | 得分 copied with a space between cells, where the tokenizer
  // took 23333.56 10 for a PDF's broken decimals and joined them (tokenize.ts joinSplitDecimals).
  it('cuts an amount to four decimals the tokenizer may have joined from two cells', () => {
    const [row] = readFusedRows(atomsOf(['服务外包在岸', '20000', '23333.5610']), cols, {
      maxWeight: null,
      keptCells: true,
    });
    expect(row?.cells).toMatchObject({ target: '20000', actual: '23333.56', score: '10' });
  });

  it('keeps a whole number standing in its cell whole', () => {
    const [row] = readFusedRows(atomsOf(['参合人数', '8755', '8676']), cols, {
      maxWeight: null,
      keptCells: true,
    });
    expect(row?.cells).toMatchObject({ target: '8755', actual: '8676' });
    expect(row?.cells.score).toBeUndefined();
  });
});

describe('points in brackets beside a label', () => {
  const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'weight', 'score'];
  // Made for this test: a level's label run into the name before it with its points in brackets, then header
  // words and the row's figures, as a sheet's text layer interleaves them (…中心产出指标 (50分 ) 实际 指标值 …).
  const atoms = atomsOf([
    '某县公路养护中心产出指标 (50分 ) 实际',
    '指标值',
    '完成值',
    '6420',
    '分值',
    '6391',
    '20',
    '19',
  ]);

  it('are no row’s 分值 or 得分 (50分 is not read as 5 | 0分)', () => {
    const rows = readFusedRows(atoms, cols, { maxWeight: null });
    expect(rows.flatMap((r) => [r.cells.weight, r.cells.score])).not.toContain('5');
    expect(rows.flatMap((r) => [r.cells.weight, r.cells.score])).not.toContain('0分');
  });

  it('leave a 分值 in a cell of its own a 分值', () => {
    const rows = readFusedRows(atomsOf(['养护里程', '6420', '6391', '20分', '19分']), cols, {
      maxWeight: null,
    });
    expect(rows[0]?.cells).toMatchObject({ weight: '20分', score: '19分' });
  });
});
