// Ranking library entries for what is typed: likeness of the name (or words of its definition), the
// project's category (its own 行业 first) and use on approved forms. Pure, so that it is tested directly.
import { nameSimilarity, normaliseName } from './similarity.ts';

export interface RankableEntry {
  name: string;
  definition: string | null;
  sector: string;
  field: string | null;
  level2: string;
  uses: number;
}

export interface RankOptions {
  q: string;
  /** The project's 项目类别 / 行业 as written on the form. */
  category?: string | undefined;
}

// Below this a name is not offered for what is typed (as the approved-forms suggestions).
const MIN_TEXT = 0.25;
// A query found in the definition only (满意 in “…满意程度”) is a weaker hint than one in the name.
const IN_DEFINITION = 0.3;
const CATEGORY_BONUS = 0.2;
const USE_BONUS = 0.15;

// Words a 项目类别 or 主管部门 uses for a sector; the shipped sectors' usual names (DOMAIN.md's 分行业).
const SECTOR_WORDS: Record<string, readonly string[]> = {
  教育: ['教育', '学校', '学生', '教师', '资助', '幼儿', '义务教育'],
  卫生健康: ['卫生', '健康', '医疗', '医院', '疾控', '公共卫生', '妇幼'],
  农业农村: ['农业', '农村', '农田', '乡村振兴', '衔接', '种植', '养殖', '水利'],
  交通运输: ['交通', '公路', '道路', '桥梁', '运输', '客运'],
  社会保障: ['社会保障', '社保', '民政', '救助', '低保', '养老', '就业', '残疾'],
};

function words(s: string): string {
  return normaliseName(s).replace(/(项目|类|支出|事业|资金|专项)/g, '');
}

/** 1 when the project's category names the entry's sector or 项目类别, else 0. */
export function categoryAffinity(
  category: string | undefined,
  e: Pick<RankableEntry, 'sector' | 'field'>,
): number {
  const c = category ? words(category) : '';
  if (!c) return 0;
  const candidates = [e.sector, ...(e.field ? [e.field] : []), ...(SECTOR_WORDS[e.sector] ?? [])];
  return candidates.some((w) => {
    const k = words(w);
    return k.length > 0 && (c.includes(k) || k.includes(c));
  })
    ? 1
    : 0;
}

/** How well the entry's text answers the query: its name, or failing that its definition. */
export function textScore(q: string, e: Pick<RankableEntry, 'name' | 'definition'>): number {
  const byName = nameSimilarity(q, e.name);
  const key = normaliseName(q);
  const inDefinition = key && e.definition && normaliseName(e.definition).includes(key) ? IN_DEFINITION : 0;
  return Math.max(byName, inDefinition);
}

/** Two 二级指标 names meet when equal without the 指标 suffix, or one holds the other (成本 ⊂ 经济成本). */
export function level2Matches(a: string, b: string): boolean {
  const x = normaliseName(a).replace(/指标$/, '');
  const y = normaliseName(b).replace(/指标$/, '');
  return x.length > 0 && y.length > 0 && (x === y || x.includes(y) || y.includes(x));
}

export function rankEntries<T extends RankableEntry>(
  entries: readonly T[],
  opts: RankOptions,
): (T & { score: number })[] {
  const q = opts.q.trim();
  const maxUses = Math.max(0, ...entries.map((e) => e.uses));
  const out: (T & { score: number })[] = [];
  for (const e of entries) {
    const text = q ? textScore(q, e) : 0;
    if (q && text < MIN_TEXT) continue;
    const use = maxUses > 0 ? (USE_BONUS * Math.log1p(e.uses)) / Math.log1p(maxUses) : 0;
    out.push({ ...e, score: text + CATEGORY_BONUS * categoryAffinity(opts.category, e) + use });
  }
  return out.sort((a, b) => b.score - a.score || b.uses - a.uses || a.name.localeCompare(b.name, 'zh-CN'));
}
