// 绩效自评表 and 绩效运行监控表 of other provinces read as documents of their own. Fixtures are copies of
// ../shared/corpus (their `# source:` line kept), a hand re-tabulation of one run-together document and a
// table in the 财政部 layout; expectations are written by hand from the documents.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkEvaluationDocument,
  evaluationDocumentSchema,
  type EvaluationDocument,
  type MonitoringDocument,
  type SelfEvaluationDocument,
} from '@jixiao/core';
import { importBuffer, type ImportOutcome } from '../src/index.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
/** Corpus files with `|` between cells: split here until the text reader reads `|` rows itself. */
const pipesToTabs = (text: string) =>
  text
    .split('\n')
    .map((l) =>
      l.includes('|')
        ? l
            .split('|')
            .map((c) => c.trim())
            .join('\t')
        : l,
    )
    .join('\n');
const importOf = (text: string, name = 'doc.txt') => importBuffer(new TextEncoder().encode(text), name);

function only(outcome: ImportOutcome): EvaluationDocument {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  expect(outcome.forms).toEqual([]);
  expect(outcome.evaluations).toHaveLength(1);
  evaluationDocumentSchema.parse(outcome.evaluations[0]);
  return outcome.evaluations[0]!;
}

function selfEvaluation(outcome: ImportOutcome): SelfEvaluationDocument {
  const doc = only(outcome);
  if (doc.kind !== 'self-evaluation') throw new Error(doc.kind);
  return doc;
}

const rows = (doc: SelfEvaluationDocument) =>
  doc.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.actual.raw, i.weight, i.score]);

describe('corpus 017: 安徽萧县 绩效目标自评表（2023年度）, `|`-separated rows', () => {
  it('reads head, budget rows, goals and every indicator row with its 分值 and 得分', async () => {
    const doc = selfEvaluation(await importOf(pipesToTabs(fixture('selfeval-017.txt'))));
    expect(doc).toMatchObject({
      subject: 'project',
      title: '绩效目标自评表',
      name: '河西村特色种养补贴到户项目',
      unit: '张庄寨镇人民政府',
      department: '县农业农村局',
      year: 2023,
      totalWeight: null,
      total: null,
      grade: null,
    });
    expect(doc.budget).toEqual({
      initial: null,
      annual: '9.48',
      executed: '9.48',
      rate: '100',
      weight: '10',
      score: '10',
      sources: [
        {
          name: '本年财政拨款',
          initial: null,
          annual: '9.48',
          executed: '9.48',
          rate: '100',
          weight: '10',
          score: '10',
        },
        {
          name: '其他资金',
          initial: null,
          annual: null,
          executed: null,
          rate: null,
          weight: null,
          score: null,
        },
      ],
    });
    expect(doc.goals).toEqual([
      {
        expected: '落实39户特色种养业奖补政策,增加脱贫户家庭收入',
        achieved: '落实39户特色种养业奖补政策,增加脱贫户家庭收入',
      },
    ]);
    // 产 出 指 标 (50分) and 效 益 指 标 (30分): the 一级 with its stated points.
    expect(doc.level1Weights).toEqual([
      { level1: '产出指标', weight: '50' },
      { level1: '效益指标', weight: '30' },
    ]);
    expect(rows(doc)).toEqual([
      ['产出指标', '数量指标', '补助各类瓜果蔬菜种植面积', '29.5亩', '29.5亩', '20', '20'],
      ['产出指标', '数量指标', '其中桃树种植面积', '1.5亩', '1.5亩', null, null],
      ['产出指标', '数量指标', '其中苹果树种植面积', '5亩', '5亩', null, null],
      ['产出指标', '数量指标', '其中露天蔬菜', '20亩', '20亩', null, null],
      ['产出指标', '数量指标', '其中大棚蔬菜', '3亩', '3亩', null, null],
      ['产出指标', '数量指标', '补助鱼塘面积', '3亩', '3亩', '10', '10'],
      ['产出指标', '数量指标', '其中鱼塘养殖面积', '3亩', '3亩', null, null],
      ['产出指标', '数量指标', '补助家畜家禽养殖数量', '192只', '192只', '10', '10'],
      ['产出指标', '数量指标', '其中羊养殖数量', '180只', '180只', null, null],
      ['产出指标', '数量指标', '其中猪养殖数量', '12头', '12头', null, null],
      ['产出指标', '质量指标', '种植作物成活率', '95%', '95%', '5', '5'],
      ['产出指标', '质量指标', '养殖家畜家禽成活率', '95%', '100%', '5', '5'],
      [
        '效益指标',
        '经济效益指标',
        '特色产业带动增加受益农户收入(总收入)',
        '≥11.376万元',
        '12万元',
        '20',
        '20',
      ],
      ['效益指标', '社会效益指标', '受益人口数量', '90人', '90人', '10', '10'],
    ]);
    // 7 scored rows, as the ground truth counts them; the 9 其中 rows are shown, not scored.
    expect(doc.indicators.filter((i) => i.weight !== null)).toHaveLength(7);
    expect(doc.indicators[12]!.target).toMatchObject({
      kind: 'quantitative',
      op: '≥',
      value: '11.376',
      unit: '万元',
    });
    expect(checkEvaluationDocument(doc)).toEqual([]);
  });
});

