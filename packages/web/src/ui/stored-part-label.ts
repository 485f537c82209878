// The name a user knows for a part of a monitoring entry's or self-evaluation's stored data that could not be
// read (a schema path such as `indicators[3].actual`): the form's own headings, an item by its place.
const FIELDS: Record<string, string> = {
  projectId: '项目',
  projectName: '项目名称',
  projectCode: '项目编码',
  year: '年度',
  month: '月份',
  supervisor: '主管部门',
  executor: '实施单位',
  budget: '资金情况',
  goals: '绩效目标',
  indicators: '绩效指标',
  conclusions: '结论',
  // 资金情况
  annual: '全年预算数',
  executedToDate: '截至本月执行数',
  plannedShareToDate: '分月用款计划',
  initial: '年初预算数',
  executed: '全年执行数',
  // 绩效目标
  label: '目标名称',
  expected: '预期目标',
  achieved: '实际完成情况',
  // 绩效指标
  indicatorId: '指标编号',
  goal: '所属目标',
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '年度指标值',
  actualToDate: '执行情况',
  expectedFullYear: '全年预计完成情况',
  deviationReason: '偏差原因',
  reasonText: '原因说明',
  likelihood: '完成目标可能性',
  correctiveMeasure: '纠偏措施',
  weight: '分值',
  actual: '实际完成值',
  grade: '完成情况评价',
  override: '调整后得分',
  deviationAnalysis: '偏差原因分析及改进措施',
  // 结论
  problems: '存在的问题',
  improvements: '改进措施',
};

/** `indicators[3].actual` → 绩效指标第 4 项 · 实际完成值; an empty path is the whole record. */
export function storedPartLabel(path: string): string {
  if (!path) return '全部数据';
  const names: string[] = [];
  for (const segment of path.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
    if (!m) return path; // not a path of the schema's shape: shown as it is
    const items = [...m[2]!.matchAll(/\[(\d+)\]/g)].map((x) => `第 ${Number(x[1]) + 1} 项`);
    names.push(`${FIELDS[m[1]!] ?? m[1]!}${items.join('')}`);
  }
  return names.join(' · ');
}
