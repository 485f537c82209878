// Figures a name writes inside its words, run together with the row's cells (a form copied without cell breaks):
// 城区主次干道500米内公厕覆盖率 (a distance or a time span closed by 内) and 配套电力设施1250KVA变压器 (a rating in a
// unit written in Latin letters). The words glued on after such a figure go on with the name; no row's name opens
// there — a name opens with what it measures, never with 内 after a span, nor with a span's unit or the letters of
// a unit.

/** The pieces of a run-together row as evaluation-atoms.ts cuts them (a value or a text, glued to the one before). */
export interface GluedPiece {
  kind: 'value' | 'text';
  text: string;
  glued?: boolean;
}

/** The units a span inside a name is counted in: a distance or a time (500米内, 3公里内, 30分钟内, 24小时内). */
const SPAN_UNIT = /^(?:米|公里|千米|km|分钟|小时|天|日|个月|周|个工作日|工作日)$/u;
/** 内 closing a span, not opening a word of its own (内部, 内容, 内控, 内河 …), words after it. */
const WITHIN_THEN_WORDS = /^内(?![部容控涵业外勤地陆河科镜])\p{Script=Han}/u;
/**
 * A unit written in Latin letters that a rating or a generation carries (1250KVA, 10kV, 500kW, 5G), words after
 * it: the spec of what the name counts (变压器, 线路, 基站).
 */
const LATIN_UNIT_THEN_WORDS = /^(?:[kKMG]?VA|[kKMG]?[VW]|[kK][Ww][Hh]|[MGT]B|G)(?=\p{Script=Han})/u;
/** A figure without a sign, and the unit printed with it. */
const BARE_FIGURE = /^\d[\d.]*(\D*)$/u;

/** The unit of a figure printed without a sign (500米 → 米, 1250 → ''), or null for any other piece. */
function bareUnit(p: GluedPiece | undefined): string | null {
  return p?.kind === 'value' ? (BARE_FIGURE.exec(p.text)?.[1] ?? null) : null;
}

/**
 * Whether the text piece at `i` goes on the name before it with the figure it is glued to: 内 closing a span the
 * figure counts (500米 | 内公厕覆盖率, or 500 | 米 | 内公厕覆盖率 where the unit was given apart), the span's unit
 * itself, or the Latin letters of a unit the figure is printed in (1250 | KVA变压器). Only after a figure without a
 * sign: a compared value (≥500米) is a row's target, and a name may follow it.
 */
export function goesOnAfterFigure(pieces: readonly GluedPiece[], i: number): boolean {
  const a = pieces[i];
  if (a?.kind !== 'text' || a.glued !== true) return false;
  const before = pieces[i - 1];
  const unit = bareUnit(before);
  if (unit === '') {
    if (LATIN_UNIT_THEN_WORDS.test(a.text)) return true;
    // 500 | 米 | 内公厕覆盖率: the unit a reading may give the next name, where 内 closes the span after it.
    const next = pieces[i + 1];
    return SPAN_UNIT.test(a.text) && next?.glued === true && WITHIN_THEN_WORDS.test(next.text);
  }
  if (unit !== null) return SPAN_UNIT.test(unit) && WITHIN_THEN_WORDS.test(a.text);
  // (500 | 米 | 内…: the 内 after the unit given apart.)
  return (
    before?.kind === 'text' &&
    before.glued === true &&
    SPAN_UNIT.test(before.text) &&
    bareUnit(pieces[i - 2]) === '' &&
    WITHIN_THEN_WORDS.test(a.text)
  );
}