describe('corpus 023: 云南永德 2022年度项目支出绩效自评表, header band flattened into one long row', () => {
  it('reads the columns by meaning, money in 元 as 万元, 指标性质 | 指标值 | 度量单位 as one value', async () => {
    const doc = selfEvaluation(await importOf(pipesToTabs(fixture('selfeval-023.txt'))));
    expect(doc).toMatchObject({
      title: '2022年度项目支出绩效自评表',
      name: '义务教育营养改善计划专项资金',
      unit: '临沧市永德县明朗中学',
      department: '永德县教育体育局',
      year: 2022,
      totalWeight: '100',
      total: '96',
      grade: '优',
    });
    // 项目资金 (元): 387664.62元 = 38.766462万元; 年初预算数 printed blank.
    expect(doc.budget).toMatchObject({
      initial: null,
      annual: '38.766462',
      executed: '38.766462',
      rate: '100',
      weight: '10',
      score: '10',
    });
    expect(doc.budget.sources.map((s) => [s.name, s.annual, s.executed])).toEqual([
      ['当年财政拨款', '38.766462', '38.766462'],
      ['上年结转资金', null, null],
      ['其他资金', null, null],
    ]);
    expect(doc.goals).toEqual([
      {
        expected: '确保每一个学生都能享受到国家政策福利,改善学生体质',
        achieved: '确保每一个学生都能享受到国家政策福利,改善学生体质',
      },
    ]);
    expect(rows(doc)).toEqual([
      ['产出指标', '数量指标', '学生受资助人数', '≧735人次', '735', '10', '10'],
      ['产出指标', '质量指标', '营养改善计划覆盖率', '≧100%', '100%', '10', '10'],
      ['产出指标', '时效指标', '资金到位及时率', '≧100%', '100%', '10', '7'],
      ['产出指标', '成本指标', '生均补助标准达标率', '═100%', '100%', '10', '10'],
      // Broken over three lines in the extraction: 减轻… | 有效 | 有效 10 10.
      ['效益指标', '经济效益指标', '减轻贫困学生家庭经济负担', '有效', '有效', '10', '10'],
      ['效益指标', '社会效益指标', '政策知晓率', '═100%', '98%', '10', '9'],
      ['效益指标', '可持续影响指标', '促进学校教育事业健康发展', '≧100%', '100%', '10', '10'],
      ['满意度指标', '服务对象满意度指标', '学生满意度', '≧95%', '100%', '10', '10'],
      ['满意度指标', '服务对象满意度指标', '家长满意度', '≧95%', '100%', '10', '10'],
    ]);
    // ═ and ≧ are read as = and ≥; the raw text stays as printed.
    expect(doc.indicators[3]!.target).toMatchObject({ raw: '═100%', op: '=', value: '100', unit: '%' });
    expect(doc.indicators[0]!.target).toMatchObject({ op: '≥', value: '735', unit: '人次' });
    // 10 + 9 × 10 = 100 分值, 10 + 86 = 96 得分: consistent. The scores are not: 资金到位及时率 met at 100 %
    // is scored 7 of 10, 政策知晓率 98 % of =100 % is scored 9 where the rule gives 9.8 (R-EVAL-10); the
    // 产出 40 / 效益 30 / 满意度 20 split is the free 90-point scheme, not the default 50/30/10 (R-EVAL-14).
    expect(checkEvaluationDocument(doc).map((f) => [f.rule, f.severity, f.path])).toEqual([
      ['R-EVAL-10', 'error', '/indicators/2/score'],
      ['R-EVAL-10', 'error', '/indicators/5/score'],
      ['R-EVAL-14', 'info', '/level1Weights'],
    ]);
  });
});

