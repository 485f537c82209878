// Units seen in 指标值 (DOMAIN.md §1.6, seeds, 指标库 samples); longest match wins when reading a value.
export const KNOWN_UNITS: readonly string[] = [
  '%', '‰', '个百分点', '百分点',
  '亿元', '万元', '千元', '元', '元/人', '元/人天', '元/人次', '元/天', '元/平方米', '元/次', '万元/年',
  '万人次', '人次', '万人', '人', '人天', '人日', '户', '万户', '名', '位', '家', '所', '村',
  '万个', '个', '项', '次', '万次', '件', '万件', '份', '万份', '篇', '套', '台', '台套', '台/套', '辆', '门', '场',
  '期', '批', '册', '万册', '本', '张', '座', '处', '页', '条', '万条', '字', '类', '种', '部', '支', '块',
  '个工作日', '工作日', '天', '日', '个月', '月', '年', '季度', '周', '小时', '分钟', '秒',
  '万平方米', '平方米', '平方公里', '亩', '公顷', '公里', '千米', '米', '立方米', '吨', '万吨', '千克', '公斤',
  '度', '千瓦时', '万千瓦时', '千瓦', '兆瓦', 'GB', 'TB', 'Mbps', 'M', 'km', 'kg', '分', '倍', '级', '星',
];

// Units by their first character, longest first, so a lookup tries only the few that can match.
const byFirstChar = new Map<string, string[]>();
for (const u of [...KNOWN_UNITS].sort((a, b) => b.length - a.length)) {
  const list = byFirstChar.get(u[0]!) ?? [];
  list.push(u);
  byFirstChar.set(u[0]!, list);
}

/** The longest known unit at the start of `text`, or null. */
export function matchUnit(text: string): string | null {
  for (const u of byFirstChar.get(text[0] ?? '') ?? []) if (text.startsWith(u)) return u;
  return null;
}

/** Units whose amounts are money; 万元 is the forms' base (MODEL.md). */
// A Map, not an object literal: a unit read from a file (`constructor`) must be no money unit, not Object's own.
export const MONEY_UNITS: ReadonlyMap<string, number> = new Map([
  ['元', -4],
  ['千元', -1],
  ['万元', 0],
  ['亿元', 4],
]);
