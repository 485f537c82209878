// The parts a 年度资金总额 cell explains its amount by (854万(高标准农田建设400万元,示范建设295万元,…)) stand for the
// form's sources only while the form lists none of its own. Such an explanation often splits the money by what it
// is spent on, while the lines under the total (其中：财政拨款 | 854万, 其他资金) split the same money by where it
// comes from: keeping both counts the money twice (R-SUM-01 would find sources of twice the budget).
import type { ProjectForm } from '@jixiao/core';

type Source = ProjectForm['budget']['sources'][number];

/** The sources that were read from the total's explanation, not from lines of their own. */
const explained = new WeakSet<Source>();

/** The parts of the total's explanation kept as the form's sources, when it has none yet. */
export function keepExplainedParts(form: ProjectForm, parts: readonly Source[]): void {
  if (form.budget.sources.length > 0) return;
  for (const p of parts) explained.add(p);
  form.budget.sources.push(...parts);
}

/**
 * A source the form lists on a line of its own. One with an amount replaces the parts read from the total's
 * explanation: the form's own lines are its sources.
 */
export function addListedSource(form: ProjectForm, source: Source): void {
  const sources = form.budget.sources;
  if (source.amount !== null && sources.some((s) => explained.has(s))) {
    const listed = sources.filter((s) => !explained.has(s));
    sources.splice(0, sources.length, ...listed);
  }
  sources.push(source);
}
