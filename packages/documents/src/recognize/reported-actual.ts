// A 自评表's actual in words reports a thing done: 已建立, 已制定并执行, 已在门户网站公开. 已 (already) marks what
// happened, which a target (what is to happen) and a name (what is measured) do not say. Where a row's cells ran
// together with no figure to part them (养护长效机制建立健全已建立), the last 已 and the words after it are the row's
// actual, and the words before it a name — or a name and its worded target, where they close on a judgement the
// lexicon knows (建立健全): the fused reading (evaluation-fused.ts) places them in the header's columns.
import { nameOf } from './fused-name-readings.ts';
import { JUDGEMENT_WORDS } from './lexicon-columns.ts';

/** The report closing a text: 已 and a few words after it (no second 已, no figure, no stop). */
const REPORT_AT_END = /已[\p{Script=Han}、，,]{1,10}$/u;
/** A name that asks (是否已…, 有无已…) holds its 已 as words of the question. */
const ASKS_BEFORE = /(?:是否|有无|能否)$/u;
/** Words enough to name an indicator: four characters at least. */
const NAME_LENGTH = 4;

/** The judgement of two characters or more the text closes on, with `before` characters before it at least; or null. */
function judgementClosing(text: string, before = NAME_LENGTH): string | null {
  const word = JUDGEMENT_WORDS.find((w) => w.length >= 2 && text.endsWith(w));
  return word && text.length - word.length >= before ? word : null;
}

/**
 * The readings of a written row that ends in a report of a thing done: [name, cells in written order] — the name
 * and the report; where the words before the report close on a judgement, the name, the judgement and the report;
 * where a judgement closes the words after 已 (已建立建立健全: the actual printed before the target), the name, the
 * report and the judgement. None where the text holds no report or leaves no name before it.
 */
export function reportedTail(written: string): Array<readonly [string, readonly string[]]> {
  const report = REPORT_AT_END.exec(written);
  if (!report || report[0].indexOf('已', 1) >= 0) return [];
  const before = written.slice(0, report.index);
  if (before.length < NAME_LENGTH || !/\p{Script=Han}$/u.test(before) || ASKS_BEFORE.test(before)) return [];
  const out: Array<readonly [string, readonly string[]]> = [[nameOf(before), [report[0]]]];
  const judgement = judgementClosing(before);
  if (judgement) out.push([nameOf(before.slice(0, -judgement.length)), [judgement, report[0]]]);
  const after = judgementClosing(report[0], 2);
  if (after && report[0].length - after.length >= 2)
    out.push([nameOf(before), [report[0].slice(0, -after.length), after]]);
  return out;
}
