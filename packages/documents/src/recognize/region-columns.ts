// The per-place value columns of a 区域绩效目标表: after 指标解释 / 指标方向 the header names the towns or counties
// the money goes to (笏石街道办 | 埭头镇), one value column each, where other templates write 区域目标值 over them.

/** One place name: a town, street office, county, district, city or banner. */
const PLACE = String.raw`\p{Script=Han}{1,8}?(?:街道办事处|街道办|街道|镇|乡|区|县|市|旗)`;
const PLACES = new RegExp(`^(?:${PLACE}[、，,\\s]*)+$`, 'u');

/** True when a heading is nothing but place names (one, or several run together): a region's value column. */
export function isPlaceHeading(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 60 && PLACES.test(t);
}
