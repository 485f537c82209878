// The lexicon's words that indicator names open with whose first character is also a unit or a measure word (人均,
// 项目, 分类, 年度 …), as data. Where cells came run together, such a character after a figure either ends the figure
// (1000件 | 监控系统维护率, 10个 | 乡镇) or opens the next row's name (10 | 分类收集率, 300 | 人均增收额); only the word
// it forms with the character after it tells which. One list, by first character, that every reader telling the
// two apart asks (unit-opening-name.ts, measure-opened-names.ts, evaluation-fused.ts) — never a list of its own.
// A word is added where a form was seen to open a name with it.

/** Words of two characters names open with, whose first character is a unit's or a measure word's. */
// prettier-ignore
export const UNIT_OPENED_NAME_WORDS: readonly string[] = [
  '人均', '人员', '人口', '人民', '人才', '人居', '人工', '人力', '人身', '人群', '人数', '人文', '人次', '人大',
  '户均', '户籍', '户数', '户外', '户用', '户厕', '户主',
  '个人', '个体', '个性', '个案', '个税',
  '项目',
  '年度', '年均', '年末', '年初', '年内', '年底', '年龄',
  '月度', '月均',
  '日常', '日均',
  '天然', '天气', '天数',
  '次均', '次数',
  '部门', '部署',
  '支出', '支付', '支持',
  '门诊', '门户',
  '场馆', '场所', '场地', '场次',
  '家庭', '家长', '家畜', '家属', '家政', '家具', '家禽', '家园', '家电',
  '村民', '村级', '村庄', '村集',
  '本年', '本级', '本地',
  '类别',
  '级别', '级次',
  '期末', '期间', '期限',
  '周边', '周期', '周转',
  '处理', '处置', '处室', '处罚',
  '分配', '分类', '分析', '分拣', '分级', '分项', '分期', '分批', '分流', '分散', '分布', '分解', '分娩', '分餐', '分户', '分区', '分段', '分别', '分摊', '分担', '分成', '分享', '分拆', '分装', '分包', '分发',
  '条件', '条例',
  '台账', '台站', '台风',
  '种植', '种类', '种养',
  '座谈',
  '页面',
  '批次', '批复', '批准',
  '份额',
  '度汛',
  '元旦', '元产',
  '位置',
  '名称', '名额', '名单', '名录',
  '所属', '所在', '所有', '所得',
  '件数',
  '字数',
  '块数',
  '张贴',
  '册数',
  '套数', '套餐',
  '米面', '米粮',
  '吨位',
  '头数',
  '只数',
  '口径',
  '片区',
  '间隔',
  '眼科',
  '根据',
  '起草', '起点',
  '例会',
  '架构',
  '组织', '组建', '组团', '组合', '组成',
  '亩均', '亩产',
  '辆次',
];

const WORDS = new Set(UNIT_OPENED_NAME_WORDS);

/** Whether the two characters `word` (a measure word and the next character) form a word names open with. */
export function isUnitOpenedNameWord(word: string): boolean {
  return WORDS.has(word);
}
