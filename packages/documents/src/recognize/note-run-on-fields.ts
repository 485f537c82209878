// A note under a form's table (注:“年初”目标指…) that a run-together copy ran on into the next table's labelled
// head (…填报项目基本信息一、项目基本情况项目实施单位海南省人民政府研究室主管部门…计划投资额(万元)144): the labels
// and the values after them, read as the head's fields; the note's own words are none of them.
import { splitRunTogether } from './tokenize.ts';

/** A note opens so: 注:, 注：, 备注:. */
const NOTE = /^\s*(?:备)?注[:：]/u;
/** The fewest label–value pairs that show a head ran on, not a note naming a label in passing. */
const FEWEST_PAIRS = 2;

export interface LabelValue {
  label: string;
  value: string;
}

/** The label–value pairs a note's run-on text holds; null for a text that is no note or holds too few. */
export function noteRunOnPairs(text: string): LabelValue[] | null {
  if (!NOTE.test(text)) return null;
  const tokens = splitRunTogether(text);
  const pairs: LabelValue[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const [label, value] = [tokens[k]!, tokens[k + 1]!];
    // A label followed by the next label left its value empty (主管部门 | 项目负责人): no pair.
    if (label.kind !== 'label' || (value.kind !== 'text' && value.kind !== 'value')) continue;
    pairs.push({ label: label.text, value: value.text });
    k++;
  }
  return pairs.length >= FEWEST_PAIRS ? pairs : null;
}
