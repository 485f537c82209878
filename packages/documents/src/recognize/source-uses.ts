// 资金总额 854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元) over 其中：财政拨款 854万: the total's
// bracketed note breaks it down by what the money is for, the 其中 lines by where it comes from. Only the latter are
// 资金来源; the note's items, read as sources while no fund line had come, are dropped once one has.
import { sumDecimals } from '@jixiao/core';
import { PROJECT_FIELDS } from './lexicon-project-fields.ts';
import { lexiconKey } from './lexicon.ts';

interface Source {
  name: string;
  amount: string | null;
}

const PARTS = new Set(PROJECT_FIELDS['budget.part'].map(lexiconKey));
/** Words naming money by where it comes from (中央补助资金, 上级专项资金, 自筹资金 …). */
const FUND_WORDS = /资金|拨款|收入|结转|结余|补助|自筹|债券|预算/;
const TOTAL_LINE = /^(合计|总计|小计)$/;

const isFund = (name: string) => PARTS.has(lexiconKey(name)) || FUND_WORDS.test(name);

/**
 * The sources without the lines that name no fund, where those lines and the fund lines each add up to the total
 * on their own: two breakdowns of one sum, by use and by source. Anything else is left as read.
 */
export function withoutUseBreakdown(sources: readonly Source[], total: string | null): Source[] {
  const given = sources.filter((s) => s.amount !== null && !TOTAL_LINE.test(lexiconKey(s.name)));
  const funds = given.filter((s) => isFund(s.name));
  const uses = given.filter((s) => !isFund(s.name));
  if (total === null || funds.length === 0 || uses.length < 2) return [...sources];
  const adds = (lines: readonly Source[]) => sumDecimals(lines.map((l) => l.amount)).eq(total);
  return adds(funds) && adds(uses) ? sources.filter((s) => !uses.includes(s)) : [...sources];
}
