// A worded target that restates the quality its row's name measures: 资产产权明确性 | 资产明确, 财务制度健全性 | 健全,
// 群众满意度 | 满意. A name closing on a quality noun (two characters and 性 or 度) is judged by those two characters,
// and the target a form writes for it ends in them — so where the target ran into the next row's name (资产明确投入结构
// 合理性) or the name ran into its target (资产产权明确性资产明确), the quality's two characters end the target.
import { nameOf } from './fused-name-readings.ts';
import { JUDGEMENT_WORDS } from './lexicon-columns.ts';
import { isJudgement, namesWords } from './worded-cell-words.ts';

/** The longest target looked for, in characters: a short phrase (资产明确), not a sentence. */
const MAX_TARGET = 8;
/** The fewest Han characters the next row's name keeps after the target. */
const MIN_NAME = 4;

/** The quality a name measures: the two Han characters before its closing 性 or 度 (明确性 → 明确), or null. */
export function qualityOf(name: string): string | null {
  return /(\p{Script=Han}{2})[性度]$/u.exec(name)?.[1] ?? null;
}

const hanCount = (t: string) => t.match(/\p{Script=Han}/gu)?.length ?? 0;

/**
 * The text after a row's figures cut where the row's quality closes its target and the next name starts
 * (资产明确投入结构合理性 after 资产产权明确性 → 资产明确 | 投入结构合理性); a judgement of the lexicon before the
 * target is a cell of its own (好资产明确投入结构合理性: the actual 好 | 资产明确 | the next name). Null where the quality
 * is not in the text so, or where the target is a judgement whole (the lexicon's cuts take it).
 */
export function qualityTargetCut(name: string, text: string): string[] | null {
  const quality = qualityOf(name);
  if (quality === null) return null;
  const at = text.indexOf(quality);
  if (at < 0 || at + quality.length > MAX_TARGET) return null;
  const target = text.slice(0, at + quality.length);
  const rest = text.slice(at + quality.length);
  if (hanCount(rest) < MIN_NAME || !namesWords(rest) || !/^\p{Script=Han}+$/u.test(target)) return null;
  const lead = JUDGEMENT_WORDS.find(
    (w) => target.startsWith(w) && target.length - w.length >= quality.length,
  );
  const restated = lead ? target.slice(lead.length) : target;
  // (A target that is a judgement of the lexicon whole, 满意 | 完成自评总分, is the lexicon's cuts' to make.)
  if (isJudgement(restated)) return null;
  return lead ? [lead, restated, rest] : [restated, rest];
}

/**
 * A name run into its target that restates its quality (资产产权明确性资产明确): the name and the target; none where
 * the words after the quality noun do not end in the quality.
 */
export function qualityTail(written: string): Array<readonly [string, readonly string[]]> {
  for (let end = 4; end < written.length - 1; end++) {
    const name = written.slice(0, end);
    const quality = qualityOf(name);
    const target = written.slice(end);
    if (quality === null || target.length > MAX_TARGET || !target.endsWith(quality)) continue;
    if (/^\p{Script=Han}+$/u.test(target)) return [[nameOf(name), [target]]];
  }
  return [];
}
