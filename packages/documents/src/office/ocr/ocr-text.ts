// Confusions of the OCR engine with the signs forms print, put right by rules that hold for typed text too
// (each rewrites only what typed text never contains), applied to recognised text only.
// - ≥ read as 三 or 兰 before a figure (≥95% → 三95%): no typed cell opens with 三 or 兰 followed by an
//   Arabic digit (三 counts are written 三十 or 30).
// - % read as 9% or % with a trailing 6 or p (100% → 1009%p, a 度量单位 cell % → 9%6): "%6" or "%p" ending a
//   figure is never typed.
// - %% (a percent sign read twice) → %: never typed.
// - O or o between digits → 0 (1O0): a letter O between figures is never typed.

const GE_AS_HAN = /^[三兰](?=\d)/u;
const PERCENT_CELL = /^9?%[6p]$/u;
const PERCENT_TAIL = /(\d)9?%[6p](?![A-Za-z0-9])/gu;
const PERCENT_TWICE = /%%+/gu;
const O_IN_FIGURE = /(?<=\d)[Oo](?=\d)/gu;

export function repairOcrText(text: string): string {
  return text
    .replace(GE_AS_HAN, '≥')
    .replace(PERCENT_CELL, '%')
    .replace(PERCENT_TAIL, '$1%')
    .replace(PERCENT_TWICE, '%')
    .replace(O_IN_FIGURE, '0');
}
