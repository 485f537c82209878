// A 自评表 row run together whose target and actual are each worded measures, words then a figure, once or more
// (…特殊人群体检率签约率提高1%体检率提高2%签约率提高1%体检率下降1%126): the actual opens with the words the target
// opened with, so those words, at the end of the text before the first figure, are the target's start and not
// the name's end. The target runs from them to where they come again; the actual holds as many figures as the
// target. Each is put together as one text, so that no reading takes the measures' words for rows' names.
import { partsOf, type Atom } from './evaluation-atoms.ts';

/** The fewest characters the shared opening words hold (提高 alone opens too many phrases). */
const SHORTEST_OPENING = 3;
/** The most the name keeps after the shared words are cut off: a name of words, at least two characters. */
const SHORTEST_NAME = 2;

/**
 * A measure's figure carries its unit (1%, 27万元): a bare number after words is the row's points (显著提升 | 10 |
 * 显著提升 | 10: a worded target and actual, each followed by a 分值 or 得分), never a measure's.
 */
const isMeasured = (a: Atom | undefined) =>
  a?.kind === 'value' && a.glued === true && partsOf(a.text).unit !== '';

/** Whether atoms[from..to) alternate glued words and figures, words first, each words followed by a figure. */
function measures(atoms: readonly Atom[], from: number, count: number): boolean {
  for (let j = 0; j < count; j++) {
    const [words, figure] = [atoms[from + 2 * j], atoms[from + 2 * j + 1]];
    if (words?.kind !== 'text' || !isMeasured(figure)) return false;
    if (j > 0 && !words.glued) return false;
  }
  return true;
}

/**
 * A target that compares with the year before, without a figure (超上年度, 高于上年, 不低于去年同期水平), run into
 * the row's name before it and the actual's words after it, the actual's figure glued on (业务收入超上年度增收27万元):
 * name | 超上年度 | 增收27万元 — not a figure cut into a target and an actual (2 | 7万元).
 */
const COMPARED_TARGET = /(?:超过?|高于|不低于|不少于|优于|好于|持平于?)(?:上年度?|去年)(?:同期)?(?:水平)?/u;

function comparedTargetAt(atoms: readonly Atom[], i: number): { atoms: Atom[]; next: number } | null {
  const [words, figure] = [atoms[i]!, atoms[i + 1]!];
  const m = isMeasured(figure) ? COMPARED_TARGET.exec(words.text) : null;
  // The name before it (at least two characters), the actual's opening words after it: a short phrase of words.
  if (!m || m.index < SHORTEST_NAME) return null;
  const opening = words.text.slice(m.index + m[0].length);
  if (!/^\p{Script=Han}{1,6}$/u.test(opening)) return null;
  return {
    atoms: [
      { ...words, text: words.text.slice(0, m.index) },
      { kind: 'text', text: m[0], cell: words.cell, glued: true },
      { kind: 'text', text: opening + figure.text, cell: words.cell, glued: true },
    ],
    next: i + 2,
  };
}

/** The part's atoms with each row's worded measures put together (see the head of this file). */
export function joinWordedMeasures(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const name = atoms[i]!;
    const first = atoms[i + 1];
    if (name.kind !== 'text' || first?.kind !== 'value' || !first.glued) {
      out.push(name);
      continue;
    }
    const joined = measuresAt(atoms, i) ?? comparedTargetAt(atoms, i);
    if (!joined) {
      out.push(name);
      continue;
    }
    out.push(...joined.atoms);
    i = joined.next - 1;
  }
  return out;
}

function measuresAt(atoms: readonly Atom[], i: number): { atoms: Atom[]; next: number } | null {
  const name = atoms[i]!;
  if (!isMeasured(atoms[i + 1])) return null;
  // The target's measures: figure, then words and figure again, up to words the name ends in.
  for (let t = i + 2; t + 1 < atoms.length; t += 2) {
    const words = atoms[t]!;
    if (words.kind !== 'text' || !words.glued || !isMeasured(atoms[t + 1])) return null;
    const opening = words.text;
    if (opening.length < SHORTEST_OPENING || !name.text.endsWith(opening)) continue;
    if (name.text.length - opening.length < SHORTEST_NAME) return null;
    const count = (t - i) / 2;
    if (!measures(atoms, t, count)) return null;
    const end = t + 2 * count;
    const text = (from: number, to: number) =>
      atoms
        .slice(from, to)
        .map((a) => a.text)
        .join('');
    return {
      atoms: [
        { ...name, text: name.text.slice(0, -opening.length) },
        { kind: 'text', text: opening + text(i + 1, t), cell: name.cell, glued: true },
        { kind: 'text', text: text(t, end), cell: words.cell, glued: true },
      ],
      next: end,
    };
  }
  return null;
}
