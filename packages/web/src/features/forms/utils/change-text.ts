// The words of the change list (版本对比, 修改记录): where a change is, named in Chinese as the form
// names it (资金来源「财政拨款」金额, 收入构成「单位资金」2023年金额), and what it was and became as
// readable text — amounts in 万元 with two decimals, a 指标值 by its text, a whole added line by its
// name and figures. Never a model key in English, never JSON.
import type { Form } from '@jixiao/core';
import { formatWan } from '../../../ui/format.ts';

/** The form's own fields, both kinds. */
const TOP_LABELS: Record<string, string> = {
  kind: '表单类型',
  formType: '表名',
  title: '标题',
  framework: '指标体系',
  year: '年度',
  unit: '申报单位',
  supervisor: '主管部门',
  executor: '实施单位',
  name: '项目名称',
  code: '项目代码',
  category: '项目类别',
  nature: '项目性质',
  leader: '项目负责人',
  phone: '联系电话',
  basis: '立项依据',
  content: '项目主要内容',
  budget: '资金',
  details: '支出明细测算',
  goals: '绩效目标',
  indicators: '绩效指标',
  emptyLevel2: '空的二级指标',
  cutOff: '文件在本表中途截断',
  opinion: '主管部门审核意见',
  approval: '批复信息（文号、日期、财政意见、经办人、负责人）',
  mentions: '本文件另列的项目金额',
  extra: '其他内容',
  department: '部门（单位）名称',
  filler: '填报人',
  total: '资金总额',
  funds: '部门总体资金情况',
  functions: '部门职能概述',
  tasks: '年度工作任务',
  projects: '项目支出情况',
};

/** The fields of the parts of a form, by the list (or object) they sit in. */
const PART_LABELS: Record<string, Record<string, string>> = {
  budget: { total: '项目总预算', current: '当年预算', sources: '资金来源', history: '前两年预算及变动情况' },
  sources: { name: '名称', amount: '金额' },
  mentions: { text: '原文', amount: '金额' },
  details: { item: '支出内容', amount: '金额', basis: '测算依据', note: '备注' },
  goals: { term: '期限', label: '目标名称', text: '目标内容' },
  funds: { income: '收入构成', expenditure: '支出构成' },
  fundLine: { name: '项目', current: '当年金额', share: '占比', history: '近两年收支金额' },
  projects: {
    name: '项目名称',
    category: '项目类型',
    total: '项目总预算',
    current: '本年预算',
    purpose: '主要支出方向和用途',
  },
  emptyLevel2: { term: '期限', goal: '目标名称', level1: '一级指标', level2: '二级指标' },
  indicator: {
    term: '期限',
    goal: '目标名称',
    level1: '一级指标',
    level2: '二级指标',
    name: '名称',
    target: '指标值',
    history: '往年指标值',
    basis: '指标值确定依据',
    category: '指标分类',
    libraryId: '指标库条目',
    weight: '分值',
  },
};

/** The labels of every field, for the test that no field of the model is left in English. */
export const CHANGE_LABELS = { top: TOP_LABELS, parts: PART_LABELS };

const TERMS: Record<string, string> = { long: '长期', annual: '年度' };

const isLatin = (s: string) => /^[A-Za-z_]+$/.test(s);
const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');
const yearLabel = (k: string) => (/^\d{4}$/.test(k) ? `${k}年` : k);

/** The name a list item goes by in the form (资金来源「财政拨款」), else its place (第2项). */
function itemName(list: unknown, index: number, unit = '项'): string {
  const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const name = item && (item['name'] ?? item['label'] ?? item['item']);
  return typeof name === 'string' && name.trim() !== '' ? `「${name.trim()}」` : `第${index + 1}${unit}`;
}

/** Where a change is, in Chinese: "/budget/sources/0/amount" → "资金来源「财政拨款」金额". */
export function changeLabel(path: string, form: Form | null): string {
  const parts = path.split('/').slice(1).map(unescape);
  const root = form as unknown as Record<string, unknown> | null;
  const [top, ...rest] = parts;
  if (top === undefined) return '全表';
  const out: string[] = [];
  const at = (key: string) => (root ? root[key] : undefined);
  const word = (labels: Record<string, string>, key: string | undefined) =>
    key === undefined ? null : (labels[key] ?? (isLatin(key) ? null : yearLabel(key)));
  const push = (w: string | null | undefined) => {
    if (w) out.push(w);
  };

  switch (top) {
    case 'budget': {
      const [field, i, sub] = rest;
      if (field === 'sources' && i !== undefined) {
        const sources = (at('budget') as { sources?: unknown } | undefined)?.sources;
        out.push(`资金来源${itemName(sources, Number(i))}`);
        push(word(PART_LABELS.sources!, sub));
      } else push(word(PART_LABELS.budget!, field) ?? TOP_LABELS.budget!);
      break;
    }
    case 'funds': {
      const [side, i, field, key] = rest;
      const sideName = word(PART_LABELS.funds!, side) ?? TOP_LABELS.funds!;
      if (i === undefined) push(sideName);
      else {
        const lines = side ? (at('funds') as Record<string, unknown> | undefined)?.[side] : undefined;
        out.push(`${sideName}${itemName(lines, Number(i), '行')}`);
        if (field === 'history' && key !== undefined) out.push(`${yearLabel(key)}金额`);
        else push(word(PART_LABELS.fundLine!, field));
      }
      break;
    }
    case 'details':
    case 'projects':
    case 'goals':
    case 'emptyLevel2': {
      const [i, field] = rest;
      const title = top === 'goals' ? '目标' : top === 'emptyLevel2' ? '空的二级指标' : TOP_LABELS[top]!;
      if (i === undefined) push(TOP_LABELS[top]);
      else {
        out.push(`${title}${itemName(at(top), Number(i))}`);
        push(word(PART_LABELS[top]!, field));
      }
      break;
    }
    case 'indicators': {
      const [i, ...field] = rest;
      out.push(i === undefined ? '绩效指标' : `指标${itemName(at('indicators'), Number(i))}`);
      out.push(indicatorFieldLabel('/' + field.join('/')));
      break;
    }
    case 'extra':
      out.push(rest[0] ?? TOP_LABELS.extra!);
      break;
    default:
      push(word(TOP_LABELS, top) ?? '其他内容');
  }
  return out.filter(Boolean).join('');
}

