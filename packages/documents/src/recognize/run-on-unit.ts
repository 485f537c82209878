// A unit's name the OCR ran on into the cells after it (银川市教育局实施第位自评得分98财政审…): the head's value cell
// holds the name and the next labels and figures with no boundary. The name is the words up to the first
// ending an organisation's name takes (局, 中心, 学校 …) when what follows it holds a figure: a name goes on after
// such an ending only in words (成安县民政局机关, 某某局办公室), never into a score.

const ORGANISATION_END =
  /^[\p{Script=Han}（）()、-]{2,30}?(?:委员会|办公室|办事处|中心|学校|小学|中学|幼儿园|医院|政府|公司|局|厅|委|院|所|站|馆|队|处)/u;

/** The unit's name at the head of a run-on value, or the value as it was. */
export function unitBeforeRunOn(value: string): string {
  const m = ORGANISATION_END.exec(value.trim());
  if (!m) return value;
  const rest = value.trim().slice(m[0].length);
  return /\d/.test(rest) && rest.length >= 4 ? m[0] : value;
}