describe('corpus 019: 四川中江 绩效目标自评表（2022年度）, re-tabulated by hand from run-together text', () => {
  it('reads the table and reports its 分值 110 and 得分 110 against 总分 100 / 100', async () => {
    const doc = selfEvaluation(await importOf(fixture('selfeval-019-retabulated.txt')));
    expect(doc).toMatchObject({
      name: '中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装',
      unit: '中江县水利局',
      department: '中江县水利局',
      year: 2022,
      totalWeight: '100',
      total: '100',
    });
    expect(doc.budget).toMatchObject({
      annual: '20',
      executed: '20',
      rate: '100.00',
      weight: '10',
      score: '10',
    });
    expect(doc.level1Weights).toEqual([
      { level1: '产出指标', weight: '70' },
      { level1: '效益指标', weight: '20' },
      { level1: '满意度指标', weight: '10' },
    ]);
    expect(rows(doc).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ['产出指标', '数量指标', '安装坡面水标尺', '10'],
      ['产出指标', '数量指标', '水标尺宽度', '10'],
      ['产出指标', '质量指标', '项目(工程)验收合格率', '20'],
      ['产出指标', '时效指标', '及时(按期)开工率', '10'],
      ['产出指标', '时效指标', '及时(按期)完工率', '10'],
      ['产出指标', '成本指标', '项目计划总投资', '10'],
      ['效益指标', '社会效益指标', '受益脱贫(含监测对象)户人口数', '10'],
      ['效益指标', '社会效益指标', '群众生产生活条件改善状况', '10'],
      ['满意度指标', '服务对象满意度指标', '受益脱贫(含监测对象)户满意度', '10'],
    ]);
    expect(checkEvaluationDocument(doc).map((f) => [f.rule, f.severity, f.path])).toEqual([
      ['R-EVAL-04', 'error', '/totalWeight'],
      ['R-EVAL-09', 'error', '/total'],
      // 产出 70 / 效益 20 where the form's own note fixes 50/30/10.
      ['R-EVAL-14', 'warning', '/level1Weights'],
    ]);
  });
});

describe('corpus 018: 湖南零陵 部门整体支出绩效自评表（2021年度）, re-tabulated by hand', () => {
  it('is a department table named by its 预算单位, with the funds block and its parts', async () => {
    const doc = selfEvaluation(await importOf(fixture('selfeval-018-retabulated.txt')));
    expect(doc).toMatchObject({
      subject: 'department',
      title: '部门整体支出绩效自评表',
      name: '永州市零陵区疾病预防控制中心',
      unit: '永州市零陵区疾病预防控制中心',
      year: 2021,
    });
    expect(doc.budget).toMatchObject({
      initial: '2456.18',
      annual: '2456.18',
      executed: '2456.18',
      rate: '100',
      weight: '10',
      score: '10',
    });
    // 2299.98 + 156.2 = 2456.18: the parts by nature are kept as printed.
    expect(doc.budget.sources.filter((s) => s.annual !== null).map((s) => [s.name, s.annual])).toEqual([
      ['按收入性质分', '2456.18'],
      ['按支出性质分', '2456.18'],
      ['一般公共预算', '2456.18'],
      ['基本支出', '2299.98'],
      ['项目支出', '156.2'],
    ]);
    expect(doc.goals).toHaveLength(1);
    expect(doc.goals[0]!.expected).toMatch(/^1:适龄儿童国家免疫规划接种率/);
    expect(doc.indicators).toEqual([]);
  });
});

