// How other provinces' templates spell a tree's level names without changing what they name (DOMAIN §1.1 R-IND-01's
// spelling variants): kept as data beside the trees and read only by meantLevel1/meantLevel2 — the checks' reading.
// The readers keep such a name as printed.

/**
 * Words put before a tree's 一级 name: a target form states what is expected (预期产出指标: docs/007, wide/385), a
 * project's own form whose outputs (项目效益指标: wide/244, 275; 项目产出 / 项目效果: 银川's and 吉林's templates).
 */
export const LEVEL1_QUALIFIERS: readonly string[] = ['预期', '项目'];

/**
 * Endings written for 指标: 数量目标 / 社会效益目标 (福建's and 萍乡's templates: wide/224, 447), 产出值 / 数量值 (临邑's:
 * wide/170).
 */
export const ENDINGS_FOR_INDICATOR: readonly string[] = ['目标', '值'];

// A note in brackets after or inside the name: 产出（工作量）指标（数量、质量、成本方面的指标） (formats/465), 产出指标（40-50）分
// with its points (wide/431).
const POINTS_NOTE = /[（(][\d.]+(?:[-—~～至][\d.]+)?[）)]分/g;
const NOTE = /[（(][^（）()]*[）)]/g;

/** The written name (spaces already squashed) as a tree would write it, in each local spelling it may be in. */
export function localSpellings(written: string): string[] {
  const bare =
    written.includes('（') || written.includes('(')
      ? written.replace(POINTS_NOTE, '').replace(NOTE, '')
      : written;
  const out = bare === written ? [written] : [written, bare];
  for (const ending of ENDINGS_FOR_INDICATOR)
    if (bare.length > ending.length && bare.endsWith(ending))
      out.push(`${bare.slice(0, -ending.length)}指标`);
  return out;
}
