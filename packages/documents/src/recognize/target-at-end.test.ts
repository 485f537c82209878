import { describe, expect, it } from 'vitest';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';
import { judgementsBetweenNames, restatedName, targetAtEnd } from './target-at-end.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks,
// the whole form one line): each row's name and its one target in one piece, nothing marking the edge.
const HEAD =
  '项目支出绩效目标表(2022年度)项目名称某县文化下乡补助经费主管单位某县文化旅游体育局年度资金总额(万元)5' +
  '一级指标二级指标三级指标指标值';

function rowsOf(text: string) {
  return nameTargetRowsOfText(`${HEAD}${text}\n`);
}

describe('a target closing a run-together row unmarked', () => {
  it('cuts a bare figure or a date off the name where the piece ends the row', async () => {
    const rows = await rowsOf(
      '产出指标数量指标结算项目数3时效指标项目完成时间2023年底效益指标社会效益指标每千人托位4.5',
    );
    expect(rows).toContainEqual(['结算项目数', '3']);
    expect(rows).toContainEqual(['项目完成时间', '2023年底']);
    expect(rows).toContainEqual(['每千人托位', '4.5']);
  });

  it('cuts a worded target: a judgement, an adverb with its verb, an answer, an adjective on a quality', async () => {
    const rows = await rowsOf(
      '产出指标时效指标结算款支付及时性及时质量指标已建工程是否存在质量问题否效益指标社会效益指标' +
        '补助发放及时性及时发放满意度指标服务对象满意度指标补助款结算误差率低',
    );
    expect(rows).toContainEqual(['结算款支付及时性', '及时']);
    expect(rows).toContainEqual(['已建工程是否存在质量问题', '否']);
    expect(rows).toContainEqual(['补助发放及时性', '及时发放']);
    expect(rows).toContainEqual(['补助款结算误差率', '低']);
  });

  it('keeps a date whole (2025年10月底前), the month no value of its own, also before the next row', async () => {
    expect(await rowsOf('产出指标时效指标完成时限2025年10月底前')).toContainEqual([
      '完成时限',
      '2025年10月底前',
    ]);
    const rows = await rowsOf('产出指标时效指标完成时限2025年10月底前资金拨付率100%');
    expect(rows).toContainEqual(['完成时限', '2025年10月底前']);
    expect(rows).toContainEqual(['资金拨付率', '100%']);
  });

  it('reads a date range as one value before the next row (2020年1月--2020年11月 | 人工成本)', async () => {
    const rows = await rowsOf('产出指标时效指标各项费用使用周期2020年1月--2020年11月人工成本≤620万元');
    expect(rows).toContainEqual(['各项费用使用周期', '2020年1月--2020年11月']);
    expect(rows).toContainEqual(['人工成本', '≤620万元']);
  });

  it('cuts a judgement standing between two names: the first row’s target', async () => {
    const rows = await rowsOf('效益指标社会效益指标档案查阅利用效率显著提高数字化成果合格率≥99%');
    expect(rows).toContainEqual(['档案查阅利用效率', '显著提高']);
    expect(rows).toContainEqual(['数字化成果合格率', '≥99%']);
  });

  it('keeps a judgement inside a name where the name goes on after it (巩固提高情况, 已完成率)', () => {
    expect(judgementsBetweenNames('基础教育巩固提高情况')).toEqual(['基础教育巩固提高情况']);
    expect(judgementsBetweenNames('年度项目未完成项目比例')).toEqual(['年度项目未完成项目比例']);
    expect(judgementsBetweenNames('年度任务按期完成比例提升')).toEqual(['年度任务按期完成比例提升']);
  });

  it('writes a name once where its target writes it again (资金到位率资金到位率达100%)', async () => {
    const rows = await rowsOf(
      '产出指标数量指标资金到位率资金到位率达100%培训人数≥50人时效指标预算支出进度预算支出进度达到90%以上',
    );
    expect(rows).toContainEqual(['资金到位率', '资金到位率达100%']);
    expect(rows).toContainEqual(['培训人数', '≥50人']);
    expect(rows).toContainEqual(['预算支出进度', '预算支出进度达到90%以上']);
  });

  it('cuts the words after the quality a name measures, and a comparison’s word before a figure', async () => {
    const rows = await rowsOf(
      '产出指标时效指标按进度计划实施情况按计划实施成本指标成本控制率不超预算数量指标办结案件数量不低于70',
    );
    expect(rows).toContainEqual(['按进度计划实施情况', '按计划实施']);
    expect(rows).toContainEqual(['成本控制率', '不超预算']);
    expect(rows).toContainEqual(['办结案件数量', '不低于70']);
  });

  it('leaves a name whole where a value follows it on the line', async () => {
    const rows = await rowsOf('产出指标数量指标开展送戏进万村全部完成≥70村');
    expect(rows.map((r) => r[0])).not.toContain('开展送戏进万村');
  });

  it('reads no target into a name numbered by the template or too short to name anything', () => {
    expect(targetAtEnd('指标2')).toBeNull();
    expect(targetAtEnd('产出第3')).toBeNull();
    expect(targetAtEnd('质量好')).toBeNull();
    expect(targetAtEnd('按规定执行。是')).toBeNull();
  });
});

// Made for these tests (the `joined` shape: a target form copied without cell breaks, each row between two levels).
describe('a target that writes the name’s last word again with a qualifier (提供保障 | 有效保障)', () => {
  it('is cut from the name it closes', () => {
    expect(targetAtEnd('为乡村振兴提供保障坚强保障')).toEqual({
      name: '为乡村振兴提供保障',
      value: '坚强保障',
    });
  });

  it('leaves a name whose last word is not written again as it stands', () => {
    expect(targetAtEnd('为乡村振兴提供坚强保障')).toBeNull();
  });
});

// Made for these tests (the `joined` shape): a target that opens with its name's subject again, before its figure.
describe('a target writing the name’s opening words again before its figure (补贴资金按月发放 | 补贴资金足额到位100%)', () => {
  it('ends the name where the opening words come again', () => {
    expect(restatedName('补贴资金按月发放补贴资金足额到位', '100%')).toEqual({
      name: '补贴资金按月发放',
      value: '补贴资金足额到位100%',
    });
  });

  it('leaves a name whose opening words do not come again as it stands', () => {
    expect(restatedName('补贴资金按月发放率', '100%')).toEqual({ name: '补贴资金按月发放率', value: '100%' });
  });
});

describe('a name opening alike after a figure (档案扫描总页数600万页档案扫描页数 | 120万页)', () => {
  it('is the next row’s, not a target restating the name', () => {
    expect(restatedName('档案扫描总页数600万页档案扫描页数', '120万页')).toEqual({
      name: '档案扫描总页数600万页档案扫描页数',
      value: '120万页',
    });
  });
});