describe('corpus 015: 湖北襄阳 2021年度财政项目绩效自评表, re-tabulated by hand', () => {
  it('reads the 20-point budget row (分值 from its heading) and 年初目标值(A) | 实际完成值(B) | 得分 rows', async () => {
    const doc = selfEvaluation(await importOf(fixture('selfeval-015-retabulated.txt')));
    expect(doc).toMatchObject({
      name: '东津院区建设补助',
      unit: '襄阳市中心医院',
      department: '襄阳市卫生健康委',
      year: 2021,
    });
    expect(doc.budget).toEqual({
      initial: null,
      annual: '1000',
      executed: '1000',
      rate: '100',
      weight: '20',
      score: '20',
      sources: [],
    });
    expect(rows(doc)).toEqual([
      ['产出指标', '数量指标', '成本控制', '不超过预算', '不超过预算', null, '10'],
      ['产出指标', '质量指标', '保证财政建设补助专款专用', '专款专用', '专款专用', null, '10'],
      ['产出指标', '成本指标', '每年财政补助1000万元', '1000万元', '1000万元', null, '10'],
      ['产出指标', '时效指标', '1年', '1年', '1年', null, '10'],
      [
        '效益指标',
        '经济效益指标',
        '完成东津院区建设,医院东津医疗收入达到5亿元',
        '5亿元',
        '6.47亿元',
        null,
        '10',
      ],
    ]);
    // 20 + 5 × 10 = 70: the visible sum of the ground truth.
    expect(doc.indicators.reduce((s, i) => s + Number(i.score), Number(doc.budget.score))).toBe(70);
  });
});

describe('corpus 020: 湖南衡山 2020年度县级专项资金绩效目标自评表, re-tabulated by hand', () => {
  it('reads a template without 分值/得分: 16 rows, spaced labels, the left cells a page break repeats', async () => {
    const doc = selfEvaluation(await importOf(fixture('selfeval-020-retabulated.txt')));
    expect(doc).toMatchObject({
      name: '县级储备粮',
      unit: '粮食调控储备与产业发展股',
      department: '衡山县商务和粮食局',
      year: 2020,
      total: null,
    });
    expect(doc.budget).toMatchObject({
      annual: '194.9',
      executed: '194.9',
      rate: '100',
      weight: null,
      score: null,
    });
    expect(doc.goals).toEqual([{ expected: '保持和稳定地方粮食储备机制', achieved: '地方储备粮食规模达标' }]);
    expect(doc.indicators).toHaveLength(16);
    expect(doc.indicators.every((i) => i.weight === null && i.score === null)).toBe(true);
    expect(doc.indicators.map((i) => i.level2)).toEqual([
      ...Array(2).fill('数量指标'),
      ...Array(3).fill('质量指标'),
      ...Array(2).fill('时效指标'),
      ...Array(2).fill('成本指标'),
      ...Array(2).fill('经济效益指标'),
      ...Array(2).fill('生态效益指标'),
      '可持续影响指标',
      ...Array(2).fill('服务对象满意度指标'),
    ]);
    // The unmet target and its reason, as printed (no score column to show it).
    expect(doc.indicators[10]).toMatchObject({
      name: '政策性挂账利息补贴保障率',
      target: { raw: '100%' },
      actual: { raw: '无', kind: 'qualitative' },
      deviationReason: '没有轮换、动用库存',
    });
    expect(doc.indicators[0]!.name).toBe('5000吨稻谷、500吨成品粮储备到位率');
    expect(checkEvaluationDocument(doc)).toEqual([]);
  });
});

