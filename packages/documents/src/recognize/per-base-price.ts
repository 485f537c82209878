// A price per some base (490元/平米, 12元/人·天, 3.5万元/台): money, a slash and the measure the money is paid per.
// The core's units list holds a few such units (元/人, 元/平方米) but no list holds every base a form prices by — the
// base is any measure (a unit the core knows, or 平米, the everyday spelling of 平方米). Such a figure is always a
// value, never a name's words, so where a copy lost its cell breaks it ends its row (饲料库120平米 | 490元/平米 |
// 防疫室84平米 …) as a figure closed by a known unit does.
import { KNOWN_UNITS } from '@jixiao/core';

/** The bases a price is quoted per: the core's units and 平米, longest first, escaped for a pattern. */
const BASES = [...KNOWN_UNITS, '平米']
  .filter((u) => /^\p{Script=Han}+$/u.test(u))
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A pattern's source for a figure priced per a base: 490元/平米, 3.5万元/台, 12元/人·天 (the base's second measure too). */
export const PER_BASE_PRICE = `\\d[\\d.,]*[万千]?元[/／](?:${BASES})(?:[·•](?:${BASES}))?`;
