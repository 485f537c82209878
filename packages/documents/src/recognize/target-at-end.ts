// A target form's row cut out of run-together text (a .doc's text layer: …数量指标镇街补助款完成结算项目数3时效指标
// 结算款支付及时性及时…), its name and its one target in one piece with nothing marking the edge: no sign, no
// percentage, no unit. Where the piece must hold the row's value (nothing after it gives one), the edge is read from
// what a target is: a bare figure or a date closing the piece (项目数3, 完成时限2021年), or a judgement closing it —
// a word the lexicon knows as a judgement (及时, 全部完成), an adverb of manner or degree with the verb it qualifies
// (及时发放, 持续加强, 明显增强), the answer to a name that asks (是否存在质量问题 | 否), or the adjective that judges
// the quality a name ends in (误差率 | 低).
import { isValueShaped } from './tokenize.ts';
import { JUDGEMENT_WORDS } from './lexicon-columns.ts';
import { COMPARATOR_WORDS, doubledHalf } from './evaluation-atoms.ts';
import { clauseTargetAt } from './sentence-target-rows.ts';

/** A date as a target writes it, closing the text: 2021年, 2023年底, 2021年12月, 2021年1月-12月, 2020.1.1-2020.12.31. */
const DATE_AT_END =
  /(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:[-—–~～至]{1,2}(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)?|\d{4}\.\d{1,2}\.\d{1,2}[-—–~～至]{1,2}\d{4}\.\d{1,2}\.\d{1,2})(?:底前|底|末|前|内|以前|之前)?$/u;
/** Where a name may end before a figure: a Han character or a closing bracket, not an ordinal's 第 or a template's 指标/目标. */
const NAME_END = /(?:[\p{Script=Han}）)])$/u;
const NUMBERING_END = /(?:第|指标|目标|序号|编号|No\.?)$/u;
/**
 * Adverbs of manner or degree a worded target opens with, before the verb or adjective they qualify — a period's
 * (按月安排, 按季度拨付) too —, a duration (长期, 持续) standing before them as part of the target (长期有效运行).
 */
const MANNER =
  /(?:长期|持续)?(?:及时|按时|按期|如期|按月|按季度|按季|按年|按周|按需|全部|基本|明显|显著|有效|持续|逐步|不断|稳步|有所|大幅|全面|进一步|更加)\p{Script=Han}{1,2}$/u;
/**
 * A four-character parallel idiom closing the text, the targets' stock judgements: one character repeated across a
 * gap (应保尽保, 日产日清, 专款专用), not a pair written twice (到位到位) nor one character doubled.
 */
const PARALLEL_IDIOM =
  /(?:(\p{Script=Han})(?!\1)\p{Script=Han}\1(?!\1)\p{Script=Han}|\p{Script=Han}(\p{Script=Han})(?!\2)\p{Script=Han}\2)$/u;
/** A name that asks (是否…, 有无…): its target is the answer. */
const ASKS = /(?:是否|有无)/u;
const ANSWER = /[是否有无]$/u;
/** The quality nouns a name ends in (及时性, 满意度, 误差率, 质量, 情况), which a one-character adjective judges. */
const QUALITY_END = /(?:性|度|率|质量|情况|水平|效果)$/u;
const ADJECTIVE = /[好优良高低差]$/u;
/** A quality noun and the words after it, the last such noun in the text (a greedy name before it). */
const QUALITY_THEN_WORDS = /^.*(?:情况|性|度|率)(\p{Script=Han}{2,6})$/u;

