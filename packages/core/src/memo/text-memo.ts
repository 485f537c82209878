// Answers remembered by text, bounded. The readers ask the same questions of the same cell texts row after row
// and document after document (a level name, a heading, a unit), so each answer that depends on its text alone
// is worked out once; but every document also brings texts never seen again (names, figures, sentences), and a
// memo that kept them all would grow with every text a long-running server reads. One helper for every memo, so
// that each has a bound and the same way of forgetting.
//
// Forgetting is by two generations, close to least-recently-used at the cost of a plain Map lookup: new answers go
// into the young map; when it is full it becomes the old one (the previous old one dropped whole) and a new young
// map starts. An answer found in the old map is written into the young one again, so the texts that come back
// (the same level names in every form) live on and those seen once go when their generation does. At most
// `bound` answers are held (two generations of bound / 2). A smaller map is also a faster one: a lookup in a map
// of tens of thousands of strings misses the processor's caches far more often than in one of a few thousand.

/** A memo's name, its size now and its bound: what the tests hold every memo to. */
export interface TextMemoSize {
  name: string;
  size: number;
  bound: number;
}

// Weakly held: a memo made for an object that goes (a tree's own, say) goes with it, the registry keeping nothing.
const memos: WeakRef<TextMemo<unknown>>[] = [];

/**
 * The bound of a memo that names none: room for the texts that come back across documents (a few thousand in
 * the corpus and in a province's batch of forms), with two generations to tell them from the texts seen once.
 */
export const TEXT_MEMO_BOUND = 20_000;

export class TextMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private readonly generation: number;

  /** `bound`: the most answers held (two generations of half of it each). */
  constructor(
    readonly name: string,
    readonly bound: number = TEXT_MEMO_BOUND,
  ) {
    this.generation = Math.max(1, Math.floor(bound / 2));
    memos.push(new WeakRef(this as TextMemo<unknown>));
  }

  /** The answer remembered for `text`, or undefined (so a memo never holds undefined as an answer). */
  get(text: string): V | undefined {
    const young = this.young.get(text);
    if (young !== undefined) return young;
    const old = this.old.get(text);
    // Asked again: kept on into the next generation.
    if (old !== undefined) this.set(text, old);
    return old;
  }

  set(text: string, value: V): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(text, value);
  }

  /** Answers held now (an answer kept on into the young map may still be counted in the old one too). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /** Forgets every answer. */
  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}

/** Every memo made so far, with its size and its bound. */
export function textMemoSizes(): TextMemoSize[] {
  const out: TextMemoSize[] = [];
  for (const ref of memos) {
    const m = ref.deref();
    if (m) out.push({ name: m.name, size: m.size, bound: m.bound });
  }
  return out;
}
