// A comparator written in words (不少于, 大于, 达到) opens a value: no indicator name ends in one, since the words
// compare the figure that follows them with nothing else (服务满意率 | 大于95%, 开放时长 | 每周不少于40小时). Where a
// form's cells ran together (a copy that lost its cell breaks) under a header with a 计算符号 column, the figures'
// reading cuts the row at the figure and would leave those words at the name's end; a period the comparison holds
// for, written right before it (每周, 每年, 每人), is the value's too (the figure counts per that period).
import { COMPARATOR_WORDS } from './evaluation-atoms.ts';

/** The comparator's words: the lexicon's (不少于, 大于等于 …) and the plain ones of one direction (大于, 低于, 达到). */
const WORDS = [...COMPARATOR_WORDS, '大于', '小于', '高于', '低于', '超过', '达到']
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * A name's words (two Han characters at least, its last no 每 or 不), then the comparator closing the text, with the
 * period before it (每 and one character: 每周, 每年, 每户).
 */
const CLOSING = new RegExp(`^(.*?\\p{Script=Han}{2})((?:每\\p{Script=Han})?(?:${WORDS}))$`, 'u');

/**
 * `text` (the words right before a figure) as the name and the comparator words that open the figure's value, or
 * null where the text ends in no comparator or no name stands before it.
 */
export function comparatorWordsClosing(text: string): { name: string; words: string } | null {
  if (text.length > 200) return null;
  const m = CLOSING.exec(text);
  if (!m) return null;
  const name = m[1]!;
  // (不 or 每 closing the name is a longer comparator's or the period's; a period alone, 每周, names nothing.)
  return /[每不]$/u.test(name) || /^每\p{Script=Han}$/u.test(name) ? null : { name, words: m[2]! };
}