/** Words enough to name an indicator: four characters at least, two of them Han. */
const namesEnough = (t: string) => t.length >= 4 && (t.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2;

/** A bare figure or a date closing the text after a name's last Han character or bracket, or null. */
function figureAtEnd(text: string): { name: string; value: string } | null {
  const date = DATE_AT_END.exec(text);
  if (date && date.index > 0) {
    const name = text.slice(0, date.index);
    if (NAME_END.test(name) && namesEnough(name) && !NUMBERING_END.test(name))
      return { name, value: date[0] };
  }
  // The longest figure that is a target as printed (85, 4.5, 250万, 780元/生/年) after the name's last word.
  for (let at = 1; at < text.length; at++) {
    if (!/\d/.test(text[at]!) || /[\d.]/.test(text[at - 1]!)) continue;
    const name = text.slice(0, at);
    const value = text.slice(at);
    if (!NAME_END.test(name) || !namesEnough(name) || NUMBERING_END.test(name)) continue;
    if (!isValueShaped(value) && !/^\d[\d.]*$/.test(value)) continue;
    // 预算成本不高于380万: a comparison's word before the figure is the value's (≤380万), no word of the name.
    const bound = COMPARATOR_WORDS.find((w) => name.endsWith(w) && namesEnough(name.slice(0, -w.length)));
    return bound ? { name: name.slice(0, -bound.length), value: bound + value } : { name, value };
  }
  return null;
}

/** The word a name closes on that its target writes again (提供支撑 | 正面支撑): two characters. */
const RESTATED_WORD = 2;
/** The qualifier the target puts before that word (正面, 有力): two characters. */
const QUALIFIER = 2;

/**
 * 为生态环境保护提供支撑正面支撑: a target that writes the name's last word again with a qualifier before it (正面支撑,
 * 有力保障) — the name closes on the word, the target on the same word: the target's length (qualifier and word), or 0.
 */
function qualifiedRestatement(text: string): number {
  const word = text.slice(-RESTATED_WORD);
  const target = QUALIFIER + RESTATED_WORD;
  const name = text.slice(0, -target);
  const qualifier = text.slice(-target, -RESTATED_WORD);
  return /^\p{Script=Han}{2}$/u.test(word) &&
    /^\p{Script=Han}{2}$/u.test(qualifier) &&
    qualifier !== word &&
    name.endsWith(word) &&
    namesEnough(name)
    ? target
    : 0;
}

/** A judgement closing the text after words enough for a name, or null. */
function judgementAtEnd(text: string): { name: string; value: string } | null {
  const cut = (length: number) => {
    const name = text.slice(0, text.length - length);
    return namesEnough(name) && /\p{Script=Han}$/u.test(name)
      ? { name, value: text.slice(text.length - length) }
      : null;
  };
  // 补助发放及时性及时发放: an adverb and its verb (the longer reading of the two).
  const manner = MANNER.exec(text);
  const word = JUDGEMENT_WORDS.find((w) => w.length >= 2 && text.endsWith(w));
  const idiom = PARALLEL_IDIOM.exec(text);
  const parallel = idiom && doubledHalf(idiom[0]) === null ? 4 : 0;
  const longest = Math.max(
    manner ? manner[0].length : 0,
    word?.length ?? 0,
    parallel,
    qualifiedRestatement(text),
  );
  if (longest > 0) return cut(longest);
  if (ANSWER.test(text) && ASKS.test(text.slice(0, -1))) return cut(1);
  if (ADJECTIVE.test(text) && QUALITY_END.test(text.slice(0, -1))) return cut(1);
  // 按进度计划实施情况按计划实施, 成本控制率不超预算: a name closed by the quality it measures, a few words after it
  // that say how that quality is to be — the target in words.
  const worded = QUALITY_THEN_WORDS.exec(text);
  return worded ? cut(worded[1]!.length) : null;
}

/**
 * The name and the target of a row whose one target closes its text unmarked (项目数3, 及时性及时, 是否存在质量问题否);
 * null where the text ends in no such target. Only for a piece that must hold its row's value.
 */
export function targetAtEnd(text: string): { name: string; value: string } | null {
  const t = text.trim();
  if (t.length > 200 || /[。；;]/.test(t)) return null;
  return figureAtEnd(t) ?? judgementAtEnd(t) ?? clauseAtEnd(t) ?? restatedTarget(t);
}

/** Characters a target restating its name holds at least (资产明确, 控制在预算内). */
const MIN_RESTATED = 4;

/**
 * A target that writes its name again: opening with the name's first words (控制在预算成本内 | 控制在预算内, 资产产权
 * 明确性 | 资产明确), or closing with the whole name (符合政策规定 | 专项补助使用符合政策规定). The first such reading,
 * the name of four characters or more; null where the text restates nothing.
 */
function restatedTarget(text: string): { name: string; value: string } | null {
  for (let len = Math.floor((text.length - 1) / 2); len >= 4; len--) {
    const name = text.slice(0, len);
    if (text.endsWith(name) && namesEnough(name)) return { name, value: text.slice(len) };
  }
  const opening = text.slice(0, 2);
  if (!/^\p{Script=Han}{2}$/u.test(opening)) return null;
  for (let at = 4; at <= text.length - MIN_RESTATED; at++) {
    if (!text.startsWith(opening, at)) continue;
    const name = text.slice(0, at);
    return namesEnough(name) && /\p{Script=Han}$/u.test(name) ? { name, value: text.slice(at) } : null;
  }
  return null;
}

/** Characters the opening words two rows of one 二级 share at least (经费支出合规性… | 经费支出时效性…). */
const SHARED_OPENING = 3;

/**
 * Rows of one 二级 run together whose names open with the same words (经费支出合规性较高经费支出时效性及时支出): the
 * text parted where those words come again, each part read as a name and the target closing it (targetAtEnd) —
 * name, target, name, target; null where the words come not again or a part reads as no row.
 */
export function rowsOpeningAlike(text: string): string[] | null {
  const t = text.trim();
  if (t.length > 200 || !/^\p{Script=Han}{3}/u.test(t)) return null;
  const opening = t.slice(0, SHARED_OPENING);
  const starts = [0];
  for (let at = t.indexOf(opening, 4); at > 0; at = t.indexOf(opening, at + 4)) starts.push(at);
  if (starts.length < 2) return null;
  const out: string[] = [];
  for (const [k, from] of starts.entries()) {
    const row = targetAtEnd(t.slice(from, starts[k + 1] ?? t.length));
    if (!row) return null;
    out.push(row.name, row.value);
  }
  return out;
}

/** 按要求合理支付按在校学生数核算经费: a target worded as a clause, where a clause opener starts it after the name. */
function clauseAtEnd(text: string): { name: string; value: string } | null {
  const at = clauseTargetAt(text);
  return at === null ? null : { name: text.slice(0, at), value: text.slice(at) };
}

/**
 * The judgements that close a worded target between two rows' names without doubt: of three characters or more (已完成,
 * 全部完成, 显著提高 — a degree or a manner with its result), never a name’s own verb alone (提高, 完成) nor a negation (未完成项目比例 is a name).
 */
const BETWEEN_NAMES = JUDGEMENT_WORDS.filter((w) => w.length >= 3 && !/^[未不无]/u.test(w));
/** Characters a name goes on with after a judgement-like word inside it (完成率, 提高程度): no next name opens so. */
const NAME_GOES_ON = /^(?:率|性|度|值|额|比例|比率|程度|幅度|情况|数量|人数|次数|个数|户数|面积|时间)/u;
/**
 * A rate or a property a name ends in (覆盖率, 合规性, 满意度): the quality a two-character judgement right after it
 * (提高, 较高) judges — that judgement is the row's target though it stands once.
 */
const JUDGED_QUALITY = /(?:率|性|满意度)$/u;
/** Characters that make the word after them a part of the name (不, 未: 未完成 in 是否未完成…). */
const BOUND_BEFORE = /[不未无较很更最否]$/u;

/** Judgements of two characters (提高, 有效): a name's own words as often as a target, between two names. */
const SHORT_JUDGEMENTS = JUDGEMENT_WORDS.filter((w) => w.length === 2 && !/^[未不无]/u.test(w));

/** Whether `word` at `at` stands where a row's target ends the name before and the next name follows. */
function standsBetween(text: string, at: number, word: string): boolean {
  const rest = text.slice(at + word.length);
  return (
    /\p{Script=Han}$/u.test(text.slice(0, at)) &&
    !BOUND_BEFORE.test(text.slice(0, at)) &&
    rest.length >= 4 &&
    /^\p{Script=Han}/u.test(rest) &&
    !NAME_GOES_ON.test(rest)
  );
}

/**
 * The two-character judgements that stand between names twice or more in the text (学员种植技术水平提高培训人员绿色
 * 种植意识提高农民综合素质…): the rows of one 二级 judged alike, the repetition showing the word is each row's target
 * and no name's. A word that is part of a longer judgement there (持续提高) does not count.
 */
function repeatedShortJudgements(text: string): string[] {
  return SHORT_JUDGEMENTS.filter((word) => {
    let stands = 0;
    for (let at = text.indexOf(word, 4); at >= 0 && stands < 2; at = text.indexOf(word, at + 1)) {
      const inLonger = JUDGEMENT_WORDS.some(
        (w) =>
          w.length > word.length &&
          ((w.endsWith(word) && text.slice(at + word.length - w.length, at + word.length) === w) ||
            (w.startsWith(word) && text.startsWith(w, at))),
      );
      if (!inLonger && standsBetween(text, at, word)) stands++;
    }
    return stands >= 2;
  });
}

/** A question a name asks (是否存在质量问题, 有无安全事故) and the one-character answers to it. */
const QUESTIONS: ReadonlyArray<readonly [string, string]> = [
  ['是否', '是否'],
  ['有无', '有无'],
];

/**
 * The answer right after a name that asks a question (已建工程是否存在质量问题 | 否 | 截至…): 是 or 否 after 是否,
 * 有 or 无 after 有无, the question's own words between — a yes/no indicator's target is its answer, and the next
 * row's name follows it. Undefined where the words asked nothing, or the character answers no question they ask.
 */
function questionAnswer(words: string, character: string): string | undefined {
  return QUESTIONS.some(([ask, answers]) => {
    const at = words.indexOf(ask);
    return at >= 0 && words.length - at - ask.length >= 2 && answers.includes(character);
  })
    ? character
    : undefined;
}

/**
 * A piece of run-together text holding a row's name, its worded target and the next row's name (档案查阅利用效率
 * 显著提高数字化成果合格率): cut into name, target, name …; the text alone where no such judgement stands between
 * words enough for two names. A judgement of two characters cuts only where it stands so twice (repeatedShortJudgements)
 * or right after the rate or property it judges (覆盖率提高, 合规性较高).
 */
export function judgementsBetweenNames(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  const words = [...BETWEEN_NAMES, ...(text.length <= 400 ? repeatedShortJudgements(text) : [])];
  for (let at = 4; at < text.length - 4 && out.length < 200; at++) {
    const word =
      words.find((w) => text.startsWith(w, at)) ??
      (JUDGED_QUALITY.test(text.slice(0, at))
        ? SHORT_JUDGEMENTS.find((w) => text.startsWith(w, at))
        : undefined) ??
      questionAnswer(text.slice(from, at), text.charAt(at));
    if (!word) continue;
    const name = text.slice(from, at);
    if (!namesEnough(name) || !standsBetween(text, at, word)) continue;
    out.push(name, word);
    from = at + word.length;
    at = from + 3;
  }
  return [...out, text.slice(from)];
}

/**
 * A row whose target writes its name again (资金到位率 | 资金到位率达100%), run together: the name written twice, a
 * few words after it (达, 达到), then the figure. The name is written once; the rest opens the target. The pair as
 * it was where the name is not written twice.
 */
export function restatedName(name: string, value: string): { name: string; value: string } {
  for (let half = Math.floor(name.length / 2); half >= 3; half--) {
    const once = name.slice(0, half);
    const rest = name.slice(2 * half);
    if (name.startsWith(once, half) && rest.length <= 3 && !/\d/.test(rest))
      return { name: once, value: once + rest + value };
  }
  // 补助资金按时到期补助资金及时到位 | 100%: the target writes the name's opening words again (its subject) and words
  // of its own; the name ends where they come again. (Not past a figure: 档案扫描总页数600万页档案扫描页数 is a row
  // with its value, then the next name opening alike.)
  const opening = name.slice(0, RESTATED_OPENING);
  const again = name.indexOf(opening, RESTATED_OPENING);
  if (
    /^\p{Script=Han}+$/u.test(opening) &&
    opening.length === RESTATED_OPENING &&
    again >= RESTATED_OPENING &&
    !/\d/.test(name.slice(0, again)) &&
    /^\p{Script=Han}{2}/u.test(name.slice(again + RESTATED_OPENING))
  )
    return { name: name.slice(0, again), value: name.slice(again) + value };
  return { name, value };
}

/** The opening words of a name a target writes again as its subject (补助资金): four characters. */
const RESTATED_OPENING = 4;

/**
 * A worded target known to start where `text` does (after the 定性 of an 指标性质 column) with the next row's name
 * run on after it, that name's figure or sign cut off after it (优良服务周期 | 180, 长期车辆采购数量 | ≤): the
 * judgement the lexicon knows at the start (the longest), and the name after it; null where no judgement opens the
 * text or no name's words follow.
 */
export function judgementThenName(text: string): { value: string; name: string } | null {
  const word = JUDGEMENT_WORDS.filter((w) => w.length >= 2 && text.startsWith(w)).sort(
    (a, b) => b.length - a.length,
  )[0];
  if (!word) return null;
  const name = text.slice(word.length);
  if (!namesEnough(name) || !/^\p{Script=Han}/u.test(name) || NAME_GOES_ON.test(name)) return null;
  return { value: word, name };
}