/** An indicator's own field in Chinese: "/target/raw" → "指标值", "/history/2023" → "往年指标值（2023年）". */
export function indicatorFieldLabel(path: string): string {
  const [field, key] = path.split('/').slice(1).map(unescape);
  if (!field) return '';
  const name = PART_LABELS.indicator![field] ?? (isLatin(field) ? '' : field);
  if (field === 'history' && key) return `${name}（${yearLabel(key)}）`;
  return name;
}

/** Paths whose values are amounts in 万元. */
const MONEY = [
  /^\/budget\/(total|current)$/,
  /^\/budget\/sources\/\d+\/amount$/,
  /^\/details\/\d+\/amount$/,
  /^\/funds\/[^/]+\/\d+\/(current|history\/[^/]+)$/,
  /^\/projects\/\d+\/(total|current)$/,
  /^\/total$/,
];
const MONEY_KEYS = new Set(['amount', 'total', 'current']);

export function isMoneyPath(path: string): boolean {
  return MONEY.some((r) => r.test(path));
}

const EMPTY = '（空）';

/** A value as a reader reads it: amounts in 万元, a 指标值 by its text, a line by its name and figures. */
export function readableValue(v: unknown, money = false, labels: Record<string, string> = {}): string {
  if (v === null || v === undefined || v === '') return EMPTY;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return money ? `${formatWan(String(v))}万元` : String(v);
  if (typeof v === 'string') {
    if (money && /^-?\d+(\.\d+)?$/.test(v)) return `${formatWan(v)}万元`;
    return TERMS[v] ?? v;
  }
  if (Array.isArray(v))
    return v.length === 0 ? EMPTY : v.map((x) => readableValue(x, money, labels)).join('；');
  const o = v as Record<string, unknown>;
  if ('raw' in o) return readableValue(o['raw']);
  const title = o['name'] ?? o['label'] ?? o['item'];
  const said = Object.entries(o).flatMap(([k, x]) => {
    if (x === null || x === undefined || x === '' || x === title || k === 'id') return [];
    if (typeof x === 'object' && !Array.isArray(x) && !('raw' in x)) {
      // A record of years (近两年收支金额, 往年指标值): "2022年 1,741.89万元".
      const inner = Object.entries(x as Record<string, unknown>)
        .filter(([, y]) => y !== null && y !== undefined && y !== '')
        .map(
          ([y, amount]) => `${yearLabel(y)} ${readableValue(amount, MONEY_KEYS.has(k) || k === 'history')}`,
        );
      return inner.length ? [`${labels[k] ?? ''}${labels[k] ? '：' : ''}${inner.join('，')}`] : [];
    }
    const label = labels[k] ?? (isLatin(k) ? '' : k);
    const text = readableValue(x, MONEY_KEYS.has(k));
    return [label ? `${label}：${text}` : text];
  });
  const head = typeof title === 'string' && title.trim() !== '' ? [title.trim()] : [];
  const all = [...head, ...said];
  return all.length ? all.join('，') : EMPTY;
}

/** The labels the parts of a value at `path` go by (a whole 资金来源 line added: 名称, 金额). */
export function labelsForValueAt(path: string): Record<string, string> {
  if (/^\/budget\/sources\/\d+$/.test(path)) return PART_LABELS.sources!;
  if (/^\/details\/\d+$/.test(path)) return PART_LABELS.details!;
  if (/^\/funds\/[^/]+\/\d+$/.test(path)) return PART_LABELS.fundLine!;
  if (/^\/projects\/\d+$/.test(path)) return PART_LABELS.projects!;
  if (/^\/goals\/\d+$/.test(path)) return PART_LABELS.goals!;
  if (/^\/emptyLevel2\/\d+$/.test(path)) return PART_LABELS.emptyLevel2!;
  if (path === '/budget') return PART_LABELS.budget!;
  return {};
}

/** A changed value at a path of the form, readable. */
export function valueAt(path: string, v: unknown): string {
  return readableValue(v, isMoneyPath(path), labelsForValueAt(path));
}
