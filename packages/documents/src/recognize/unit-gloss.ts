// A unit printed with its name glossed in brackets after it: %(百分比), ‰（千分比）, 个(数量). Some county systems
// export the 单位 column this way; the unit is what stands before the bracket.
import { unitAt } from './evaluation-atoms.ts';

const GLOSSED = /^(.+?)[（(][\p{Script=Han}]{1,6}[）)]$/u;

/** Whether a cell is a unit alone, bare (吨, %) or glossed (%(百分比)). */
export function isUnitText(text: string): boolean {
  if (text === '%' || (text !== '' && unitAt(text) === text)) return true;
  const m = GLOSSED.exec(text);
  return m !== null && (m[1] === '%' || m[1] === '‰' || unitAt(m[1]!) === m[1]);
}

/** A unit no name opens with: a percent or permille sign, or a glossed unit (%(百分比)). It ends the row before. */
export function isSignOrGlossedUnit(text: string): boolean {
  return /^[%‰％]$/.test(text) || (GLOSSED.test(text) && isUnitText(text));
}
