// The words of a 自评表's worded cells run together (worded-value-cuts.ts cuts the atoms with them): which words are a
// judgement the forms write as a target or an actual (好, 合规, 已完成), which may name an indicator, and the two
// ways a worded cell writes other words again — a target that is its row's name again, an actual that is its
// target's opening words again.
import { doubledHalf } from './evaluation-atoms.ts';
import { JUDGEMENT_WORDS } from './lexicon-columns.ts';

/** The judgements a target or an actual is worded as in one character. */
export const ONE_CHARACTER = /^[好是否无优良高低差]$/u;
/** Bounds: the longest name compared, and the longest text looked into (a hostile line is left whole). */
const MAX_PHRASE = 16;
const MAX_TEXT = 400;

/** Whether the text is a judgement of the lexicon, whole. */
export const isJudgement = (text: string): boolean => JUDGEMENT_WORDS.includes(text);

/** Whether the text opens with a Han character. */
export const han = (t: string) => /^\p{Script=Han}/u.test(t);
/** Words long enough to name an indicator: two Han characters at least. */
export const namesSomething = (t: string) => (t.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2;
/** Words that may be a name beside a judgement: long enough, and no judgement themselves (显著 | 提升 is one value). */
export const namesWords = (t: string) => namesSomething(t) && !isJudgement(t) && doubledHalf(t) === null;

/** The judgement word (longest first) `text` ends in, leaving words that may name something before it. */
export function judgementAtEnd(text: string): string | null {
  for (const w of JUDGEMENT_WORDS)
    if (text.endsWith(w) && namesWords(text.slice(0, -w.length)) && (w.length > 1 || ONE_CHARACTER.test(w)))
      return w;
  return null;
}

/**
 * The judgements (longest first) `text` opens with, words that may name something after them: one, or two in a
 * row where the header sets an actual and a target after the figures (好合规配套资金到位率: 好 | 合规 | the next name).
 * A one-character judgement opens a text only before another (好 alone may begin a name: 好人好事…).
 */
export function judgementsAtStart(text: string): string[] {
  const found: string[] = [];
  let rest = text;
  for (let k = 0; k < 2; k++) {
    const w = JUDGEMENT_WORDS.find(
      (j) => rest.startsWith(j) && namesWords(rest.slice(j.length)) && han(rest.slice(j.length)),
    );
    if (!w) break;
    found.push(w);
    rest = rest.slice(w.length);
  }
  // A one-character judgement stands only before another judgement.
  while (found.length > 0 && found.at(-1)!.length === 1) found.pop();
  return found;
}

/**
 * The pieces of `b` where it opens with the whole of `a` (a row's name, four characters at least) and a judgement
 * of the lexicon follows before more words (the next name): [a, judgement…, rest]; null otherwise.
 */
export function restatedNameCut(a: string, b: string): string[] | null {
  if (a.length < 4 || a.length > MAX_PHRASE || !b.startsWith(a) || !namesSomething(a)) return null;
  const rest = b.slice(a.length);
  // (The row's last cell: the judgement alone, 指导城市建设完成 before the next level.)
  if (isJudgement(rest)) return [a, rest];
  const starts = judgementsAtStart(rest);
  const oneWord =
    starts.length === 0 ? JUDGEMENT_WORDS.find((w) => w.length > 1 && rest.startsWith(w)) : undefined;
  const opened =
    starts.length > 0 ? starts : oneWord && namesWords(rest.slice(oneWord.length)) ? [oneWord] : [];
  if (opened.length === 0) return null;
  return [a, ...opened, rest.slice(opened.join('').length)];
}

/** The longest opening words looked for again, in characters. */
const MAX_OPENING = 8;

/**
 * A text that writes its opening words again after words of its own (全天候可用全天候, 一次性通过…验收一次性安全事故
 * 发生率): a target and the actual that restates its opening, then the next name if words follow — [target, actual]
 * or [target, actual, name]; null where no opening of two Han characters or more comes again so.
 */
export function openingAgain(text: string): string[] | null {
  if (text.length > MAX_TEXT) return null;
  for (let len = Math.min(MAX_OPENING, Math.floor((text.length - 2) / 2)); len >= 2; len--) {
    const opening = text.slice(0, len);
    if (!/^\p{Script=Han}+$/u.test(opening) || new Set(opening).size === 1) continue;
    const again = text.indexOf(opening, len + 2);
    if (again < 0) continue;
    const after = text.slice(again + len);
    // (The words after it are a name's, four characters at least, or none; not the opening going on.)
    if (after !== '' && (after.length < 4 || !namesWords(after))) continue;
    return [text.slice(0, again), opening, ...(after === '' ? [] : [after])];
  }
  return null;
}
