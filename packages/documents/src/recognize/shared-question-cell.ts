// An evaluation sheet whose merged name cell holds two 是/否 questions, each with its own answer block: the cell
// spans both blocks (专项资金投入是否增加了…认知度  专项资金的投入是否提高通关速度 | 是/否 | 是 | 5 | | ① and its
// slots, then 是/否 | 是 | 5 | | ① and its slots). Copied as text, the second block's first row has no name cell —
// it opens with the question's unit — and the cell's questions, parted on the page by a gap the cell cleaning
// closes, read as one name: the second question, its target and its points were lost.
import { isSlotMark } from './reason-slot-rows.ts';

const YES_NO_UNIT = /^是\s*[/／或]\s*否$/u;
const QUESTION = '是否';
/** A question's opening words: the cell's first two characters, when they are words (not a figure or a mark). */
const OPENING = /^\p{Script=Han}{2}/u;
/** The shortest question a part of the cell can be (是否达标). */
const MIN_QUESTION = 4;

/**
 * Whether a row opens a further answer block of the question cell above it: the yes/no unit first (是/否), where
 * an indicator's row has its name, and the first example slot's number among its cells (① in the 理由 column).
 */
export function opensNamelessAnswerBlock(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length >= 2 && YES_NO_UNIT.test(filled[0]!) && filled.some(isSlotMark);
}

/**
 * A name holding several questions parted into its first question and the rest, or null when it holds one. The
 * next question opens where the cell's opening words come again before its next 是否 (专项资金投入是否… then
 * 专项资金的投入是否…: parallel questions open alike), or at that 是否 when the questions open with it
 * (是否为旅客创造通关便利条件是否有效防止疫情传入).
 */
export function splitFirstQuestion(name: string): [string, string] | null {
  const text = name.trim();
  const opening = OPENING.exec(text)?.[0];
  const first = text.indexOf(QUESTION);
  const next = first < 0 ? -1 : text.indexOf(QUESTION, first + QUESTION.length);
  if (!opening || next < 0) return null;
  const at = text.lastIndexOf(opening, next);
  if (at <= first) return null;
  const parts: [string, string] = [text.slice(0, at).trim(), text.slice(at).trim()];
  return parts.every((p) => p.length >= MIN_QUESTION) ? parts : null;
}
