// The `bracketList` whole shape of issue 12 (variant-choices.ts SHAPES): a project form's truth printed as a department's
// list of its projects' targets (wide/514's shape) — the list's header cells, the department's, the unit's and a
// category's lines, then the project's code, name and amount and its cells as bracketed headings, its targets one
// heading per level pair over slot lines (【产出指标-数量指标】 / 指标1:机柜数量(≥77台)). What varies, each drawn on
// the shape's own stream: the bracket kind (【】 [] 〔〕 () （） 〖〗), the dash between the levels, the slot word
// (指标1 1. （1） 1、 none) and its separator (： : ，), the value's place (in brackets closing the line, or after a
// colon), values with or without their unit, amounts in 元 or 万元 and where the unit is said, blank or spaced
// paragraphs. Test data, not product code.
import { dec, parseIndicatorValue } from '@jixiao/core';
import { spellings, type FormTruth, type IndicatorTruth } from './truth.ts';

type Draw = () => number;
const pick = <T>(r: Draw, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const BRACKETS = [
  ['【', '】'],
  ['[', ']'],
  ['〔', '〕'],
  ['(', ')'],
  ['（', '）'],
  ['〖', '〗'],
] as const;
const DASHES = ['-', '—', '－', '--', '——'];
const GOAL_HEADINGS = ['总体目标', '年度目标', '年度绩效目标', '绩效目标'];
const CONTENT_HEADINGS = ['项目概况', '项目内容', '项目简介'];
const AMOUNT_HEADS = ['年度预算安排', '预算金额', '年度预算', '预算安排'];
const CATEGORIES = ['其他运转类', '本级项目', '特定目标类', '专项业务类'];

/** How a slot is written before its target's name: 指标1:, 1., （1）, 1、 or nothing. */
function slotWriter(r: Draw): (k: number) => string {
  const sep = pick(r, ['：', ':', '，']);
  return pick(r, [
    (k: number) => `指标${k}${sep}`,
    (k: number) => `${k}.`,
    (k: number) => `（${k}）`,
    (k: number) => `(${k})`,
    (k: number) => `${k}、`,
    () => '',
  ]);
}

/** Levels by what an indicator measures (variant-spellings.ts levelsOf), passed in to keep one filing for all shapes. */
export type LevelsOf = (i: IndicatorTruth) => [string, string];

export interface BracketList {
  lines: string[];
  form: FormTruth;
}

/** A target without its unit (≥77台 → ≥77) where it is a plain quantity; else as printed. */
function withoutUnit(raw: string): string {
  const v = parseIndicatorValue(raw);
  if (v.kind !== 'quantitative' || v.value === null || v.text || v.label || v.problem || !v.unit) return raw;
  if (v.unit === '%' || /元/.test(v.unit)) return raw;
  return `${v.opImplied ? '' : (v.op ?? '')}${v.value}`;
}

const times = (wan: string, n: number): string => dec(wan)?.times(n).toString() ?? wan;

const toYuan = (wan: string): string => {
  const d = dec(wan);
  return d === null ? wan : d.times(10000).toFixed(0);
};

/** The list's lines for one project form, and the truth they hold. */
export function bracketList(
  f: FormTruth,
  r: Draw,
  levelsOf: LevelsOf,
  order: readonly string[],
): BracketList {
  const [open, close] = pick(r, BRACKETS);
  const dash = pick(r, DASHES);
  const slot = slotWriter(r);
  // A value in round brackets closing its line is the common form; after a colon where a list prints it so.
  const valueAfterColon = r() < 0.25;
  const dropUnits = r() < 0.2;
  const yuan = r() < 0.5;
  // Where the list says its unit: the amount's heading, a line above the list, or (万元 only) nowhere.
  const unitPlace = pick(r, yuan ? (['heading', 'line'] as const) : (['heading', 'line', 'none'] as const));
  const blank = pick(r, ['', ' ', null] as const);
  const coded = r() < 0.7;
  const indent = r() < 0.4;
  const name = spellings(f.name)[0]!;
  const unit = spellings(f.unit)[0];
  const money = (wan: string) => (yuan ? toYuan(wan) : wan);
  const moneyUnit = yuan ? '元' : '万元';
  const code = String(100000 + Math.floor(r() * 900000));
  const amountHead = pick(r, AMOUNT_HEADS);
  const heading = (t: string) => `${open}${t}${close}`;

  const paragraphs: string[] = [];
  if (unit !== undefined) paragraphs.push(`${unit}${pick(r, ['2025', '2024', '2023'])}年项目绩效目标和指标`);
  if (unitPlace === 'line') paragraphs.push(pick(r, [`单位：${moneyUnit}`, `金额单位:${moneyUnit}`]));
  paragraphs.push(
    ...(coded ? ['单位编码'] : []),
    '单位名称(项目类别/支出项目)',
    unitPlace === 'heading' ? `${amountHead}(${moneyUnit})` : amountHead,
    '项目内容',
    '绩效目标',
  );
  const budget = f.budget!;
  if (unit !== undefined) {
    // The department's line and its unit's (a code, the name, the sum), then the category the project is filed in.
    paragraphs.push(unit, money(times(budget, 3)));
    if (coded) paragraphs.push(code);
    paragraphs.push(unit, money(times(budget, 2)));
  }
  const lead = (depth: number) => (indent ? ' '.repeat(depth) : '');
  paragraphs.push(`${lead(2)}${pick(r, CATEGORIES)}`, money(budget));
  if (coded) paragraphs.push(`${lead(3)}${code}`);
  paragraphs.push(`${lead(3)}${name}`, money(budget));
  paragraphs.push(
    `${heading(pick(r, CONTENT_HEADINGS))}${pick(r, ['：', ':', ''])}本项目用于${name}的实施。`,
  );
  const goal = '按期完成项目建设任务,发挥资金使用效益';
  const goalHeading = pick(r, GOAL_HEADINGS);
  if (r() < 0.5) paragraphs.push(heading(goalHeading), goal);
  else paragraphs.push(`${heading(goalHeading)}${pick(r, ['：', ':'])}${goal}`);

  const rows = f.indicators!.map((i) => ({ i, lv: levelsOf(i) }));
  rows.sort((a, b) => order.indexOf(a.lv[0]) - order.indexOf(b.lv[0]) || a.lv[1].localeCompare(b.lv[1]));
  const indicators: IndicatorTruth[] = [];
  let pair = '';
  let k = 0;
  for (const { i, lv } of rows) {
    const here = `${lv[0]}${dash}${lv[1]}`;
    if (here !== pair) {
      paragraphs.push(heading(here));
      pair = here;
      k = 0;
    }
    k++;
    const printed = spellings(i.target)[0]!;
    const target = dropUnits ? withoutUnit(printed) : printed;
    const n = spellings(i.name)[0]!;
    // A value holding brackets of its own cannot close its line in brackets: written after a colon.
    const colon = valueAfterColon || /[()（）]/.test(target);
    const [before, after] = colon
      ? [pick(r, ['：', ':']), '']
      : pick(r, [
          ['(', ')'],
          ['（', '）'],
        ] as const);
    paragraphs.push(`${slot(k)}${n}${before}${target}${after}`);
    indicators.push({ name: n, target });
  }
  const lines = blank === null ? paragraphs : paragraphs.flatMap((p) => [p, blank]);
  return {
    lines,
    form: {
      kind: 'project',
      name,
      ...(unit !== undefined ? { unit } : {}),
      budget,
      indicatorCount: indicators.length,
      indicators,
    },
  };
}
