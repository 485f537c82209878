// A unit's name the OCR ran on into the cells after it (银川市教育局实施第位自评得分98财政审…): the head's value cell
// holds the name and the next labels and figures with no boundary. The name is the words up to the first
// ending an organisation's name takes (局, 中心, 学校 …) when what follows it holds a figure: a name goes on after
// such an ending only in words (成安县民政局机关, 某某局办公室), never into a score.

/** Endings of two characters or more an organisation's name takes. */
const LONG_ENDINGS = '委员会|办公室|办事处|中心|学校|小学|中学|幼儿园|卫生院|医院|政府|公司';

const ORGANISATION_END = new RegExp(
  `^[\\p{Script=Han}（）()、-]{2,30}?(?:${LONG_ENDINGS}|局|厅|委|院|所|站|馆|队|处)`,
  'u',
);

/**
 * A longer ending right after the first (襄阳市中心医院, 某镇中心学校, 某镇中心卫生院): the first is then a word of the
 * name (中心 the hospital's, not the unit's kind) and the name ends with the second. Only endings of two characters
 * or more: a one-character one after a 局 (局委托, 局所属) is the next word's start.
 */
const FURTHER_END = new RegExp(`^(?:${LONG_ENDINGS})`, 'u');

/** The unit's name at the head of a run-on value, or the value as it was. */
export function unitBeforeRunOn(value: string): string {
  const text = value.trim();
  const m = ORGANISATION_END.exec(text);
  if (!m) return value;
  let name = m[0];
  for (let further = FURTHER_END.exec(text.slice(name.length)); further;) {
    name += further[0];
    further = FURTHER_END.exec(text.slice(name.length));
  }
  const rest = text.slice(name.length);
  return /\d/.test(rest) && rest.length >= 4 ? name : value;
}
