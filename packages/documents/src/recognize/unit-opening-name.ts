// Rows run together under … | 目标值 | 计量单位: 七氟丙烷式灭火装置及药剂10套烟感、温感控制设备160个… — the figures cut out,
// each unit is left opening the next row's name (套烟感、温感控制设备). The unit is the row's, printed in its
// column after the figure; the name starts after it. A unit of one character that opens a word names often begin
// with (人均, 项目, 年度, 种植) is left on the name.
import { KNOWN_UNITS } from '@jixiao/core';
import { MEASURE_WORDS } from './evaluation-value-words.ts';

/** Units and measure words, longest first (万立方米 before 万, 人次 before 人). */
const UNITS = [...new Set([...KNOWN_UNITS, ...MEASURE_WORDS, '百分比'])]
  .filter((u) => /^\p{Script=Han}/u.test(u))
  .sort((a, b) => b.length - a.length);

/** A magnitude before a unit (600万页, 3万人): the unit's, as a value prints it. */
const MAGNITUDE = /^[万千亿]/u;

/**
 * Words of two characters that open indicator names and start with a unit's character (人均收入, 项目完成率,
 * 年度目标, 种植面积): a unit and a name cannot be told apart there, so the text is a name.
 */
const NAME_OPENINGS = new Set([
  '人均',
  '人员',
  '人口',
  '人民',
  '人才',
  '人居',
  '人工',
  '人力',
  '人身',
  '人群',
  '人数',
  '人文',
  '户均',
  '户籍',
  '个人',
  '个体',
  '个性',
  '项目',
  '年度',
  '年均',
  '年末',
  '年初',
  '年内',
  '年底',
  '年龄',
  '月度',
  '月均',
  '日常',
  '日均',
  '天然',
  '天气',
  '次均',
  '部门',
  '部署',
  '支出',
  '支付',
  '支持',
  '门诊',
  '门户',
  '场馆',
  '场所',
  '场地',
  '家庭',
  '家长',
  '家畜',
  '村民',
  '村级',
  '村庄',
  '村集',
  '本年',
  '本级',
  '本地',
  '类别',
  '级别',
  '期末',
  '期间',
  '期限',
  '周边',
  '周期',
  '处理',
  '处置',
  '分配',
  '分类',
  '分析',
  '条件',
  '台账',
  '种植',
  '种类',
  '种养',
  '座谈',
  '页面',
  '批次',
  '批复',
  '份额',
  '度汛',
  '元旦',
  '位置',
  '名称',
  '名额',
  '所属',
  '所在',
  '件数',
  '字数',
  '块数',
  '张贴',
  '册数',
  '套数',
  '米面',
  '吨位',
  '头数',
  '只数',
  '口径',
  '片区',
  '间隔',
  '眼科',
  '根据',
  '起草',
  '起点',
  '例会',
  '架构',
  '处室',
  '级次',
  '组织',
  '组建',
  '组团',
  '组合',
  '组成',
]);

/**
 * Whether `text` opens a name with a word names open with whose first character is a unit's (人均增收, 组织实施):
 * three Han characters at least — 人数 closing the text is a value's measure going on (≥80人数), no name.
 */
export function opensName(text: string): boolean {
  return NAME_OPENINGS.has(text.slice(0, 2)) && /^\p{Script=Han}{3}/u.test(text);
}

/** Bases a rate is counted per after its unit, each after a slash or a middle dot (元/月/人, 元/人·月). */
const PER_BASES = /^(?:[/·][天日周月年人户次亩生辆床])+/u;
/** A period a rate is counted per, printed after a full stop or a middle dot (元/人.每天, 元/人·月). */
const PERIOD_AFTER = /^[.．·]每?[天日周月年]/u;

/** Characters that open a name after the unit: two Han characters. */
const NAME_START = /^\p{Script=Han}{2}/u;
/** Words that go on from a unit as part of the value (11月底之前, 1个月内, 95%以上), never open a name. */
const VALUE_GOES_ON = /^(?:[底末前内后]|以[上下内前后]|之[前内后]|及以|左右)/u;

/** The unit opening `text`, a magnitude before it kept (万页, 3万人's 万人), or null. */
export function unitAtStart(text: string): string | null {
  const plain = UNITS.find((u) => text.startsWith(u)) ?? '';
  const scaled = MAGNITUDE.test(text) ? UNITS.find((u) => text.startsWith(u, 1)) : undefined;
  const unit = scaled && scaled.length + 1 > plain.length ? text[0]! + scaled : plain;
  return unit === '' ? null : unit;
}

/**
 * The unit opening `text` and the name after it, or null where the text opens with no unit, or with one whose
 * characters begin a word a name opens with, or where no name's words follow.
 */
export function unitOpeningName(text: string): { unit: string; name: string } | null {
  const found = unitAtStart(text);
  if (!found) return null;
  // (元/月/人提标补差…: the bases a rate is counted per, each after a slash or a middle dot, are the unit's; 元/人.每天
  // 伙食补助…: so is a period's base a copy printed after a full stop — no name opens with either.)
  const bases = PER_BASES.exec(text.slice(found.length))?.[0] ?? '';
  const perUnit = found + bases;
  const unit =
    perUnit + (/[/·]/.test(perUnit) ? (PERIOD_AFTER.exec(text.slice(perUnit.length))?.[0] ?? '') : '');
  const name = text.slice(unit.length);
  // (小时测算: two characters after a unit are the value's words going on, 测算 — a name takes three at least.)
  if (!NAME_START.test(name) || name.length < 3 || VALUE_GOES_ON.test(name)) return null;
  if (unit.length === 1 && opensName(text)) return null;
  return { unit, name };
}
