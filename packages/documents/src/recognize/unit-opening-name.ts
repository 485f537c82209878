// Rows run together under … | 目标值 | 计量单位: 七氟丙烷式灭火装置及药剂10套烟感、温感控制设备160个… — the figures cut out,
// each unit is left opening the next row's name (套烟感、温感控制设备). The unit is the row's, printed in its
// column after the figure; the name starts after it. A unit of one character that opens a word names often begin
// with (人均, 项目, 年度, 种植) is left on the name.
import { KNOWN_UNITS } from '@jixiao/core';
import { MEASURE_WORDS } from './evaluation-value-words.ts';
import { isUnitOpenedNameWord } from './lexicon-name-openings.ts';

/** Units and measure words, longest first (万立方米 before 万, 人次 before 人). */
const UNITS = [...new Set([...KNOWN_UNITS, ...MEASURE_WORDS, '百分比'])]
  .filter((u) => /^\p{Script=Han}/u.test(u))
  .sort((a, b) => b.length - a.length);

/** A magnitude before a unit (600万页, 3万人): the unit's, as a value prints it. */
const MAGNITUDE = /^[万千亿]/u;

/**
 * Whether `text` opens a name with a word names open with whose first character is a unit's (人均增收, 组织实施):
 * three Han characters at least — 人数 closing the text is a value's measure going on (≥80人数), no name.
 */
export function opensName(text: string): boolean {
  return isUnitOpenedNameWord(text.slice(0, 2)) && /^\p{Script=Han}{3}/u.test(text);
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
