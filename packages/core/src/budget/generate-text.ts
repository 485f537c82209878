// The explanation sections 一 to 九 written from a budget: every amount, share and change against last
// year is computed here, with the wording of the official pattern (DOMAIN.md §5.1).
import { Decimal } from '../money/decimal.ts';
import { incomeSources, type Budget } from './budget-model.ts';
import { budgetTotals, incomeOf, money } from './budget-totals.ts';

export interface Section {
  title: string;
  text: string;
}

const pct = (part: Decimal, whole: Decimal) =>
  whole.isZero() ? '0.00' : part.div(whole).mul(100).toFixed(2);

/** "，比2019年预算减少620.92万元，下降11.44%" / "，与2019年预算持平"; empty when last year is unknown. */
export function changeClause(now: Decimal, before: string | null | undefined, year: number): string {
  if (before == null) return '';
  const prior = new Decimal(before);
  const delta = now.minus(prior);
  if (delta.isZero()) return `，与${year - 1}年预算持平`;
  const up = delta.gt(0);
  const rate = prior.isZero()
    ? ''
    : `，${up ? '增长' : '下降'}${delta.abs().div(prior).mul(100).toFixed(2)}%`;
  return `，比${year - 1}年预算${up ? '增加' : '减少'}${money(delta.abs())}万元${rate}`;
}

const reasonClause = (b: Budget, key: string, lead = '主要原因') => {
  const r = b.texts.reasons[key]?.trim();
  return r ? `，${lead}：${r}` : '';
};

export const glossary = [
  '1. 一般公共预算：以税收为主体的财政收入，安排用于保障和改善民生、推动经济社会发展、维护国家安全、维护国家机构正常运转等方面的收支预算。',
  '2. 政府性基金预算：对依照法律、行政法规的规定在一定期限内向特定对象征收、收取或者以其他方式筹集的资金，专项用于特定公共事业发展的收支预算。',
  '3. 一般公共预算“三公”经费：指使用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。',
  '4. 机关运行经费：为保障行政单位（包括参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用等。',
].join('\n');

