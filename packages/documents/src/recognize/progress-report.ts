// A 监控表's or 自评表's actual that reports progress in words with an approximate figure: 按进度执行,已使用约40%. The
// progress phrase opens the cell, a clause after a comma reports what was done (已使用, 已完成, 已支出) and 约 (about)
// ties the figure to those words: 约 never ends a cell — it always qualifies the figure after it. Where a row's cells
// ran together (成本按进度执行,已使用约40%年度预算220万元), the figure is the report's, the words before the progress
// phrase the row's name — however short the name (成本, a 二级 used as the indicator's name).
import type { Atom } from './evaluation-atoms.ts';
import { nameOf } from './fused-name-readings.ts';
import { PROGRESS_JUDGEMENTS } from './progress-judgements.ts';

/** A report of what was done closing a text on 约, or 约 after a clause mark: the figure after it is the report's. */
const ABOUT_AT_END = /(?:已\p{Script=Han}{1,6}|[，,、])约$/u;
/**
 * The progress a 监控表 reports for a deadline row (项目完工时间 | 2024年11月底 | 完成进度40%): the label 完成进度 (or
 * 进度) closing a text right after a date or a timeliness name (…时间, …时限, …期限) — which a date measures, never a
 * share — before a percentage. The words before it and the label are parted; the label takes the figure.
 */
const PROGRESS_LABEL_AT_END =
  /^(.*(?:\d{1,2}月(?:\d{1,2}日)?(?:[底末](?:之前|以前|前)?|之前|以前|前)?|时间|时限|期限))(完成进度|进度)$/u;
const PERCENTAGE = /^[\d.]+[%％]$/;

/**
 * The atoms with each text that ends in an approximate report (…已使用约) joined to the figure glued on after it, one
 * text: the figure is no cell of its own; and a progress label after a date or a timeliness name (2024年11月底完成进度)
 * parted from them and joined to its percentage (完成进度40%).
 */
export function approximateFiguresJoined(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const a of atoms) {
    const last = out.at(-1);
    const gluedOn = a.kind === 'value' && a.glued === true && last?.kind === 'text' && last.cell === a.cell;
    const label = gluedOn && PERCENTAGE.test(a.text) ? PROGRESS_LABEL_AT_END.exec(last!.text) : null;
    if (gluedOn && ABOUT_AT_END.test(last!.text))
      out[out.length - 1] = { ...last!, text: last!.text + a.text };
    else if (label)
      out.splice(
        out.length - 1,
        1,
        { ...last!, text: label[1]! },
        { ...a, kind: 'text', text: label[2]! + a.text },
      );
    else out.push(a);
  }
  return out;
}

/** The fewest Han characters a name keeps before the progress phrase. */
const MIN_NAME = 2;

/**
 * The readings of a written row whose name runs into its progress report (成本按进度执行,已使用约40%): the name and
 * the report from the progress phrase on, where the phrase closes the text or a clause mark follows it. None where
 * no progress phrase stands after a name's words.
 */
export function progressReportTail(written: string): Array<readonly [string, readonly string[]]> {
  for (const phrase of PROGRESS_JUDGEMENTS) {
    const at = written.indexOf(phrase, MIN_NAME);
    if (at < 0) continue;
    const name = written.slice(0, at);
    const rest = written.slice(at + phrase.length);
    const hanInName = name.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (hanInName < MIN_NAME || !/\p{Script=Han}$/u.test(name)) continue;
    // (A clause after it reports more, 按进度执行,已使用约40%, its figure closing it; words glued on, or glued on after
    // that figure, are the next cell's.)
    if (rest !== '' && !/^[，,；;][^\d，,；;]+(?:[\d.]+[%％‰]?)?$/u.test(rest)) continue;
    return [[nameOf(name), [written.slice(at)]]];
  }
  return [];
}

/** An approximate report with its figure (已使用约40%) closing a text: the end of a report, never of a name. */
const ABOUT_FIGURE_AT_END = /(?:(?:已\p{Script=Han}{1,6}|[，,、])约|完成进度|进度)[\d.]+[%％‰]?$/u;

/**
 * Whether a reading's name closes on an approximate report or a progress label and its figure (成本按进度执行,已使用约40%,
 * 项目完工时间完成进度40%): none does.
 */
export const endsInApproximateReport = (name: string): boolean => ABOUT_FIGURE_AT_END.test(name);
