// 一级/二级 indicator names as templates write them: the framework trees' names, the names of templates
// outside them (实施效果指标, 预期产出指标, 效果指标), and annotations they add ((必填), (或建筑规模指标)).
import {
  allLevel1Names,
  allLevel2Names,
  isLevel1Name as isFrameworkLevel1,
  isLevel2Name as isFrameworkLevel2,
  TextMemo,
} from '@jixiao/core';
import { isOwnKey, lexiconKey } from './lexicon.ts';

/** Level names seen in templates whose trees are not among the frameworks (corpus 003, 007, 011). */
export const levelOf: ReadonlyMap<string, 'level1' | 'level2'> = new Map([
  ['实施效果指标', 'level1'],
  ['预期产出指标', 'level1'],
  ['效果指标', 'level1'],
  // 一级 names of templates that score the project's whole cycle (银川: 项目决策 / 项目管理 / 项目产出 / 项目效益).
  ['项目决策', 'level1'],
  ['项目管理', 'level1'],
  ['项目产出', 'level1'],
  ['项目效益', 'level1'],
  // 部门整体 自评表 scoring the unit's management before its outputs (江西: 管理指标 | 产出指标 | 效果指标).
  ['管理指标', 'level1'],
  // 新疆 and 四川 target forms: 项目完成指标 for 产出指标, 项目效益指标 beside it.
  ['项目完成指标', 'level1'],
  ['项目效益指标', 'level1'],
  // 湖北 省直 学生资助 自评表: 过程指标 (评审程序是否公正) printed as a 一级 beside 产出 / 效益 / 满意度, as the
  // evaluation frameworks' 决策 / 过程 / 产出 / 效益 have it.
  ['过程指标', 'level1'],
  // 绩效目标评审申报表 (2017): 投入 over 时效目标 / 成本目标, beside 产出 / 效益, as those frameworks begin.
  ['投入', 'level1'],
  ['投入指标', 'level1'],
  ['投入管理', 'level2'],
  // A provincial evaluation sheet's own tree (吉林's 专项经费绩效评价表): 预算绩效 over 预算管理 / 财务管理, then 项目产出
  // and 项目效果 over 经济效益 / 社会效益 / 环境效益 / 可持续影响 / 服务对象满意度.
  ['预算绩效', 'level1'],
  ['项目效果', 'level1'],
  ['预算管理', 'level2'],
  ['环境效益', 'level2'],
  ['社会、经济、生态效益指标', 'level2'],
  ['社会公众或服务对象满意度指标', 'level2'],
  ['社会公众满意度指标', 'level2'],
  ['预算控制指标', 'level2'],
  ['预算（或投资规模）控制指标', 'level2'],
  ['投资规模控制指标', 'level2'],
  // 二级 names written without 指标 (湖北 templates: 产出数量, 产出质量 …) and other trees' 二级 names.
  ['产出数量', 'level2'],
  ['产出质量', 'level2'],
  ['产出时效', 'level2'],
  ['产出成本', 'level2'],
  ['进度指标', 'level2'],
  ['效率指标', 'level2'],
  ['社会效益', 'level2'],
  ['经济效益', 'level2'],
  ['生态效益', 'level2'],
  ['可持续影响', 'level2'],
  ['服务对象满意度', 'level2'],
  ['社会公众满意度', 'level2'],
  ['履职效能', 'level2'],
  ['管理效率', 'level2'],
  ['运行成本', 'level2'],
  ['服务对象满意度指标', 'level2'],
  // 临海's 项目库 form names its 二级 in its own words.
  ['可持续性发展影响指标', 'level2'],
  ['服务对象或受益者满意度指标', 'level2'],
]);

/** The key without trailing bracketed notes; only a key ending in ） has one (asked of every cell). */
const withoutAnnotation = (key: string): string =>
  key.endsWith('）') ? key.replace(/(（[^）]*）)+$/, '') : key;

/** The name without template annotations: 数量指标（必填硬性指标） → 数量指标, 经济效益 指标 → 经济效益指标. */
export function levelStem(text: string): string {
  return withoutAnnotation(lexiconKey(text));
}

/** 'level1' / 'level2' when the text is an indicator level name (annotations ignored), else null. */
export function isLevelName(text: string): 'level1' | 'level2' | null {
  // A text that is its own key (most cells) is looked up as it stands in one small table of the names, which
  // stays in the processor's caches: cheaper than the memo's large maps, which a long import keeps missing.
  if (isOwnKey(text)) return levelOfOwnKey(text);
  // Asked of nearly every cell by several passes; the answer depends on the text alone (fixed tables).
  let level = levelCache.get(text);
  if (level === undefined) {
    level = computeLevelName(text);
    levelCache.set(text, level);
  }
  return level;
}

const levelCache = new TextMemo<'level1' | 'level2' | null>('isLevelName', 50_000);

