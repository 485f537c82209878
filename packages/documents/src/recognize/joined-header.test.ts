import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { brokenHeadings, wholeHeadings, wholeJoinedHeader } from './joined-header.ts';

// Made for these tests in the shapes the variant generator's `joined` shape prints (a web page copied without
// cell breaks, as wide/502 came), with another county's words and figures.
const head =
  '项目支出绩效目标表(2024年度)项目名称某县乡村道路养护项目主管部门某县交通运输局实施单位某县公路养护中心年度资金总额(万元)320';
const body =
  '产出指标数量指标养护道路里程≥120公里质量指标养护路段合格率≥95%效益指标社会效益指标群众出行条件改善明显改善满意度指标服务对象满意度指标沿线群众满意度≥90%';
/** The headings 一级指标 | 二级指标 | 三级指标 | 指标值 broken after two characters, the top pieces first. */
const brokenTwoRows = '一级二级三级指标值指标指标指标';
const oneRow = '一级指标二级指标三级指标指标值';

const bytes = (text: string) => new TextEncoder().encode(`${text}\n`);
const read = async (text: string) => {
  const out = await importBuffer(bytes(text), 'joined.txt');
  const form = out.ok ? out.forms[0] : undefined;
  return form?.kind === 'project' ? form.indicators.map((i) => [i.name, i.target.raw]) : [];
};

describe('a form run together whose indicator header was broken over two rows', () => {
  it('reads its headings whole, in order (the top pieces are short: 指标 | 名称, not 二级指标 | 名称)', () => {
    expect(brokenHeadings('一级二级指标计划指标指标名称指标值')).toEqual([
      '一级指标',
      '二级指标',
      '指标名称',
      '计划指标值',
    ]);
    expect(wholeJoinedHeader(head + brokenTwoRows + body)).toBe(head + oneRow + body);
  });

  it('reads the indicators as the same form with its header in one row does', async () => {
    const whole = await read(head + oneRow + body);
    expect(whole.length).toBe(4);
    expect(await read(head + brokenTwoRows + body)).toEqual(whole);
  });
});

describe('a form run together under a banded header (绩效指标 over the three levels)', () => {
  const banded = `${head}绩效指标指标值一级指标二级指标三级指标${body}`;
  it('puts the band’s levels before the headings merged down both rows', () => {
    expect(wholeJoinedHeader(banded)).toBe(`${head}绩效指标${oneRow}${body}`);
  });

  it('reads the indicators as the same form with its header in one row does', async () => {
    expect(await read(banded)).toEqual(await read(head + oneRow + body));
  });
});

// The shape of wide/502 (四川, a 自评表 copied from a web page without cell breaks), its header broken over two
// rows as a narrow page prints it: 一级 / 指标, 年度 / 指标值, 实际 / 完成值 …
const selfEvaluation = [
  '普惠金融发展专项资金绩效自评表专项名称某县创业扶持专项资金省级主管部门某县财政局',
  '资金情况(万元)年度金额:120万元资金使用情况(万元)合计:96万元',
  '年度总体目标支持小微企业融资发展完成情况支持小微企业融资发展',
  '绩效目标完成情况',
].join('');
const evaluationBody =
  '产出指标数量指标创业担保贷款发放额增长率≥10%12.5%30%30质量指标创业担保贷款回收率≥90%98.70%30%30效益指标社会效益指标金融机构网点覆盖率≥60%85%20%20满意度指标服务对象满意度指标贷款个人满意度≥80%100%20%20得分合计100。';

describe('a 自评表 run together whose header was broken over two rows', () => {
  const readEvaluation = async (header: string) => {
    const out = await importBuffer(bytes(selfEvaluation + header + evaluationBody), 'joined.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    return doc?.kind === 'self-evaluation' ? doc.indicators.map((i) => [i.name, i.actual, i.score]) : [];
  };
  it('reads it as the same 自评表 with its header in one row', async () => {
    const whole = await readEvaluation('一级指标二级指标三级指标年度指标值实际完成值权重得分');
    expect(whole.length).toBe(4);
    expect(await readEvaluation('一级二级三级年度实际权重得分指标指标指标指标值完成值')).toEqual(whole);
  });
});

describe('text that holds no broken or banded header', () => {
  it('is left as it is: a header in one row, prose, a name ending like a heading before a 一级 name', () => {
    for (const text of [
      head + oneRow + body,
      '本项目完成道路养护任务,产出指标全部达到目标,效益指标明显,满意度指标达到预期要求,群众满意。',
      `${head}${oneRow}产出指标数量指标养护单位名称产出指标质量指标合格率100%`,
    ])
      expect(wholeJoinedHeader(text)).toBe(text);
  });

  it('returns on a long run of heading pieces (the search is bounded)', () => {
    const hostile = `${'一级二级指标计划'.repeat(200)}产出指标`;
    expect(typeof wholeJoinedHeader(hostile)).toBe('string');
  });
});

describe('headings with a bracketed note and broken period headings (output kept by the faster look-ups)', () => {
  it('reads headings with their notes in either bracket whole, and a period heading broken over two rows', () => {
    expect(wholeHeadings('三级指标年度指标值（A）实际完成值(B)得分')).toEqual([
      '三级指标',
      '年度指标值（A）',
      '实际完成值(B)',
      '得分',
    ]);
    expect(wholeHeadings('三级指标年度指标值（A')).toBeNull();
    expect(brokenHeadings('一级二级1-指标指标7月完成情况')).toEqual([
      '一级指标',
      '二级指标',
      '1-7月完成情况',
    ]);
  });
});
