import { describe, expect, it } from 'vitest';
import type { EvaluationTable, TableRecord } from './evaluation-table.ts';
import { isPageChrome } from './page-chrome.ts';
import { betterReading } from './self-evaluation-document.ts';
import { unitInPublishingHeading } from './evaluation-title-name.ts';
import { selfEvaluationOfLines } from './self-evaluation-of-lines.test-support.ts';

// Made for these tests in the shape of wide/505: a county media site's 公示 of a central transfer's 自评, stored
// from after the form's head, its table one cell per paragraph, the site's footer (a QR code's text, the app's
// links) copied under the table. Names and figures are invented.
const page = (footer: string[]) => [
  '某某新闻 首页 动态 公示公告 查看内容',
  '',
  '某某县民政局2023年度中央对地方转移支付项目绩效自评情况公示',
  '',
  '2024-6-28 10:05| 发布者: 某某县人民政府| 查看: 12',
  '',
  '为困难群众发放临时救助金,保障基本生活。',
  '',
  '按程序审核发放,全年救助到位。',
  '',
  '绩效指标',
  '',
  '一级',
  '指标',
  '',
  '二级指标',
  '',
  '三级指标',
  '',
  '指标值',
  '',
  '全年实际完成值',
  '',
  '未完成原因和改进措施',
  '',
  '',
  '',
  '',
  '数量指标',
  '',
  '临时救助人次',
  '',
  '≥300人次',
  '',
  '326人次',
  '',
  ' ',
  '',
  '时效指标',
  '',
  '资金发放及时率',
  '',
  '100%',
  '',
  '95%',
  '',
  '年底集中审核延后',
  '',
  '',
  '',
  '',
  '社会效益',
  '指标',
  '',
  '困难群众基本生活保障水平',
  '',
  '有所提升',
  '',
  '提升',
  '',
  ' ',
  '',
  '满意度指标',
  '',
  '服务对象',
  '满意度指标',
  '',
  '受助群众满意度',
  '',
  '≥90%',
  '',
  '96%',
  '',
  ' ',
  '',
  ...footer,
];

const FOOTER = ['qrcode', '手机扫码,随时浏览!', '联系客服 关注微信 下载APP 返回顶部'];

describe('a site’s footer copied under a 自评表', () => {
  it('is page chrome: a QR code’s text, the app’s links, a line opening with 手机扫码', () => {
    expect(isPageChrome('qrcode')).toBe(true);
    expect(isPageChrome('联系客服 关注微信 下载APP 返回顶部')).toBe(true);
    expect(isPageChrome('手机扫码,随时浏览!')).toBe(true);
    // … but a name that opens with a short control's word, or holds a figure, is no footer.
    expect(isPageChrome('下载量')).toBe(false);
    expect(isPageChrome('二维码门牌安装数量')).toBe(false);
    expect(isPageChrome('手机扫码支付覆盖率95%')).toBe(false);
  });

  it('adds no row: the table ends where the page’s footer begins', async () => {
    const doc = await selfEvaluationOfLines(page(FOOTER), 'page.txt');
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw])).toEqual([
      ['临时救助人次', '≥300人次', '326人次'],
      ['资金发放及时率', '100%', '95%'],
      ['困难群众基本生活保障水平', '有所提升', '提升'],
      ['受助群众满意度', '≥90%', '96%'],
    ]);
    expect(doc.indicators[1]!.deviationReason).toBe('年底集中审核延后');
  });

  it('reads the same rows without a footer', async () => {
    const doc = await selfEvaluationOfLines(page([]), 'page.txt');
    expect(doc.indicators.map((i) => i.name)).toEqual([
      '临时救助人次',
      '资金发放及时率',
      '困难群众基本生活保障水平',
      '受助群众满意度',
    ]);
  });
});

describe('a copy that begins past the form’s head', () => {
  it('takes its unit from the page’s heading: the office before the year of a 绩效自评 it publishes', async () => {
    expect(unitInPublishingHeading('某某县民政局2023年度中央对地方转移支付项目绩效自评情况公示')).toBe(
      '某某县民政局',
    );
    // A heading that publishes no 自评, or names no office before its year, gives none.
    expect(unitInPublishingHeading('某某县民政局2023年度部门决算公开')).toBeNull();
    expect(unitInPublishingHeading('2023年度中央对地方转移支付项目绩效自评情况公示')).toBeNull();
    const doc = await selfEvaluationOfLines(page(FOOTER), 'page.txt');
    expect(doc.unit).toBe('某某县民政局');
  });
});

describe('two readings that agree on every row with a value', () => {
  const record = (name: string, cells: TableRecord['cells']): TableRecord => ({
    level1: null,
    level2: null,
    name,
    rest: [],
    cells,
    line: null,
  });
  const table = (records: TableRecord[]): EvaluationTable => ({
    columns: ['name', 'target', 'actual', 'reason'],
    records,
    level1Weights: [],
    start: 0,
    end: 0,
  });
  const valued = [
    record('资金发放及时率', { target: '100%', actual: '95%' }),
    record('受助群众满意度', { target: '≥90%', actual: '96%' }),
  ];

  it('takes the one with fewer rows of a name alone: those are a reason or a broken level read as rows', () => {
    const byRows = table([valued[0]!, record('年底集中审核延后', {}), record('服务对象', {}), valued[1]!]);
    const byText = table([
      record('资金发放及时率', { target: '100%', actual: '95%', reason: '年底集中审核延后' }),
      valued[1]!,
    ]);
    expect(betterReading(byRows, byText)).toBe(byText);
    expect(betterReading(byText, byRows)).toBe(byText);
  });

  it('keeps the rows’ reading where the valued rows differ', () => {
    const byRows = table([valued[0]!, record('年底集中审核延后', {}), valued[1]!]);
    const byText = table([record('资金发放及时率', { target: '100%', actual: '90%' }), valued[1]!]);
    expect(betterReading(byRows, byText)).toBe(byRows);
  });
});
