import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { paragraph } from '../rows/row.ts';
import { outlineRow, readHeadingOutlines } from './heading-outline.ts';

// Made for these tests: a county bureau's notice setting one project's targets, stored from its page — the page's
// index table (发布机构 | …), the notice's title, a paragraph with the money arranged, then the targets as an
// outline of numbered headings, each row on its own line with its name and value run together, and the
// attachment's name and the bureau's signature under it.
const OUTLINE = [
  '一、产出指标',
  '(一)数量指标',
  '新建灌溉渠道长度≥12公里;',
  '(二)质量指标',
  '工程验收合格率≥98%;',
  '(三)时效指标',
  '完工时限,2024年11月底前;',
  '二、效益指标',
  '(一)社会效益指标',
  '农田灌溉条件,明显改善;',
  '(二)可持续影响指标',
  '工程使用年限≥15年。',
  '三、满意度指标',
  '受益农户满意度≥90%。',
];
const NOTICE = [
  '索 引 号 | 000000000/2024-00001 | 发文时间 | 2024-03-01 |',
  '发布机构 | 某县水利局 | 文 号 | 无 |',
  '标 题: | 某县2024年灌区渠系改造项目绩效目标设定 |',
  '县人民政府:',
  '根据有关文件精神,安排某县2024年灌区渠系改造项目资金80万元,新建渠道12公里,亩均投入不超过400元。现将绩效目标设定如下:',
  ...OUTLINE,
  '附件:某县2024年灌区渠系改造项目绩效目标表',
  '某县水利局',
  '2024年3月1日',
].join('\n');

describe('targets set out as an outline of numbered headings', () => {
  it('parts a row at its comparator, its figure or the comma before its value', () => {
    expect(outlineRow('新建灌溉渠道长度≥12公里;')).toEqual({ name: '新建灌溉渠道长度', value: '≥12公里' });
    expect(outlineRow('完工时限,2024年11月底前;')).toEqual({ name: '完工时限', value: '2024年11月底前' });
    expect(outlineRow('农田灌溉条件,明显改善;')).toEqual({ name: '农田灌溉条件', value: '明显改善' });
    expect(outlineRow('培训农民人数300人')).toEqual({ name: '培训农民人数', value: '300人' });
    // A sentence of several clauses is no row.
    expect(outlineRow('项目按计划推进,资金拨付及时,群众反映良好。')).toBeNull();
  });

  it('is rebuilt as the indicator table, each row under its 一级 and 二级', () => {
    const rows = readHeadingOutlines(OUTLINE.map((l) => paragraph(l)));
    expect(rows.map((r) => r.cells)).toEqual([
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '新建灌溉渠道长度', '≥12公里'],
      ['产出指标', '质量指标', '工程验收合格率', '≥98%'],
      ['产出指标', '时效指标', '完工时限', '2024年11月底前'],
      ['效益指标', '社会效益指标', '农田灌溉条件', '明显改善'],
      ['效益指标', '可持续影响指标', '工程使用年限', '≥15年'],
      ['满意度指标', '', '受益农户满意度', '≥90%'],
    ]);
  });

  it('leaves a report’s numbered sections alone: their lines are sentences, not rows', () => {
    const report = [
      '一、产出指标',
      '项目按计划推进,资金拨付及时,群众反映良好。',
      '二、效益指标',
      '群众生产生活条件得到改善,社会效益明显。',
    ];
    const rows = report.map((l) => paragraph(l));
    expect(readHeadingOutlines(rows)).toBe(rows);
  });

  it('reads the notice as the project’s target form: its title’s name, the publisher, the sum it arranges', async () => {
    const out = await importBuffer(new TextEncoder().encode(NOTICE), 'notice.txt');
    expect(out.ok).toBe(true);
    const form = out.ok ? out.forms[0] : undefined;
    expect(form?.kind).toBe('project');
    if (form?.kind !== 'project') return;
    expect(form.name).toBe('某县2024年灌区渠系改造项目');
    expect(form.unit).toBe('某县水利局');
    expect(form.budget.total).toBe('80');
    expect(form.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['新建灌溉渠道长度', '≥12公里'],
      ['工程验收合格率', '≥98%'],
      ['完工时限', '2024年11月底前'],
      ['农田灌溉条件', '明显改善'],
      ['工程使用年限', '≥15年'],
      ['受益农户满意度', '≥90%'],
    ]);
  });

  it('takes no sum from a paragraph that names several (a notice arranging money for more than one item)', async () => {
    const several = NOTICE.replace('新建渠道12公里', '其中渠道30万元、泵站50万元');
    const out = await importBuffer(new TextEncoder().encode(several), 'notice.txt');
    const form = out.ok ? out.forms[0] : undefined;
    expect(form?.kind === 'project' ? form.budget.total : 'no form').toBeNull();
  });
});

describe('an outline row’s value after its comma or glued on', () => {
  it('takes a value of a few words after the comma, and a date glued on without one', () => {
    expect(outlineRow('补贴标准,1130元/月/人;')).toEqual({ name: '补贴标准', value: '1130元/月/人' });
    expect(outlineRow('建设项目成本,参照政府采购成本控制;')).toEqual({
      name: '建设项目成本',
      value: '参照政府采购成本控制',
    });
    expect(outlineRow('结算误差率,±3%以内;')).toEqual({ name: '结算误差率', value: '±3%以内' });
    expect(outlineRow('项目完成时间2023年底')).toEqual({ name: '项目完成时间', value: '2023年底' });
  });
});

describe('the publisher a page’s index table names', () => {
  it('is a school, a township or a company as well as a bureau', async () => {
    for (const unit of ['某县实验小学', '某县某某镇', '某县水务投资有限公司']) {
      const text = NOTICE.replace('发布机构 | 某县水利局', `发布机构 | ${unit}`).replace(
        /\n某县水利局\n/,
        '\n',
      );
      const out = await importBuffer(new TextEncoder().encode(text), 'notice.txt');
      const form = out.ok ? out.forms[0] : undefined;
      expect(form?.kind === 'project' ? form.unit : null).toBe(unit);
    }
  });
});
