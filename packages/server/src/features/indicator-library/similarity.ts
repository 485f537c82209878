// How alike two indicator names are, for Chinese text without word breaks: the Dice coefficient of
// character bigrams (single characters for one-character names), after removing spaces and punctuation.

export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .toLowerCase();
}

function grams(s: string): string[] {
  if (s.length < 2) return s ? [s] : [];
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** 0..1; 1 for equal names. A query contained in a name scores at least 0.6, so prefixes are found. */
export function nameSimilarity(query: string, name: string): number {
  const a = normaliseName(query);
  const b = normaliseName(name);
  if (!a || !b) return 0;
  if (a === b) return 1;
  const ga = grams(a);
  const gb = grams(b);
  const pool = new Map<string, number>();
  for (const g of gb) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of ga) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  const dice = (2 * shared) / (ga.length + gb.length);
  return b.includes(a) ? Math.max(dice, 0.6) : dice;
}
