// Grading the rows of a 自评表 the quantitative formula cannot score (R-EVAL-10, DOMAIN §2.3): a deadline
// (时效: 12月底前完成) is a ceiling on a date, met when the completion is not later; a qualitative target
// (定性) takes the grade its 实际完成值 states — the target repeated word for word, 达成 / 部分达成 / 未达成, or
// 否 / 无 answering a 是 / 有 target —
// and the grade's band of the weight (80–100 %, 60–80 %, 0–60 %). Only what the table writes is graded:
// 基本达成, a paraphrase or a cell read out of place gives no grade, since the unit's judgement stands there.
import type { IndicatorValue } from '../../model/indicator-value.ts';
import { squash } from '../helpers/text.ts';

/** How a deadline row stands: completed by the deadline, after it, or not comparable. */
export type DeadlineStanding = 'met' | 'late' | null;

/** Words an actual writes for "done by the deadline" without a date. */
const ON_TIME = /^(?:已|均已|全部)?(?:按时|按期|如期|提前)(?:完成|办结|发放|验收|上线)?$/;

/** Compares a deadline target with the actual completion. Dates compare only when both carry a year or neither does. */
export function deadlineStanding(target: IndicatorValue, actual: IndicatorValue): DeadlineStanding {
  const dueYear = calendarYear(target);
  if (dueYear !== null) return yearStanding(dueYear, actual);
  const due = target.deadline ?? null;
  if (due === null) return null;
  if (actual.kind === 'qualitative' && ON_TIME.test(squash(actual.text))) return 'met';
  const done = actual.deadline ?? null;
  if (done === null) return null;
  const withYear = (d: string) => /^\d{4}-/.test(d);
  if (withYear(due) !== withYear(done)) return null;
  return done <= due ? 'met' : 'late';
}

/**
 * A calendar year written alone as a 时效 value (2019年, 2019年底前, 2019年内完成): a point in time, so a
 * completion in 2020 is late, not 2020 ÷ 2019 of the target. A duration (3年) is no year: four digits from
 * 1990 to 2099 only.
 */
const CALENDAR_YEAR = /^((?:199|20\d)\d)年(?:底|末|度)?(?:前|之前|以前|内|止)?(?:完成|办结|验收)?$/;

export function calendarYear(v: IndicatorValue): number | null {
  const m = CALENDAR_YEAR.exec(squash(v.raw));
  return m ? Number(m[1]) : null;
}

/** A year target against the actual: a year, or a date that carries its year (2019-12-31). */
function yearStanding(dueYear: number, actual: IndicatorValue): DeadlineStanding {
  if (actual.kind === 'qualitative' && ON_TIME.test(squash(actual.text))) return 'met';
  const doneYear = calendarYear(actual) ?? yearOfDate(actual.deadline ?? null);
  if (doneYear === null) return null;
  return doneYear <= dueYear ? 'met' : 'late';
}

const yearOfDate = (d: string | null): number | null =>
  d !== null && /^\d{4}-/.test(d) ? Number(d.slice(0, 4)) : null;

export type QualitativeLevel = 'met' | 'partly' | 'missed';

/** A grade read from the table: its level, and whether the actual repeats the target word for word. */
export interface QualitativeGrade {
  level: QualitativeLevel;
  asWritten: boolean;
}

const MET = /^(?:已|均已|全部|完全)?(?:达成|完成|达到|实现)(?:年度|预期)?(?:指标|目标)?(?:值)?$/;
const PARTLY = /^部分(?:达成|完成|达到|实现)/;
const MISSED = /^(?:未|没有)(?:达成|完成|达到|实现)/;

const YES = new Set(['是', '有']);

/** Strips what does not change the meaning of a cell: spaces and end punctuation. */
const plain = (text: string | null): string => squash(text).replace(/[。；;，,、.]+$/u, '');

/** The grade a qualitative row's actual states, or null when the table leaves it to the reader. */
export function qualitativeGrade(target: IndicatorValue, actual: IndicatorValue): QualitativeGrade | null {
  if (actual.kind !== 'qualitative') return null;
  const done = plain(actual.text);
  if (done === '') return null;
  if (PARTLY.test(done)) return { level: 'partly', asWritten: false };
  if (MISSED.test(done)) return { level: 'missed', asWritten: false };
  if (MET.test(done)) return { level: 'met', asWritten: false };
  const set = plain(target.text);
  // A yes/no target answered the other way (是 → 否, 有 → 无): not achieved.
  if (target.kind === 'qualitative' && ((set === '是' && done === '否') || (set === '有' && done === '无')))
    return { level: 'missed', asWritten: false };
  // The target repeated as the result: a qualitative target met as set. Two or more characters (or a yes/no
  // answer), so that a stray single character read into both cells is not taken for a statement.
  if (target.kind === 'qualitative' && (done.length >= 2 || YES.has(done)) && done === set)
    return { level: 'met', asWritten: true };
  return null;
}

/**
 * The share of the weight each level allows, lower bound inclusive; only 达成 includes its top. The bands of
 * 财预〔2020〕10号 are 100–80 %, 80–60 %, 60–0 %; some provinces' templates print 100–80 %, 80–50 %, 50–0 %, so
 * the boundary between 部分达成 and 未达成 is taken at its widest (部分 from 50 %, 未达成 below 60 %): a score
 * is called out of band only where every published scheme puts it outside.
 */
export const LEVEL_SHARES: Record<QualitativeLevel, { low: number; high: number; name: string }> = {
  met: { low: 0.8, high: 1, name: '达成年度指标' },
  partly: { low: 0.5, high: 0.8, name: '部分达成年度指标' },
  missed: { low: 0, high: 0.6, name: '未达成年度指标' },
};
