// The 执行率 of a 自评表's or 监控表's budget lines as the model holds it: a number of percent (docs/model.md),
// whatever the document printed — 95.5% (the sign dropped), 95.5, or 0.955 where the line's own amounts show it
// is a ratio (27.8 of 29 is 0.958, not 0.958 %). Applied once, to every document read.
import type { EvaluationDocument } from '@jixiao/core';
import { Decimal } from '@jixiao/core';

const PLAIN = /^\d+(?:\.\d+)?$/;
/** How near a ratio must come to the amounts' share to be read as one (half a percent). */
const NEAR = 0.005;

interface RatedLine {
  initial?: string | null;
  annual: string | null;
  executed: string | null;
  rate: string | null;
}

/** The line's rate in percent; as given where it is no figure or its reading is not clear. */
export function percentRate(line: RatedLine): string | null {
  const printed = line.rate?.trim().replace(/\s*[%％]$/, '') ?? null;
  if (printed === null || !PLAIN.test(printed)) return line.rate;
  if (printed !== line.rate?.trim()) return printed;
  const value = new Decimal(printed);
  if (value.isZero() || value.gt(1)) return printed;
  const base = line.annual ?? line.initial ?? null;
  if (base === null || line.executed === null || !PLAIN.test(base) || !PLAIN.test(line.executed))
    return printed;
  const [b, e] = [new Decimal(base), new Decimal(line.executed)];
  if (b.isZero()) return printed;
  const share = e.div(b);
  const near = (r: Decimal) => share.minus(r).abs().lte(NEAR);
  // 0.958 beside 27.8 of 29: the share as a ratio; 0.5 beside 0.5 of 100 is half a percent, as printed.
  return near(value) && !near(value.div(100)) ? value.mul(100).toFixed() : printed;
}

/** The document with every budget line's rate in percent. */
export function withPercentRates<D extends EvaluationDocument>(doc: D): D {
  if (doc.kind === 'monitoring') return { ...doc, budget: { ...doc.budget, rate: percentRate(doc.budget) } };
  return {
    ...doc,
    budget: {
      ...doc.budget,
      rate: percentRate(doc.budget),
      sources: doc.budget.sources.map((s) => ({ ...s, rate: percentRate(s) })),
    },
  };
}
