// The figures a goal text states ("培训500人次", "采购马铃薯原原种425万粒") against the indicators that restate
// them: an indicator of the same unit whose name carries the goal's words for the figure, with another number.
// Only "words + number + unit" is read (a figure written before its noun, "开展7个…", is a count of things the
// indicators may split by place); a figure some indicator of that unit states is restated, whatever its name.
import { Decimal } from '../../money/decimal.ts';
import { squash } from './text.ts';

export interface GoalFigure {
  /** The words before the figure, up to the clause start ("采购马铃薯原原种"). */
  words: string;
  value: Decimal;
  unit: string;
  written: string;
}

export interface RestatingIndicator {
  name: string;
  /** The indicator's number and unit, as its value states them. */
  value: string | null;
  unit: string | null;
  raw: string;
  path: string;
}

export interface GoalContradiction {
  figure: GoalFigure;
  indicator: RestatingIndicator;
}

const UNIT =
  '万人次|人次|万人|人|户|万亩|亩|公里|千米|米|平方米|万粒|粒|株|万株|只|头|台|套|场|次|篇|册|件|所|家|项|个|吨|万元|元';
const FIGURE = new RegExp(
  `([\\p{Script=Han}（）()]{2,30}?)(\\d+(?:\\.\\d+)?)(${UNIT})(?=[，,。；;、)）]|$)`,
  'gu',
);

/** "words + number + unit" figures of a goal text. */
export function goalFigures(text: string): GoalFigure[] {
  const t = text.replace(/\s+/g, '');
  return [...t.matchAll(FIGURE)]
    .map((m) => ({
      words: m[1]!.replace(/^(一是|二是|三是|四是|五是|通过|完成|实现|共计|累计|全年|年度|预计)+/, ''),
      value: new Decimal(m[2]!),
      unit: m[3]!,
      written: `${m[2]}${m[3]}`,
    }))
    .filter((f) => f.words.length >= 2);
}

/** Two-character pieces of a text, for a likeness of names. */
const pairs = (s: string) =>
  new Set([...Array(Math.max(0, s.length - 1)).keys()].map((k) => s.slice(k, k + 2)));

/** The goal figures an indicator of the same unit and words restates with another number. */
export function contradictions(
  goalText: string,
  indicators: readonly RestatingIndicator[],
): GoalContradiction[] {
  const out: GoalContradiction[] = [];
  for (const f of goalFigures(goalText)) {
    const same = indicators.filter((i) => i.unit === f.unit && i.value !== null);
    if (same.length === 0 || same.some((i) => new Decimal(i.value!).eq(f.value))) continue;
    // The noun the figure counts: the goal's last three characters before it must stand in the indicator's name.
    const head = f.words.slice(-3);
    const words = pairs(f.words);
    const named = same
      .filter((i) => squash(i.name).includes(head))
      .map((i) => ({ i, shared: [...pairs(squash(i.name))].filter((p) => words.has(p)).length }))
      .sort((a, b) => b.shared - a.shared);
    if (named[0]) out.push({ figure: f, indicator: named[0].i });
  }
  return out;
}
