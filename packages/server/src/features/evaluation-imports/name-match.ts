// How alike two names are when a 自评表 or 监控表 from outside spells them its own way: the same measure
// written with its words reordered (满意度（群众） / 群众满意度), with or without a closing word (验收合格率 /
// 验收合格, 受益人数 / 受益人), with punctuation or spaces. Traditional script is already simplified by the
// reader. Built on the indicator library's bigram measure, which sees shared runs of characters; the
// characters shared regardless of order are blended in so that a reordering still scores high.
import { nameSimilarity, normaliseName } from '../indicator-library/similarity.ts';

/** Closing words that name the same measure: compared with and without them. */
const CLOSING_WORDS = [
  '比例',
  '比率',
  '占比',
  '情况',
  '数量',
  '个数',
  '人数',
  '次数',
  '总数',
  '总额',
  '金额',
  '完成率',
  '率',
  '数',
  '量',
];
/** Words that only say "this is a level" in a 一级/二级 name: 数量指标 = 数量, 社会效益指标 = 社会效益. */
const LEVEL_WORD = /(?:类)?指标$/u;

/** The name and the name without each closing word it ends with (and a 的 before it). */
function stems(s: string): string[] {
  const out = [s];
  for (const w of CLOSING_WORDS) {
    if (!s.endsWith(w)) continue;
    const t = s.slice(0, -w.length).replace(/的$/u, '');
    if (t.length >= 2) out.push(t);
  }
  return out;
}

/** Dice coefficient of the characters as a multiset (order ignored). */
function characterDice(a: string, b: string): number {
  if (!a || !b) return 0;
  const pool = new Map<string, number>();
  for (const c of b) pool.set(c, (pool.get(c) ?? 0) + 1);
  let shared = 0;
  for (const c of a) {
    const n = pool.get(c) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(c, n - 1);
    }
  }
  return (2 * shared) / ([...a].length + [...b].length);
}

function blended(a: string, b: string): number {
  const runs = Math.max(nameSimilarity(a, b), nameSimilarity(b, a));
  return 0.75 * runs + 0.25 * characterDice(a, b);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** 0..1, symmetric; 1 for names equal after normalisation, 0.95 when only a closing word differs. */
export function textSimilarity(a: string | null | undefined, b: string | null | undefined): number {
  const x = normaliseName(a ?? '');
  const y = normaliseName(b ?? '');
  if (!x || !y) return 0;
  if (x === y) return 1;
  const xs = stems(x);
  const ys = stems(y);
  if (xs.some((s) => ys.includes(s))) return 0.95;
  const best = Math.max(...xs.flatMap((a) => ys.map((b) => blended(a, b))));
  return round2(Math.min(0.94, best));
}

/** A 一级/二级 name without the word 指标, for comparing levels across templates. */
export function levelKey(level: string | null | undefined): string {
  return normaliseName(level ?? '').replace(LEVEL_WORD, '');
}

/**
 * Whether two 一级/二级 names are the same level: unknown on either side counts as the same (a template
 * without the column says nothing against it); otherwise equal without 指标, or clearly alike.
 */
export function sameLevel(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = levelKey(a);
  const y = levelKey(b);
  if (!x || !y) return true;
  return x === y || x.includes(y) || y.includes(x) || textSimilarity(x, y) >= 0.6;
}