describe('corpus 024: 重庆梁平 部门整体绩效自评表, part re-tabulated by hand', () => {
  it('reads a table without levels (指标名称 | 计量单位 | 指标性质 | 指标值 | 指标权重(分) | …) and the 总分 in the head', async () => {
    const doc = selfEvaluation(await importOf(fixture('selfeval-024-retabulated.txt')));
    // The department is named in the title; 主管部n is the OCR spelling the corpus prints.
    expect(doc).toMatchObject({
      subject: 'department',
      name: '重庆市梁平区林业局',
      department: '重庆市梁平区林业局',
      year: 2023,
      total: '97.93',
    });
    // Amounts whose integer parts were lost (.32) are not guessed; the 执行率 printed without % is kept.
    expect(doc.budget).toMatchObject({ initial: null, annual: null, executed: null });
    expect(doc.budget.sources).toEqual([
      {
        name: '财政拨款',
        initial: null,
        annual: null,
        executed: null,
        rate: '79.27',
        weight: '10',
        score: '7.93',
      },
    ]);
    expect(rows(doc)).toEqual([
      [null, null, '天然林和公益林管护当期任务完成率', '90%', '100', '10', '10'],
      [null, null, '森林火灾受害率', '0.9%', '0', '10', '10'],
      [null, null, '主要林业有害生物成灾率', '0.4%', '0.1', '10', '10'],
    ]);
  });
});

describe('a 项目支出绩效自评表 in the 财政部 layout (tab-separated rows of a Word table)', () => {
  const text = fixture('selfeval-mof-layout.txt');

  it('reads 年初预算数 / 全年预算数 / 全年执行数 per source, blanks (—) left out by what the figures are', async () => {
    const doc = selfEvaluation(await importOf(text));
    expect(doc).toMatchObject({
      name: '社区居家养老服务补助项目',
      unit: '某市社会福利中心',
      department: '某市民政局',
      year: 2023,
    });
    expect(doc.budget).toMatchObject({
      initial: '120.00',
      annual: '118.50',
      executed: '112.58',
      rate: '95.00',
      weight: '10',
      score: '9.50',
    });
    expect(
      doc.budget.sources.map((s) => [s.name, s.initial, s.annual, s.executed, s.rate, s.weight]),
    ).toEqual([
      ['当年财政拨款', '100.00', '98.50', '94.58', '96.02', null],
      ['上年结转资金', '20.00', '20.00', '18.00', '90.00', null],
      ['其他资金', null, null, null, null, null],
    ]);
    expect(doc.goals).toHaveLength(1);
    expect(doc.goals[0]!.achieved).toMatch(/^全年为2850名老人/);
    expect(doc.indicators).toHaveLength(7);
    expect(doc.indicators[0]).toMatchObject({
      name: '服务老人人数',
      weight: '15',
      score: '14.25',
      deviationReason: '部分老人入住养老机构，服务人数减少；下年按摸底数据调整目标',
    });
    expect(doc.indicators[3]!.target).toMatchObject({ op: '≤', value: '400', unit: '元/人/月' });
    expect([doc.totalWeight, doc.total]).toEqual(['100', '98.75']);
    expect(checkEvaluationDocument(doc)).toEqual([]);
  });

  it('a 总分 that is not the sum of the scores is an error', async () => {
    const doc = selfEvaluation(await importOf(text.replace('\t100\t98.75', '\t100\t96.75')));
    expect(checkEvaluationDocument(doc).map((f) => [f.rule, f.messageId])).toEqual([
      ['R-EVAL-09', 'totalMismatch'],
    ]);
  });
});

