import { describe, expect, it } from 'vitest';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks,
// the whole form one line): where one row's target ends and the next row's name starts.
const HEAD =
  '项目支出绩效目标表(2023年度)项目名称某县文体中心运营经费主管部门某县文化旅游体育局年度资金总额(万元)40';

function rowsOf(text: string) {
  return nameTargetRowsOfText(`${HEAD}${text}\n`);
}

describe('a head field’s label opening the next name after a percentage', () => {
  it('is words of that name where the word goes on (项目资金 | 专项核算 is 项目资金专项核算)', async () => {
    expect(
      await rowsOf(
        '一级指标二级指标指标名称指标值产出指标成本指标资金到位率资金到位率达100％项目资金专项核算专款专用时效指标支出进度支出进度达到90％以上',
      ),
    ).toEqual([
      ['资金到位率', '资金到位率达100％'],
      ['项目资金专项核算', '专款专用'],
      ['支出进度', '支出进度达到90％以上'],
    ]);
  });
});

describe('定性 between a name and its worded target', () => {
  it('parts them where the name quotes a term (“文化+”)', async () => {
    expect(
      await rowsOf(
        '一级指标二级指标三级指标计算符号目标值计量单位效益指标社会效益指标推动“文化+”产业融合发展定性效果良好满意度指标服务对象满意度指标群众满意度≥95%',
      ),
    ).toEqual([
      ['推动“文化+”产业融合发展', '效果良好'],
      ['群众满意度', '≥95%'],
    ]);
  });
});

describe('a year’s end as a target under 计算符号 | 目标值 | 计量单位', () => {
  it('is one value (2025年年底前), not a year and a row of its own', async () => {
    expect(
      await rowsOf(
        '一级指标二级指标三级指标计算符号目标值计量单位产出指标时效指标完成时间2025年年底前质量指标活动完成率100%',
      ),
    ).toEqual([
      ['完成时间', '2025年年底前'],
      ['活动完成率', '100%'],
    ]);
  });
});

describe('a period’s base printed after a full stop (元/人.每天)', () => {
  it('stays the value’s: no name opens with a full stop', async () => {
    expect(
      await rowsOf(
        '一级指标二级指标三级指标指标值产出指标成本指标学员补助标准17元/人.每天补助资金到位率>=90%数量指标补助学员数量168人',
      ),
    ).toEqual([
      ['学员补助标准', '17元/人.每天'],
      ['补助资金到位率', '>=90%'],
      ['补助学员数量', '168人'],
    ]);
  });
});

describe('a name its target writes again, under 指标性质 | 目标值 | 计量单位', () => {
  const HEADER = '一级指标二级指标指标名称指标性质目标值计量单位';

  it('is written once; the restated words open the target (资金到位率 | 资金到位率达100%)', async () => {
    expect(
      await rowsOf(
        `${HEADER}产出指标成本指标资金到位率资金到位率达100%产出指标时效指标预算支出进度预算支出进度达到90%以上`,
      ),
    ).toEqual([
      ['资金到位率', '资金到位率达100%'],
      ['预算支出进度', '预算支出进度达到90%以上'],
    ]);
  });

  it('leaves a name not written twice as it stands (项目资金到位率 | 100%)', async () => {
    expect(await rowsOf(`${HEADER}产出指标成本指标项目资金到位率100%`)).toEqual([['项目资金到位率', '100%']]);
  });
});

describe('a measure word after a marked figure, before the next name (不低于100组 | 实验室…)', () => {
  it('is the figure’s where the words after it open a name (组 counts batches)', async () => {
    expect(
      await rowsOf(
        '一级指标二级指标三级指标指标值产出指标数量指标抽检批次不低于100组仪器维修维护不低于4次组织培训次数不低于3次',
      ),
    ).toEqual([
      ['抽检批次', '不低于100组'],
      ['仪器维修维护', '不低于4次'],
      ['组织培训次数', '不低于3次'],
    ]);
  });
});

describe('a name opening with a measure word’s character after a marked figure (组织…)', () => {
  it('keeps its words: 组织 opens names', async () => {
    expect(
      await rowsOf('一级指标二级指标三级指标指标值产出指标数量指标宣传活动场次不低于10组织实施率100%'),
    ).toEqual([
      ['宣传活动场次', '不低于10'],
      ['组织实施率', '100%'],
    ]);
  });
});

describe('a name opening with 人均 after a marked figure', () => {
  it('keeps its 人: 人均 opens names, as after a bare figure', async () => {
    expect(
      await rowsOf('一级指标二级指标三级指标指标值产出指标数量指标培训农户不少于300人均增收额≥500元'),
    ).toEqual([
      ['培训农户', '不少于300'],
      ['人均增收额', '≥500元'],
    ]);
  });
});

describe('a period the target is counted per, before its comparator (每周不少于42小时)', () => {
  it('opens the target, not the name’s last words', async () => {
    expect(
      await rowsOf(
        '一级指标二级指标三级指标指标值产出指标时效指标开放时间每周不少于42小时质量指标结业率≥90%',
      ),
    ).toEqual([
      ['开放时间', '每周不少于42小时'],
      ['结业率', '≥90%'],
    ]);
  });
});

describe('a period’s base after a full stop where the rows are cut by their marked values (元/人.每天)', () => {
  it('stays the value’s under a header that names the value before the levels', async () => {
    expect(
      await rowsOf(
        '绩效指标指标值一级指标二级指标指标名称产出指标成本指标学员补助标准17元/人.每天补助资金到位率90%以上数量指标补助学员数量168人',
      ),
    ).toEqual([
      ['学员补助标准', '17元/人.每天'],
      ['补助资金到位率', '90%以上'],
      ['补助学员数量', '168人'],
    ]);
  });
});

describe('a measure word going on at a row’s end (≥80人数)', () => {
  it('opens no row: two characters before a level are no name (人数 is no 人均-like opening there)', async () => {
    // (The reader keeps ≥80人 as on main; what is tested is that 人数 makes no third row.)
    expect(
      await rowsOf(
        '一级指标二级指标三级指标名称年初目标值产出指标数量指标发放人数≥80人数产出指标时效指标是否按时足额发放≥95%',
      ),
    ).toEqual([
      ['发放人数', '≥80人'],
      ['是否按时足额发放', '≥95%'],
    ]);
  });
});

describe('a magnitude before a unit after a marked figure (=6万立方米)', () => {
  it('is the value’s unit with it, not the next name’s first words', async () => {
    expect(
      await rowsOf(
        '一级指标二级指标指标名称目标值(A)产出指标数量指标林木采伐监管(万立方米)=6万立方米林业产业(万亩)=0.5万亩质量指标工资发放准确性(%)≥95%',
      ),
    ).toEqual([
      ['林木采伐监管(万立方米)', '=6万立方米'],
      ['林业产业(万亩)', '=0.5万亩'],
      ['工资发放准确性(%)', '≥95%'],
    ]);
  });
});

describe('a period the target is counted per, in rows cut by their figures (三级指标名称 | 指标值)', () => {
  it('opens the target there too (每周不少于42小时)', async () => {
    expect(
      await rowsOf(
        '一级指标二级指标三级指标名称指标值产出指标数量指标培训班次>=40期活动场次>=60场时效指标开放时间每周不少于42小时质量指标结业率>=90%',
      ),
    ).toEqual([
      ['培训班次', '>=40期'],
      ['活动场次', '>=60场'],
      ['开放时间', '每周不少于42小时'],
      ['结业率', '>=90%'],
    ]);
  });
});