export function generateSections(b: Budget): Section[] {
  const t = budgetTotals(b);
  const y = b.year;
  const ly = b.lastYear;
  const inc = (k: Parameters<typeof incomeOf>[1]) => money(incomeOf(b, k));
  // 国有资本经营预算 is stated only by a department that has it (the template's sentence does not name it).
  const sources = incomeSources.filter(([k]) => k !== 'stateCapital' || !incomeOf(b, k).isZero());
  const incomeList = sources.filter(([k]) => k !== 'specialAccount' && k !== 'carryOver');
  const econBasic = (code: string) => t.generalEconomicClass.get(code)?.basic ?? new Decimal(0);

  const s3 = [
    `按照综合预算的原则，${b.department}所有收入和支出均纳入部门预算管理。`,
    `收入包括：${incomeList.map(([k, label]) => `${label}${inc(k)}万元`).join('，')}；纳入财政专户管理资金${inc('specialAccount')}万元；上年结转${inc('carryOver')}万元。`,
    `支出包括：基本支出${money(t.basic)}万元，项目支出${money(t.project)}万元。`,
    `${y}年部门收支总预算${money(t.income)}万元${changeClause(t.income, ly.total, y)}${reasonClause(b, 'total', '主要是')}。`,
    '（一）部门收入预算安排情况：',
    `${y}年部门收入预算${money(t.income)}万元，其中：${sources
      // A source the department does not have is not a part of its income (no "0.00万元，占0.00%").
      .filter(([k]) => k === 'generalPublic' || !incomeOf(b, k).isZero())
      .map(([k, label]) => `${label}${inc(k)}万元，占${pct(incomeOf(b, k), t.income)}%`)
      .join('；')}。`,
    '（二）部门支出预算安排情况：',
    `${y}年部门支出预算${money(t.expenditure)}万元，其中：基本支出${money(t.basic)}万元，占${pct(t.basic, t.expenditure)}%；项目支出${money(t.project)}万元，占${pct(t.project, t.expenditure)}%。`,
  ];
  // 财政拨款 only: other funds' income, 其他结转 and the spending they pay for are not part of it.
  const fiscal = t.fiscalIncomeThisYear.plus(t.fiscalCarryOver);
  const carry = money(t.fiscalCarryOver);
  const stateCapitalIncome = incomeOf(b, 'stateCapital').isZero()
    ? ''
    : `；国有资本经营预算财政拨款本年收入${inc('stateCapital')}万元`;
  const s4 = [
    `${y}年财政拨款收支总预算${money(fiscal)}万元。收入包括：一般公共预算财政拨款本年收入${inc('generalPublic')}万元、上年结转${carry}万元；政府性基金预算财政拨款本年收入${inc('governmentFund')}万元、上年结转0.00万元${stateCapitalIncome}。支出包括：基本支出${money(t.fiscal.basic)}万元，项目支出${money(t.fiscal.project)}万元。`,
  ];
  const s5 = [
    // 财政拨款结转 is held as 一般公共预算 结转: it is shown here, the rest is 当年预算.
    `${y}年一般公共预算财政拨款支出预算${money(t.generalPublic)}万元，其中：当年预算${money(t.generalPublic.minus(t.fiscalCarryOver))}万元${changeClause(t.generalPublic.minus(t.fiscalCarryOver), ly.generalPublic, y)}${reasonClause(b, 'generalPublic')}；上年结转${carry}万元。主要安排情况如下：`,
    `（一）基本支出${money(t.generalPublicBasic)}万元${changeClause(t.generalPublicBasic, ly.basic, y)}${reasonClause(b, 'basic')}。其中：`,
    `1. 人员经费${money(t.personnel)}万元，包括：工资福利支出${money(econBasic('301'))}万元，对个人和家庭的补助${money(econBasic('303'))}万元。`,
    `2. 公用经费${money(t.publicFunds)}万元${changeClause(t.publicFunds, ly.publicFunds, y)}${reasonClause(b, 'publicFunds')}。`,
    `（二）项目支出${money(t.generalPublicProject)}万元${changeClause(t.generalPublicProject, ly.project, y)}${reasonClause(b, 'project')}。其中${y}年安排主要用于：`,
    ...b.projects.map(
      (p, i) =>
        `（${i + 1}）${p.name}项目${money(p.amount)}万元。${p.purpose ? `主要用于：${p.purpose.replace(/。$/, '')}。` : ''}`,
    ),
  ];
  const tp = b.threePublic;
  const lt = ly.threePublic;
  const s6 = [
    `（一）“三公”经费的单位范围：${b.texts.threePublicScope || b.department}。`,
    '（二）“三公”经费财政拨款预算情况',
    `${y}年一般公共预算财政拨款资金安排“三公”经费预算${money(t.threePublic)}万元${changeClause(t.threePublic, lt ? sumOf(lt) : null, y)}${reasonClause(b, 'threePublic')}。其中：`,
    `1. 因公出国（境）经费预算${money(tp.abroad)}万元${changeClause(new Decimal(tp.abroad), lt?.abroad, y)}${reasonClause(b, 'abroad')}。`,
    `2. 公务用车购置及运行维护费${money(t.threePublicVehicles)}万元${changeClause(t.threePublicVehicles, lt ? new Decimal(lt.vehiclePurchase).plus(lt.vehicleOperation).toFixed() : null, y)}${reasonClause(b, 'vehicles')}。`,
    `3. 公务接待费预算${money(tp.reception)}万元${changeClause(new Decimal(tp.reception), lt?.reception, y)}${reasonClause(b, 'reception')}。`,
  ];
  const s7 = t.governmentFund.isZero()
    ? [`${b.department}${y}年没有使用政府性基金预算财政拨款安排的支出。`]
    : [`${y}年政府性基金预算财政拨款支出预算${money(t.governmentFund)}万元。`];
  // 国有资本经营预算 has its own table; its amount is stated here, beside the other 财政拨款 fund.
  if (!t.stateCapital.isZero())
    s7.push(`${y}年国有资本经营预算财政拨款支出预算${money(t.stateCapital)}万元。`);
  const v = b.vehicles;
  const gfProject = b.functional.filter((l) => l.fund === 'governmentFund');
  const s8 = [
    '（一）机关运行经费情况：',
    `${y}年部门机关运行经费${money(b.operatingCosts)}万元。主要包括：办公费、印刷费、水电费、邮电费、差旅费、会议费、福利费、日常维修费、办公用房物业管理费、公务用车运行维护费及其他费用等。`,
    '（二）政府采购预算情况：',
    `按照现行政府采购管理规定，${y}年部门预算中纳入政府采购预算支出合计${money(t.procurement)}万元。包括：货物类${money(b.procurement.goods)}万元，工程类${money(b.procurement.works)}万元，服务类${money(b.procurement.services)}万元。`,
    '（三）国有资产占有使用情况：',
    `截至${y - 1}年12月31日，部门共有车辆${v.general + v.enforcement + v.special}辆。其中：一般公务用车${v.general}辆，一般执法执勤用车${v.enforcement}辆，特种专业技术车${v.special}辆。`,
    // Equipment is stated when the department holds any (most small departments hold none and say nothing).
    ...(b.assets.generalEquipment + b.assets.specialEquipment > 0
      ? [
          `单位价值50万元以上通用设备${b.assets.generalEquipment}台（套），单位价值100万元以上专用设备${b.assets.specialEquipment}台（套）。`,
        ]
      : []),
    '（四）绩效目标设置情况：',
    `${y}年部门项目绩效目标涉及一般公共预算本年财政拨款数${money(t.generalPublicProject)}万元，政府性基金预算本年财政拨款${money(gfProject.reduce((a, l) => a.plus(l.regular).plus(l.policy).plus(l.oneOff).plus(l.otherProject), new Decimal(0)))}万元。`,
  ];
  return [
    { title: '一、部门基本情况', text: b.texts.profile },
    { title: '二、年度工作目标及主要任务', text: b.texts.tasks },
    { title: '三、部门收支预算总体安排情况', text: s3.join('\n') },
    { title: '四、财政拨款收支预算总体情况', text: s4.join('\n') },
    { title: '五、一般公共预算财政拨款支出预算情况', text: s5.join('\n') },
    { title: '六、一般公共预算“三公”经费支出预算情况', text: s6.join('\n') },
    { title: '七、政府性基金预算财政拨款支出预算情况', text: s7.join('\n') },
    { title: '八、其他重要事项的情况说明', text: s8.join('\n') },
    { title: '九、专业性较强的名称解释', text: glossary },
  ];
}

function sumOf(p: {
  abroad: string;
  vehiclePurchase: string;
  vehicleOperation: string;
  reception: string;
}): string {
  return new Decimal(p.abroad).plus(p.vehiclePurchase).plus(p.vehicleOperation).plus(p.reception).toFixed();
}