describe('corpus 028: 黄石市项目支出绩效监控表 (申遗), `|`-separated rows', () => {
  it('reads the budget to date, the half-year period and the rows with their likelihood', async () => {
    const doc = only(await importOf(pipesToTabs(fixture('monitor-028.txt'))));
    expect(doc.kind).toBe('monitoring');
    const mon = doc as MonitoringDocument;
    expect(mon).toMatchObject({
      title: '黄石市项目支出绩效监控表 (申遗)',
      name: '申遗经费',
      unit: '黄石市文物局(湖北水泥遗址博物馆)',
      department: '黄石市文化和旅游局',
      year: 2019,
      period: '1—6月',
      month: 6,
      budget: { initial: '220', annual: null, executed: '87.57', expectedFullYear: null, rate: null },
      deviationReason: null,
      measures: null,
    });
    // 质量 | and 时效 | are empty slots of the template, not indicators.
    expect(
      mon.indicators.map((i) => [i.level1, i.name, i.target.raw, i.actualToDate.raw, i.likelihood]),
    ).toEqual([
      ['产出指标', '成本', '年度预算220万元', '按进度执行,已使用约40%', '确定能'],
      [
        '效益指标',
        '社会效益',
        expect.stringMatching(/^开展黄石矿冶工业遗产突出普遍价值研究.*推动申遗工作。$/),
        '',
        '确定能',
      ],
    ]);
  });
});

describe('reports and tables that cannot be read by cells say what they are', () => {
  it.each([
    ['selfeval-025.txt', /^这是绩效评价（自评）报告，是文字报告而不是表格/],
    ['selfeval-026.txt', /^这是绩效评价（自评）报告/],
    ['selfeval-027.txt', /^这是绩效评价（自评）报告/],
    ['monitor-029.txt', /^这是绩效运行监控报告，是文字报告而不是表格/],
    ['monitor-030.txt', /^这是绩效运行监控报告/],
  ])('%s is a prose report: refused with its kind, not half-read', async (file, message) => {
    const outcome = await importOf(pipesToTabs(fixture(file)));
    expect(outcome).toMatchObject({ ok: false, error: { code: 'unsupported-form' } });
    if (!outcome.ok) expect(outcome.error.message).toMatch(message);
  });

  // Cells run together in one paragraph (016, 018–020, 024): read from the text by the header's column order and
  // the form's arithmetic (得分 ≤ 分值, fused digits cut where 执行率 = 执行数 ÷ 预算数).
  it.each([
    'selfeval-016.txt',
    'selfeval-018.txt',
    'selfeval-019.txt',
    'selfeval-020.txt',
    'selfeval-024.txt',
  ])('%s (cells run together) is read as a 自评表, not refused', async (file) => {
    const outcome = await importOf(fixture(file));
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.evaluations.map((e) => e.kind)).toEqual(['self-evaluation']);
  });

  it('selfeval-019.txt (one paragraph): 分值 | 年度指标值 | 全年实际值 | 得分 told apart in 20100%100%20', async () => {
    const outcome = await importOf(fixture('selfeval-019.txt'));
    const doc = outcome.ok ? outcome.evaluations[0] : undefined;
    if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    const row = (name: string) => doc.indicators.find((i) => i.name === name);
    expect(doc.indicators).toHaveLength(9);
    expect(row('项目(工程)验收合格率')).toMatchObject({
      weight: '20',
      score: '20',
      target: { raw: '100%' },
      actual: { raw: '100%' },
    });
    expect(row('项目计划总投资')).toMatchObject({ weight: '10', target: { raw: '20万元' } });
    expect(doc.budget).toMatchObject({
      annual: '20',
      executed: '20',
      weight: '10',
      rate: '100.00',
      score: '10',
    });
    expect([doc.totalWeight, doc.total]).toEqual(['100', '100']);
  });

  // 015's cells, re-tabulated by the tokenizer, give its project and some indicators (not yet all its scores).
  it('selfeval-015.txt (cells run together) is read as a 自评表 of its project', async () => {
    const outcome = await importOf(fixture('selfeval-015.txt'));
    expect(outcome.ok && outcome.evaluations.map((e) => [e.kind, e.name])).toEqual([
      ['self-evaluation', '东津院区建设补助'],
    ]);
  });
});
