// A measure word run on after a figure (1000件监控系统维护率, 5个森林火灾…, 2所家长接送…) may end the figure or open the
// next row's name — evaluation-atoms.ts looseUnits gives it apart so that a reading may take it either way. A name
// opens with a measure word only where the word and the character after it form a word names open with (人均, 项目,
// 家长, 台账, 万元产值); 件监控, 个森林, 所家长, 座农村 are no such words, so a reading that opens a name there pays for
// it and the measure word rather ends the figure before.

/** The words a measure word opens at a name's start: the measure word (its scale left off) and the next character. */
const MEASURE_OPENED_WORDS = new Set([
  ...['人均', '人员', '人数', '人口', '人次', '人才', '人民', '人群', '人居', '人工', '人身', '人大', '人力'],
  ...['个人', '个体', '个性', '个案', '个税', '户籍', '户数', '户均', '户外', '户用', '户厕', '户主'],
  ...['家长', '家庭', '家属', '家政', '家具', '家禽', '家畜', '家园', '家电', '项目', '台账', '台站', '台风'],
  ...['所有', '所属', '所得', '所在', '处置', '处理', '处罚', '批复', '批次', '批准', '场馆', '场所', '场地'],
  ...['场次', '亩均', '亩产', '元旦', '元产', '次均', '次数', '件数', '名额', '名单', '名称', '名录', '条件'],
  ...['条例', '座谈', '份额', '套餐', '辆次', '吨位', '期间', '期末', '期限', '年度', '年均', '年底', '年末'],
  ...['年内', '年龄', '月度', '月均', '天数', '天然', '日均', '日常', '周边', '周期', '周转', '米面', '米粮'],
  // 分 is a score's measure word in a 自评表 (10分类收集率: 10 | 分类收集率) as much as a name's first character.
  ...[
    '分类',
    '分拣',
    '分级',
    '分配',
    '分析',
    '分项',
    '分期',
    '分批',
    '分流',
    '分散',
    '分布',
    '分解',
    '分娩',
    '分餐',
  ],
]);

/** A year as a figure: 1990–2099. */
const YEAR = /^(?:199\d|20\d\d)$/;

/** A scale before a measure word: 万元, 千米, 亿元. */
const SCALE = /^[万千亿百]/u;

/** The measure-word pieces as evaluation-atoms.ts gives them apart (a value or a text, glued to the one before). */
export interface MeasurePiece {
  kind: 'value' | 'text';
  text: string;
  glued?: boolean;
}

/**
 * Whether the piece at `i` is a measure word given apart from the bare figure before it (`isUnit` tells a unit) that
 * forms no word with the character after it: a name opening there opens with a stray measure word.
 */
export function opensWithStrayMeasure(
  pieces: readonly MeasurePiece[],
  i: number,
  isUnit: (text: string) => boolean,
): boolean {
  const a = pieces[i];
  const before = pieces[i - 1];
  const next = pieces[i + 1];
  if (a?.kind !== 'text' || a.glued !== true || before?.kind !== 'value' || !/^\d[\d.]*$/.test(before.text))
    return false;
  if (!/^\p{Script=Han}{1,2}$/u.test(a.text) || !isUnit(a.text)) return false;
  // (2022 | 年全年: a year's 年 is a date's, which a name may open with — no count's measure word.)
  if (a.text === '年' && YEAR.test(before.text)) return false;
  if (next?.kind !== 'text' || next.glued !== true) return false;
  const word = a.text.replace(SCALE, '') + next.text.charAt(0);
  return /^\p{Script=Han}{2}$/u.test(word) && !MEASURE_OPENED_WORDS.has(word);
}
