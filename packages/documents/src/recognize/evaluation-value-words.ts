// Words a 指标值 and the cells beside it are printed with: the comparator signs, the measure words after a figure,
// the words a 偏差原因 opens with.

/**
 * Measure words printed after a number in 指标值 beside the core's units (550万粒, 0起, 1600元/亩): a value
 * run into the next cell ends where its unit does.
 */
/**
 * The comparator signs a 指标值 is printed with: the plain ones, their full-width forms and the look-alikes
 * fonts and extractions put for them (≧ ≦, box-drawing ═, small-form ﹦ ﹤ ﹥, slanted ⩾ ⩽).
 */
export const COMPARATOR_SIGNS = '≥≤=<>＝＜＞≧≦═﹦﹤﹥⩾⩽';

export const MEASURE_WORDS: readonly string[] = [
  '元/亩',
  '元/吨',
  '元/公斤',
  '元/年',
  '元/户',
  '元/株',
  '万亩',
  '万株',
  '人·月',
  '课时',
  '学时',
  '亩次',
  // 10 台套 (equipment counted in sets): one measure, not 台 with a word after it.
  '台套',
  '粒',
  '株',
  '头',
  '只',
  '棵',
  '羽',
  '尾',
  '盏',
  '根',
  '间',
  '栋',
  '眼',
  '口',
  '匹',
  '箱',
  '袋',
  '瓶',
  '盒',
  '百分比',
  '厘米',
  '毫米',
  '趟',
  '宗',
  '起',
  '例',
  '座',
  '所',
  '艘',
  '架',
  '片',
  '处',
  // 100组 (samples or batches counted in groups: 抽检批次 ≥100组).
  '组',
].sort((a, b) => b.length - a.length);

/** What a figure is printed per when the value opens with it (每亩300, 每人500元): 每 and one of these. */
export const PER_MEASURE_WORDS: readonly string[] = [
  '亩',
  '人',
  '户',
  '年',
  '月',
  '天',
  '日',
  '次',
  '吨',
  '公斤',
  '株',
  '头',
  '生',
  '平方米',
  '公里',
];

/**
 * Words a 偏差原因 / 未完成原因 text opens with (没有轮换、动用库存, 因疫情影响…, 由于…): where such a text runs
 * straight on from a one-word actual (无没有轮换…), the word before it is the actual's.
 */
export const REASON_OPENERS: readonly string[] = [
  '没有',
  '未能',
  '尚未',
  '由于',
  '因为',
  '受到',
  '主要是',
  '主要原因',
  '原因是',
  '因',
  '受',
];