function computeLevelName(text: string): 'level1' | 'level2' | null {
  const key = lexiconKey(text);
  const stem = withoutAnnotation(key);
  for (const k of key === stem ? [key] : [key, stem]) {
    const level = knownLevel(k) ?? (k.endsWith('值') ? knownLevel(levelSpelling(k)) : null);
    if (level) return level;
  }
  return null;
}

/**
 * Level names only as a cell of their own: run-together text never cuts them out, since indicator names start with
 * the same words (项目完成 for 产出指标 in 新疆's template, but 项目完成及时率 an indicator).
 */
const wholeCellLevelOf: ReadonlyMap<string, 'level1' | 'level2'> = new Map([
  ['项目完成', 'level1'],
  // 福建's 专项转移支付绩效目标表: 产出指标 over 数量目标 / 质量目标 / 时效目标 / 成本目标 (words of goals too).
  ['数量目标', 'level2'],
  ['质量目标', 'level2'],
  ['时效目标', 'level2'],
  ['成本目标', 'level2'],
]);

function knownLevel(key: string): 'level1' | 'level2' | null {
  const extra = levelOf.get(key) ?? wholeCellLevelOf.get(key);
  if (extra) return extra;
  if (isFrameworkLevel1(key)) return 'level1';
  if (isFrameworkLevel2(key)) return 'level2';
  return null;
}

/**
 * Every name knownLevel knows, with its level, in knownLevel's order of asking (its own tables, then the
 * frameworks' 一级, then their 二级): for keys without white space, whose squashing changes nothing.
 */
const levelOfName: ReadonlyMap<string, 'level1' | 'level2'> = (() => {
  const out = new Map<string, 'level1' | 'level2'>();
  const add = (name: string, level: 'level1' | 'level2') => {
    if (!out.has(name)) out.set(name, level);
  };
  for (const [name, level] of levelOf) add(name, level);
  for (const [name, level] of wholeCellLevelOf) add(name, level);
  for (const name of allLevel1Names) add(name, 'level1');
  for (const name of allLevel2Names) add(name, 'level2');
  return out;
})();

/** The 二级 the frameworks name by pattern (核心业务产出, 核心业务产出2), as isLevel2Name tests it. */
const CORE_OUTPUT = /^核心业务产出\d*$/;

/** knownLevel of a key without white space: one lookup. */
function knownLevelOfPlainKey(key: string): 'level1' | 'level2' | null {
  return levelOfName.get(key) ?? (key.startsWith('核心业务产出') && CORE_OUTPUT.test(key) ? 'level2' : null);
}

/**
 * computeLevelName of a text that is its own key: no bracket in it (so no annotation to strip) and no white space
 * (so the frameworks' squashing changes nothing).
 */
function levelOfOwnKey(key: string): 'level1' | 'level2' | null {
  return knownLevelOfPlainKey(key) ?? (key.endsWith('值') ? knownLevelOfPlainKey(levelSpelling(key)) : null);
}

/**
 * Some templates write 值 for 指标 throughout their level names (产出值, 数量值, 经济效益值): the name with 指标 in
 * its place, or the name itself. An indicator's own name ending in 值 (产值, 总产值) names no level either way.
 */
export function levelSpelling(key: string): string {
  return key.length > 2 && key.endsWith('值') ? `${key.slice(0, -1)}指标` : key;
}

/** A framework's 一级 name, or one written with 值 for 指标 (产出值). */
export function isLevel1Name(key: string): boolean {
  return isFrameworkLevel1(key) || (key.endsWith('值') && isFrameworkLevel1(levelSpelling(key)));
}

/** A framework's 二级 name, or one written with 值 for 指标 (数量值, 经济效益值). */
export function isLevel2Name(key: string): boolean {
  return isFrameworkLevel2(key) || (key.endsWith('值') && isFrameworkLevel2(levelSpelling(key)));
}

/**
 * Every beginning of a level name shorter than the name (empty included), looked up instead of scanning the
 * names: a text is such a beginning exactly when some longer name starts with it.
 */
const CUT_LEVEL_NAMES: ReadonlySet<string> = new Set(
  [...allLevel1Names, ...allLevel2Names, ...levelOf.keys()].flatMap((n) =>
    Array.from({ length: n.length }, (_, k) => n.slice(0, k)),
  ),
);

/**
 * The beginning of a level name cut off where an excerpt ends (社会公众或服务对象满意度指). `shortest`: the fewest
 * characters such a beginning is taken from (where nothing but the excerpt's end follows, 满意 will do).
 */
export function isCutLevelName(text: string, shortest = 4): boolean {
  const key = lexiconKey(text);
  if (key.length < shortest || isLevelName(key)) return false;
  return CUT_LEVEL_NAMES.has(key);
}

/**
 * An indicator's name that is the next level's label cut off where the excerpt ends (……满意, 满意): read only
 * where nothing follows it, so two characters of a level name's beginning will do; the dots of an elided row
 * run into it are no part of it. Both readings of a 自评表's table (by rows, from the text) ask it.
 */
export function isLevelCutAtEnd(name: string): boolean {
  return isCutLevelName(name.replace(/^[….。·]+/, ''), 2);
}
