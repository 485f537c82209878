import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for these tests in the `joined` shape of the variant generator (a 自评表 copied without cell breaks, the
// whole form one line). The indicator header's run of headings the lexicon knows (一级指标 … 年度指标值) stops at
// a text that is wholly the 自评表's headings run together (得分 before 分值, 未完成原因分析得分): the header is a
// 自评表's and its rows are that reader's, which cuts each row's figures by what its columns hold.
const BAND_FIRST =
  '项目绩效自评表(2023年度)项目名称某镇林场护林站建设项目业务主管部门某县林业局项目资金(万元)年初预算数' +
  '全年预算数全年执行数分值执行率得分资金总额50.048.01096.00%9预期目标按期完成建设任务' +
  '绩效指标年度指标值得分分值未完成原因分析完成值一级指标二级指标三级指标名称' +
  '产出指标数量指标护林站用房不低于300平方米1010310.5平方米质量指标项目验收合格率100%1515100%' +
  '效益指标社会效益指标护林员年人均增收不低于6000元10106000元';
const TWO_ROWS =
  '项目支出绩效自评表(2023年度)项目名称档案数字化项目主管单位某镇人民政府项目资金(万元)全年预算数' +
  '全年执行数(B)分值得分预算执行率资金总额80一级指标二级指标三级指标名称目标值未完成原因分析得分指标分值' +
  '全年完成值产出指标数量指标数字化档案卷数≥2000份10102000份质量指标数字化验收合格率≥98%101099%' +
  '效益指标社会效益指标档案查阅便利程度明显提升1010达成预期指标';
// 权重 | 得分 are the budget block's headings here, above the indicator header: its labels stay the block's.
const BUDGET_HEADINGS =
  '项目绩效自评表(2023年度)项目名称学生资助专项资金部门名称某县教育局项目实施单位某县第一中学项目资金(万元)' +
  '调整后预算数执行数(B)预算执行率权重得分年度资金总额40.540.5100%1010一级指标二级指标三级指标名称' +
  '未完成原因和改进措施完成值权重指标得分指标性质年初目标值(A)度量单位产出指标数量指标受助学生人数6001010' +
  '≥600人次产出指标质量指标资助资金发放准确率100%1010＝100%效益指标社会效益指标政策知晓率98%109≥95%';

async function rowsOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(`${text}\n`), 'joined.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  const rows = doc?.kind === 'self-evaluation' ? doc.indicators : [];
  return rows.map((r) => [r.name, r.target?.raw, r.actual?.raw ?? null, r.weight, r.score]);
}

describe('a joined 自评表 header stopped by a text of the 自评表’s headings', () => {
  it('keeps a comparator and its figure out of the names (得分 run into 分值)', async () => {
    const rows = await rowsOf(BAND_FIRST);
    expect(rows.map((r) => r[0])).toEqual(['护林站用房', '项目验收合格率', '护林员年人均增收']);
    expect(rows).toContainEqual(['项目验收合格率', '100%', '100%', '15', '15']);
    expect(rows).toContainEqual(['护林员年人均增收', '不低于6000元', '6000元', '10', '10']);
  });

  it('reads each row’s actual, weight and score (未完成原因分析得分 as one text)', async () => {
    const rows = await rowsOf(TWO_ROWS);
    expect(rows).toEqual([
      ['数字化档案卷数', '≥2000份', '2000份', '10', '10'],
      ['数字化验收合格率', '≥98%', '99%', '10', '10'],
      ['档案查阅便利程度', '明显提升', '达成预期指标', '10', '10'],
    ]);
  });

  it('leaves a budget block’s 权重 | 得分 to the block', async () => {
    const rows = await rowsOf(BUDGET_HEADINGS);
    expect(rows).toContainEqual(['受助学生人数', '≥600人次', '600', '10', '10']);
    expect(rows).toContainEqual(['政策知晓率', '≥95%', '98%', '10', '9']);
  });
});
