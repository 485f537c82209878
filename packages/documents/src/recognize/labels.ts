// Field labels of the official forms, as people write them, mapped to canonical fields.
import { labelKey } from '../rows/clean-cell.ts';

export type ProjectField =
  | 'name'
  | 'code'
  | 'category'
  | 'nature'
  | 'unit'
  | 'supervisor'
  | 'executor'
  | 'leader'
  | 'phone'
  | 'leader+phone'
  | 'basis'
  | 'content'
  | 'budget.total'
  | 'budget.current'
  | 'budget.history'
  | 'budget.sources'
  | 'details'
  | 'goals'
  | 'opinion'
  | 'year';

const PROJECT_LABELS: Record<string, ProjectField> = {
  项目名称: 'name',
  项目代码: 'code',
  项目编码: 'code',
  项目编号: 'code',
  项目类别: 'category',
  项目类型: 'category',
  项目分类: 'category',
  项目属性: 'category',
  项目性质: 'nature',
  申报单位: 'unit',
  预算单位: 'unit',
  单位名称: 'unit',
  填报单位: 'unit',
  项目单位: 'unit',
  项目主管部门: 'supervisor',
  主管部门: 'supervisor',
  主管部门及代码: 'supervisor',
  项目执行单位: 'executor',
  项目实施单位: 'executor',
  实施单位: 'executor',
  执行单位: 'executor',
  项目负责人: 'leader',
  负责人: 'leader',
  项目负责人及电话: 'leader+phone',
  项目负责人及联系电话: 'leader+phone',
  负责人及联系电话: 'leader+phone',
  负责人及电话: 'leader+phone',
  联系电话: 'phone',
  联系方式: 'phone',
  立项依据: 'basis',
  项目立项依据: 'basis',
  项目申请理由: 'basis',
  申请理由: 'basis',
  项目主要内容: 'content',
  主要内容: 'content',
  项目实施内容: 'content',
  项目预算: 'budget.total',
  项目总预算: 'budget.total',
  项目总金额: 'budget.total',
  预算金额: 'budget.total',
  年度资金总额: 'budget.total',
  资金总额: 'budget.total',
  总额: 'budget.total',
  项目资金总额: 'budget.total',
  项目当年预算: 'budget.current',
  当年预算: 'budget.current',
  项目本年度预算: 'budget.current',
  本年预算: 'budget.current',
  年度预算: 'budget.current',
  项目前两年预算及当年预算变动情况: 'budget.history',
  前两年预算及当年预算变动情况: 'budget.history',
  项目资金来源: 'budget.sources',
  资金来源: 'budget.sources',
  // Templates that list the total and its sources under one label: 资金情况（万元）| 年度资金总额 | …
  资金情况: 'budget.sources',
  项目资金: 'budget.sources',
  项目资金情况: 'budget.sources',
  项目资金申请: 'budget.sources',
  资金总额及构成: 'budget.sources',
  资金构成: 'budget.sources',
  项目支出明细测算: 'details',
  项目绩效总目标: 'goals',
  绩效总目标: 'goals',
  项目绩效目标: 'goals',
  绩效目标: 'goals',
  主管部门审核意见: 'opinion',
  审核意见: 'opinion',
  年度: 'year',
  预算年度: 'year',
};

export function projectLabel(text: string): ProjectField | null {
  return PROJECT_LABELS[labelStem(text)] ?? null;
}

/** The amount unit a label states in brackets: 项目资金（元）, 资金情况（万元）. */
export function amountUnitOfLabel(text: string): '万元' | '元' | null {
  const m = /（(万元|元)）$/.exec(labelKey(text));
  return m ? (m[1] as '万元' | '元') : null;
}

/** A label without what templates add in brackets: （万元）, （盖章）, （签字）. */
function labelStem(text: string): string {
  const key = labelKey(text);
  return /）$/.test(key) ? key.replace(/（(万元|元|盖章|公章|签章|签字)）$/, '') : key;
}

export type DepartmentField =
  'department' | 'filler' | 'phone' | 'funds' | 'functions' | 'tasks' | 'projects' | 'goals' | 'year';

const DEPARTMENT_LABELS: Record<string, DepartmentField> = {
  '部门（单位）名称': 'department',
  部门名称: 'department',
  单位名称: 'department',
  部门: 'department',
  填报人: 'filler',
  联系电话: 'phone',
  部门总体资金情况: 'funds',
  部门职能概述: 'functions',
  部门职能: 'functions',
  年度工作任务: 'tasks',
  年度主要任务: 'tasks',
  项目支出情况: 'projects',
  整体绩效总目标: 'goals',
  部门整体绩效目标: 'goals',
};

export function departmentLabel(text: string): DepartmentField | null {
  return DEPARTMENT_LABELS[labelKey(text)] ?? null;
}

/** Splits "申报单位： 鄂州市行政审批局" into its label and the value written in the same cell. */
export function splitInlineLabel(text: string): { label: string; value: string } | null {
  const m = /^([^：:]{2,16})[：:]\s*(.*)$/s.exec(text.trim());
  if (!m) return null;
  return { label: m[1]!, value: m[2]!.trim() };
}
