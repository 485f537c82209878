// Generates province-scale batches of project forms in the seeds' two text layouts (tab-separated rows and
// one cell per line), with varied names, values and budgets, deterministically from a seed number.

const LEVELS: Array<[string, string, string[], string[]]> = [
  [
    '产出指标',
    '数量指标',
    ['培训人次', '服务窗口数量', '巡查次数', '建成基站', '维护系统数量'],
    ['≥{n}人次', '={n}个', '≥{n}次', '≥{n}个', '{n}套'],
  ],
  ['产出指标', '质量指标', ['验收合格率', '数据准确率', '设备完好率'], ['≥{p}%', '={p}%', '≥{p}%']],
  ['产出指标', '时效指标', ['按时完成率', '办结时限', '响应时间'], ['=100%', '≤{n}个工作日', '≤{n}小时']],
  ['成本指标', '经济成本指标', ['项目成本', '运维费用', '培训费'], ['≤{b}万元', '≤{c}万元', '≤{c}万元']],
  [
    '效益指标',
    '社会效益指标',
    ['服务便利度', '群众办事时间缩短', '政务公开影响力'],
    ['有所提升', '≥{p}%', '明显提升'],
  ],
  ['效益指标', '经济效益指标', ['节约成本', '带动投资'], ['≥{c}万元', '≥{n}万元']],
  ['满意度指标', '满意度指标', ['群众满意度', '服务对象满意度'], ['≥{s}%', '≥{s}%']],
];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

interface Row3 {
  l1: string;
  l2: string;
  name: string;
  value: string;
}

function indicators(r: () => number, budget: number, count: number): Row3[] {
  const rows: Row3[] = [];
  for (let k = 0; k < count; k++) {
    const [l1, l2, names, values] = LEVELS[k % LEVELS.length]!;
    const i = Math.floor(r() * names.length);
    const value = values[i]!.replace('{n}', String(1 + Math.floor(r() * 500)))
      .replace('{p}', String(80 + Math.floor(r() * 20)))
      .replace('{s}', String(85 + Math.floor(r() * 10)))
      .replace('{b}', String(budget))
      .replace('{c}', String(Math.max(1, Math.floor(budget * r()))));
    rows.push({ l1, l2, name: `${names[i]}${k}`, value });
  }
  return rows.sort((a, b) => LEVELS.findIndex((x) => x[1] === a.l2) - LEVELS.findIndex((x) => x[1] === b.l2));
}

/** A 批复表 in tab-separated rows, 一级/二级 left blank when they repeat (seed 004's layout). */
function tabSeparated(name: string, unit: string, budget: number, rows: Row3[]): string {
  const lines = ['项目支出绩效目标批复表', '', '申报单位：', '', unit, '', '金额单位：万元', ''];
  lines.push(`项目名称\t${name}\t\t项目预算\t\t${budget}`);
  lines.push(
    '项目绩效总目标\t\t\t\t\t',
    '名称\t\t目标说明\t\t\t',
    `年度绩效目标1\t\t完成${name}各项任务，提升服务质量。\t\t\t`,
  );
  lines.push('年度绩效目标表\t\t\t\t\t', '目标名称\t一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据');
  let l1 = '';
  let l2 = '';
  rows.forEach((x, k) => {
    lines.push(
      `${k === 0 ? '年度目标1' : ''}\t${x.l1 === l1 ? '' : x.l1}\t${x.l2 === l2 ? '' : x.l2}\t${x.name}\t${x.value}\t计划标准`,
    );
    l1 = x.l1;
    l2 = x.l2;
  });
  return lines.join('\n') + '\n\n';
}

/** A 申报表 with one cell per line, rows separated by blank lines (seeds 000–002's layout). */
function cellPerLine(name: string, unit: string, budget: number, rows: Row3[]): string {
  const row = (...cells: string[]) => cells.map((c) => `\t${c}`).join('\n') + '\n\n';
  let out = ' 项目绩效目标申报表\n' + row(`申报单位：${unit}`, '金额单位：万元');
  out += row('项目名称', name, '项目类别', '延续性项目', '项目性质', '持续性项目');
  out += row('项目预算', `${budget}万`) + row('项目绩效总目标') + row('名称', '目标说明');
  out += row('年度绩效目标1', `完成${name}各项任务。`) + row('年度绩效目标表');
  out += row('目标名称', '一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据');
  let l1 = '';
  rows.forEach((x, k) => {
    out += row(k === 0 ? '年度绩效目标1' : '', x.l1 === l1 ? '' : x.l1, x.l2, x.name, x.value, '计划标准');
    l1 = x.l1;
  });
  return out + row('主管部门审核意见', '审核意见：');
}

export interface GeneratedForm {
  text: string;
  name: string;
  layout: 'tab' | 'cell';
}

export function generateForms(count: number, indicatorsPerForm = 15, seed = 42): GeneratedForm[] {
  const r = rng(seed);
  const out: GeneratedForm[] = [];
  for (let i = 0; i < count; i++) {
    const budget = 1 + Math.floor(r() * 900);
    const name = `第${i + 1}号项目工作经费`;
    const unit = `某市第${1 + (i % 2000)}预算单位`;
    const rows = indicators(r, budget, indicatorsPerForm);
    const layout = i % 2 === 0 ? 'tab' : 'cell';
    out.push({
      name,
      layout,
      text: layout === 'tab' ? tabSeparated(name, unit, budget, rows) : cellPerLine(name, unit, budget, rows),
    });
  }
  return out;
}
