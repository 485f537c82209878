// Where a form's name ends when the cells of its head ran together (项目名称…项目主管部门…): the label found after the
// name may have taken the name's last word (项目 of 项目主管部门) or be the name's last words itself (…补助地方资金 before
// 主管部门). The tokenizer's hits are corrected in place.
import { departmentConcept, goalConcept, lexiconKey, projectConcept } from './lexicon.ts';

/** A label (or other spelling) found in the text: where it starts, where it ends, its kind. */
type Hit = [number, number, string];

/** The unit a label names (主管部门 / 实施单位, with or without 项目 before it), or null. */
const UNIT_CONCEPTS = ['supervisor', 'executor'];
function unitConcept(label: string): string | null {
  const concept = projectConcept(lexiconKey(label));
  return concept !== null && UNIT_CONCEPTS.includes(concept) ? concept : null;
}

/** A unit's label spelled with 项目 before it, where the label without it names the same unit. */
const prefixedUnit = (label: string) =>
  label.startsWith('项目') &&
  unitConcept(label) !== null &&
  unitConcept(label.slice(2)) === unitConcept(label);

/** The label that names the form's project or department (项目名称, 专项资金名称, 部门名称). */
const namesTheForm = (label: string) =>
  projectConcept(lexiconKey(label)) === 'name' || departmentConcept(lexiconKey(label)) === 'department';

/**
 * The words a project's name closes with when it ends in no 项目: the money or the work it is (补助资金, 运行经费,
 * 办公费, 改造工程, 专项) or a bracketed note. After such a word a 项目 opens the next label (项目主管部门).
 */
const CLOSED_NAME = /(?:资金|经费|费|工程|专项|补助|补贴|[)）])$/u;

const labelAt = (text: string, hits: readonly Hit[], k: number) =>
  text.slice(hits[k]![0], hits[k]![1]).replace(/[：:]+$/, '');

/**
 * 项目名称…推广项目主管部门…: the 项目 between a name and a unit's label (主管部门, 实施单位) ends the name. Templates
 * print the unit's label without 项目 far more often than with it (in the corpus 17 documents of 345 print
 * 项目主管部门), so the 项目 is the name's — unless the name is closed without it (…补助资金, …经费); even then it is
 * the name's where the head spells its other unit's label without 项目 (实施单位: a template writes its two unit
 * labels alike).
 */
export function giveNameItsProjectWord(text: string, hits: Hit[]): void {
  for (let k = 1; k < hits.length; k++) {
    const [start, end, kind] = hits[k]!;
    const named =
      hits[k - 1]![2] === 'label' && projectConcept(lexiconKey(labelAt(text, hits, k - 1))) === 'name';
    const name = text.slice(hits[k - 1]![1], start).trim();
    if (
      kind !== 'label' ||
      !named ||
      name === '' ||
      name.endsWith('项目') ||
      !prefixedUnit(labelAt(text, hits, k))
    )
      continue;
    const concept = unitConcept(labelAt(text, hits, k));
    const otherUnprefixed = hits.some(
      ([s, , kd], j) =>
        j !== k &&
        kd === 'label' &&
        text.slice(s - 2, s) !== '项目' &&
        unitConcept(labelAt(text, hits, j)) !== null &&
        unitConcept(labelAt(text, hits, j)) !== concept &&
        prefixedUnit(`项目${labelAt(text, hits, j)}`),
    );
    if (otherUnprefixed || !CLOSED_NAME.test(name)) hits[k] = [start + 2, end, kind];
  }
}

/**
 * 项目名称…专项资金补助地方资金主管部门及代码…: a label run on after the name's words with a unit's label right after it
 * is the name's last words — a head prints a value after each label, and a unit's label never follows another label
 * at once. The label is dropped from the hits, so its words stay in the name.
 */
export function keepNameWordsBeforeUnit(text: string, hits: Hit[]): void {
  for (let k = hits.length - 2; k >= 1; k--) {
    const [start, end, kind] = hits[k]!;
    const next = hits[k + 1]!;
    if (
      kind !== 'label' ||
      hits[k - 1]![2] !== 'label' ||
      !namesTheForm(labelAt(text, hits, k - 1)) ||
      !/\p{Script=Han}/u.test(text[start - 1] ?? '') ||
      hits[k - 1]![1] === start ||
      next[0] !== end ||
      next[2] !== 'label' ||
      unitConcept(labelAt(text, hits, k + 1)) === null ||
      unitConcept(labelAt(text, hits, k)) !== null ||
      /[（(]/.test(labelAt(text, hits, k))
    )
      continue;
    hits.splice(k, 1);
  }
}

/**
 * 项目（专项）名称：…专项资金补助地方资金 — the text's end: a label run on after the name's words, closing the text with
 * no colon of its own where the name's label has one, is the name's last words. A head that marks its labels with
 * colons marks each, and prints a value after it; a name closes with such words (补助地方资金, 专项资金) often.
 */
export function keepNameWordsAtEnd(text: string, hits: Hit[]): void {
  const k = hits.length - 1;
  if (k < 1) return;
  const [start, end, kind] = hits[k]!;
  const before = hits[k - 1]!;
  if (
    kind !== 'label' ||
    before[2] !== 'label' ||
    before[1] === start ||
    text.slice(end).trim() !== '' ||
    !/[：:]$/.test(text.slice(before[0], before[1])) ||
    !namesTheForm(labelAt(text, hits, k - 1)) ||
    !/\p{Script=Han}/u.test(text[start - 1] ?? '')
  )
    return;
  hits.splice(k, 1);
}

/**
 * In a form's head, a goal's label (预期目标, 年度目标) is one after the name's words where the label before them names
 * the form and a sentence of the goal follows (words, not another label, for six characters at least).
 */
export function goalAfterName(
  text: string,
  start: number,
  end: number,
  hits: readonly Hit[],
  wordsAfter: (at: number) => number,
): boolean {
  const last = hits.at(-1);
  if (
    goalConcept(lexiconKey(text.slice(start, end))) === null ||
    !last ||
    last[2] !== 'label' ||
    last[1] === start
  )
    return false;
  if (!namesTheForm(text.slice(last[0], last[1]).replace(/[：:]+$/, ''))) return false;
  const name = text.slice(last[1], start);
  return /\p{Script=Han}/u.test(name) && name.length >= 2 && wordsAfter(end) >= 6;
}
