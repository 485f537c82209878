// Words local templates put before a tree's 一级 name without changing what it names (DOMAIN §1.1 R-IND-01's
// spelling variants; corpus docs/007 and wide/385 print 预期产出指标, wide/244 and 275 项目效益指标, 银川's and
// 吉林's templates 项目产出 / 项目效果). Kept as data beside the trees, read only by meantLevel1.

/** A target form states what is expected (预期产出指标); a project's own form says whose outputs (项目效益指标). */
export const LEVEL1_QUALIFIERS: readonly string[] = ['预期', '项目'];
