// Rows run together whose targets are sentences (成本控制按照资金测算控制各项成本。补贴数量对学校2400平米体育场馆补贴
// 5万元。): the 。 closes a row's target, so the next row's name starts after it; inside one sentence the target starts
// where a figure or a date opens it (完成时限 | 2021年12月底完成…, 满意率 | 95%以上。) or a word a clause opens with —
// a preposition or an adverb of manner (按照, 对, 通过, 全面, 促进 …), never a name's own words.

/**
 * Words a target written as a clause opens with — a preposition of basis or means (按照, 按, 对, 通过, 利用) or an
 * adverb of manner (全面, 确保, 严格) —, each not going on into a name's noun (对象, 全面性, 按时 is a manner the
 * judgements read). The name before one is four characters at least, so a name that itself opens with such a word
 * (促进学前教育…, 按要求合理支付) keeps it.
 */
const CLAUSE_OPENER =
  /(?:按照|依照|参照|根据|通过|围绕|利用|按(?![时期月季年日])|对(?![象应接比口])|促进|确保|保障|保证|严格|积极|全面(?!性)|有效(?![性率期])|显著|明显|不断|持续(?!性)|进一步|力争|实现(?![率程])|达到)/gu;
/** Words enough to name an indicator: four characters at least, two of them Han, ending in a Han character. */
const NAMES = /^(?=(?:.*\p{Script=Han}){2}).{4,}(?<=\p{Script=Han})$/u;
/** A figure or a date opening the target: a digit right after the name's last Han character. */
const FIGURE_OPENS = /(?<=\p{Script=Han})\d/gu;
/** The end of a name, not of a target: the quality it measures (完成率, 及时性, 满意度). */
const NAME_END = /(?:率|性|度)$/u;

/**
 * Words a name never holds or ends in: a clause's punctuation (学校的教学秩序良好,中考成绩… is prose), or a verb or
 * preposition still waiting for its object (全年预算全额用于 | 保障…, 绿化覆盖达 | 70%: one sentence, not a row).
 */
const NOT_A_NAME = /[，,、；;：:]|(?:于|达|为|至|将|把|向|从|在)$/u;

/** Where the first of the matches leaves a name's words before it and a target's (three characters) after. */
function firstStart(text: string, matches: Iterable<RegExpMatchArray>): number | null {
  const starts = [...matches]
    .map((m) => m.index!)
    .filter((at) => NAMES.test(text.slice(0, at)) && text.length - at >= 3)
    .sort((a, b) => a - b);
  const at = starts[0];
  return at === undefined || NOT_A_NAME.test(text.slice(0, at)) ? null : at;
}

/**
 * Where a worded target starts that a clause opener opens in a row's text (按要求合理支付按在校学生数核算经费: at 按
 * 在…), or null — none, or the words after it ending as a name does (项目建设按期完成率).
 */
export function clauseTargetAt(text: string): number | null {
  const at = firstStart(text, text.matchAll(CLAUSE_OPENER));
  return at === null || NAME_END.test(text) ? null : at;
}

/** A sentence as a target writes it: words closed by 。 (commas may stand inside). */
const SENTENCE = /[^。]+。/gu;

/** The name and its target out of one sentence, or null where nothing shows where the target starts. */
function cutSentence(sentence: string): [string, string] | null {
  const at = firstStart(sentence, [...sentence.matchAll(CLAUSE_OPENER), ...sentence.matchAll(FIGURE_OPENS)]);
  return at === null ? null : [sentence.slice(0, at), sentence.slice(at)];
}

/**
 * Run-together text of rows whose targets are sentences, cut into name, target, name, target … (`rows`), and
 * whatever follows the last 。 (`rest`, for the readers of rows run together). Null where the text opens with no
 * sentence or a sentence shows no start of its target.
 */
export function sentenceTargetRows(text: string): { rows: string[]; rest: string } | null {
  if (text.length > 2000 || !/\p{Script=Han}。/u.test(text)) return null;
  const sentences = [...text.matchAll(SENTENCE)];
  if (sentences.length === 0 || sentences[0]!.index !== 0) return null;
  const out: string[] = [];
  for (const s of sentences) {
    const cut = cutSentence(s[0]);
    if (!cut) return null;
    out.push(...cut);
  }
  const last = sentences.at(-1)!;
  return { rows: out, rest: text.slice(last.index + last[0].length) };
}
