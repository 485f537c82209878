// A 自评表's rows whose cells ran together with no marker (a .doc's text layer: 资金使用合规性好2.82.8定性合规配套资金
// 到位率…): the name, a worded actual or target and the next row's name are one text between the figures. The atoms
// are cut where the meaning shows a cell's edge — a judgement the forms write as a value (好, 合规, 已完成), the
// 指标性质 word opening the cells after the figures (定性), a phrase written twice (已完成已完成: target and actual),
// the words a row's actual and its target both print (…维护良好2.82.8定性维护良好…) — so that the reading of the
// row (evaluation-fused.ts) may end a name there. Each piece remembers what taking it apart costs (`parted`): a cut
// the text proves (a phrase repeated) costs nothing, one the lexicon only suggests costs a little, and the reading
// keeps a text whole where cutting wins no column.
import { doubledHalf, partsOf, type Atom } from './evaluation-atoms.ts';
import {
  han,
  isJudgement,
  judgementAtEnd,
  judgementsAtStart,
  namesSomething,
  namesWords,
  ONE_CHARACTER,
  openingAgain,
  restatedNameCut,
} from './worded-cell-words.ts';
import { JUDGEMENT_WORDS } from './lexicon-columns.ts';
import { PROGRESS_JUDGEMENTS, progressAfterDate, progressBeforeDate } from './progress-judgements.ts';
import { qualityTargetCut } from './restated-quality.ts';

export { isJudgement };

/** The 指标性质 words a 自评表 prints in the column before its target (定性合规: 定性 | 合规). */
const KIND_WORD = /^(?:定性|定量|正向|反向)(?=\p{Script=Han})/u;
/** Words of change, which write a figure's direction before it (提高1%, 减少10人). */
const CHANGE = /^(?:提高|提升|增加|减少|降低|下降)$/;
/** The stops that end a sentence: a text holding one is prose. */
const SENTENCE_STOP = /[。；;]/;
/** The 指标性质 word once inside a text, after four characters of a name and before words: name | word | rest. */
const KIND_INSIDE =
  /^(\p{Script=Han}[^定]{3,}?\p{Script=Han})(定性|定量)(\p{Script=Han}(?:(?!定性|定量).)*)$/u;
/** That word alone, a piece of its own. */
const KIND_ALONE = /^(?:定性|定量|正向|反向)$/;
/**
 * What a cell starting at a cut costs: more than a free text's column is worth (a 偏差原因 gains no cut), less than
 * a target's or an actual's.
 */
const LEXICON_CUT = 0.6;
/** Bounds: the longest phrase compared, and the longest text cut (a hostile line is left whole). */
const MAX_PHRASE = 16;
const MAX_TEXT = 400;

/** A text that is two judgements of two characters or more and nothing else (合规达成预期指标), else null. */
function judgementPair(text: string): [string, string] | null {
  for (const w of JUDGEMENT_WORDS)
    if (w.length > 1 && text.length > w.length && text.startsWith(w) && isJudgement(text.slice(w.length)))
      return text.length - w.length > 1 ? [w, text.slice(w.length)] : null;
  return null;
}

/**
 * 已完成已完成食品经营环节风险分级: a phrase written twice in a row inside a text is a target and its actual that say
 * the same, and what stands around them are names (the row's before, the next row's after). The pieces, or null.
 * The phrase is two characters at least (人人 is a word) and not one character doubled.
 */
function doubledInside(text: string): string[] | null {
  const n = text.length;
  // A text written twice whole is a target and its actual (the row's reading parts it).
  if (doubledHalf(text) !== null) return null;
  for (let len = Math.min(MAX_PHRASE, Math.floor(n / 2)); len >= 2; len--)
    for (let at = 0; at + 2 * len <= n; at++) {
      const p = text.slice(at, at + len);
      if (!han(p) || new Set(p).size === 1 || text.slice(at + len, at + 2 * len) !== p) continue;
      // A short phrase doubled may be a name's end and the next words' start (设施维护维护良好): only a judgement
      // of the lexicon, or a phrase of three characters or more, is taken as written twice.
      // Right after the figures (健康健康设施维护) the pair opens the text: there it is the row's two cells.
      if (len < 3 && !JUDGEMENT_WORDS.includes(p) && at > 0) continue;
      const before = text.slice(0, at);
      const after = text.slice(at + 2 * len);
      // Whole (是是) or at the end (…专款专用专款专用) the row's reading finds it already (repeatedTail).
      if (after === '' || (before !== '' && !namesSomething(before)) || !namesWords(after)) continue;
      // Written a third time (…专款专用专款专用专款专用), or the repetition running on past the pair either side (款专用专
      // in it): a name ending in the words its two cells repeat, which the row's reading parts (repeatedTail).
      if (text[at - 1] === text[at + len - 1] || text[at + 2 * len] === text[at]) continue;
      return [before, p, p, after].filter((x) => x !== '');
    }
  return null;
}

/** The longest phrase `a` ends in and `b` opens with, each keeping words of its own around it or wholly it. */
function sharedPhrase(a: string, b: string): string | null {
  for (let len = Math.min(MAX_PHRASE, a.length, b.length); len >= 1; len--) {
    const p = a.slice(-len);
    if (!b.startsWith(p) || !han(p) || (len === 1 && !ONE_CHARACTER.test(p))) continue;
    // A cut on either side leaves a name there (two characters at least), or the text is the phrase itself.
    const restA = a.slice(0, -len);
    const restB = b.slice(len);
    if ((restA !== '' && !namesSomething(restA)) || (restB !== '' && !namesSomething(restB))) continue;
    if (restA === '' && restB === '') continue;
    return p;
  }
  return null;
}

/** The atom's text in pieces, each glued to the one before and carrying what its cut costs. */
function pieces(a: Atom, parts: ReadonlyArray<readonly [string, number]>): Atom[] {
  const { parted: _, ...plain } = a;
  return parts.map(([text, cost], k) => ({
    ...(k === 0 ? { ...plain, text } : { kind: 'text' as const, text, cell: a.cell, glued: true }),
    ...(cost > 0 ? { parted: cost } : {}),
  }));
}

/** Whether the atom at `i` ran on from the one before it: glued on in the same cell, no gap between. */
const ranOn = (atoms: readonly Atom[], i: number): boolean =>
  atoms[i]?.glued === true && atoms[i - 1] !== undefined && atoms[i - 1]!.cell === atoms[i]!.cell;

/**
 * Where the header lets a worded cell stand in a row: right after the name, before the row's figures (名称 | 实际
 * 完成值 | 分值 …), and last, after them (… | 得分 | 目标值). A text before figures ends in a value only in the first
 * case; one after figures opens with a value only in the second (after 分值 | 得分 the next name follows).
 */
export interface WordedPlaces {
  beforeFigures: boolean;
  afterFigures: boolean;
  /**
   * Whether the 指标性质 column follows a worded column (实际完成值 | 指标性质 | 指标值): a text may then hold that
   * cell, the kind word and the target after it (已完成定性已完成, 及时 | 定性 | 及时).
   */
  kindAfterValue?: boolean;
}

/**
 * 已完成定性已完成, 是定性是, 2021年12月31日定性2021年12月31日: where the header prints the 指标性质 column between the
 * actual and the target, the kind word inside a text parts them — whatever length the actual (the words before it)
 * has, one character of a judgement as much as a name's four. The pieces, or null.
 */
function kindBetweenValues(text: string): [string, string, string] | null {
  const m = /^(.*?[\p{Script=Han}\d])(定性|定量)(?!指标)([\p{Script=Han}\d≥≤><=＝].*)$/u.exec(text);
  return m && !/定性|定量/u.test(m[3]!) ? [m[1]!, m[2]!, m[3]!] : null;
}

/**
 * The atoms with run-together worded cells cut apart (see the module's head): a phrase doubled inside a text; the
 * 指标性质 word a text opens with after a figure; the phrase a text before figures ends in and the text after them
 * opens with; and, where nothing proves more, a judgement of the lexicon ending a text before a figure or opening
 * one after a figure.
 */
export function cutWordedValues(atoms: readonly Atom[], places: WordedPlaces): Atom[] {
  // The kind word a text opens with after a figure (定性合规…: 定性 | 合规…).
  const out: Atom[] = atoms.flatMap((a, i) => {
    const kind =
      a.kind === 'text' && atoms[i - 1]?.kind === 'value' && ranOn(atoms, i)
        ? KIND_WORD.exec(a.text)?.[0]
        : undefined;
    if (kind)
      return pieces(a, [
        [kind, a.parted ?? 0],
        [a.text.slice(kind.length), 0],
      ]);
    // 工程实施总体质量定性一次性通过…: the word inside a text, once, after a name's words — the name, then the cells.
    const inside = a.kind === 'text' && a.text.length <= MAX_TEXT ? KIND_INSIDE.exec(a.text) : null;
    const between =
      !inside && places.kindAfterValue === true && a.kind === 'text' && a.text.length <= MAX_TEXT
        ? kindBetweenValues(a.text)
        : null;
    // 2021年12月31日定性 | 2021年12月31日: the word closing a text the target goes on after.
    const closing =
      !inside &&
      !between &&
      places.kindAfterValue === true &&
      a.kind === 'text' &&
      atoms[i + 1]?.cell === a.cell
        ? /^(.*[\p{Script=Han}\d])(定性|定量)$/u.exec(a.text)
        : null;
    if (closing)
      return pieces(a, [
        [closing[1]!, a.parted ?? 0],
        [closing[2]!, LEXICON_CUT],
      ]);
    if (between)
      return pieces(a, [
        [between[0], a.parted ?? 0],
        [between[1], LEXICON_CUT],
        [between[2], 0],
      ]);
    return inside
      ? pieces(a, [
          [inside[1]!, a.parted ?? 0],
          [inside[2]!, LEXICON_CUT],
          [inside[3]!, 0],
        ])
      : [a];
  });
  // The phrase a text before figures ends in and the next text after them opens with (past a kind word): the
  // row's actual and its target saying the same, each run into a name.
  const proved = new Set<Atom>();
  // 费用结算及时性及时 | 定性 | 及时: the words the text before the kind word ends in and the text after it opens with
  // are the actual and the target saying the same (the header prints 指标性质 between them); the rest a name.
  for (let i = 1; places.kindAfterValue === true && i + 1 < out.length; i++) {
    const [a, kind, b] = [out[i - 1]!, out[i]!, out[i + 1]!];
    if (kind.kind !== 'text' || !KIND_ALONE.test(kind.text) || a.kind !== 'text' || b.kind !== 'text')
      continue;
    if (a.cell !== kind.cell || b.cell !== kind.cell || a.text.length > MAX_TEXT || b.text.length > MAX_TEXT)
      continue;
    // (The target whole, as the text after the kind word is: 已建立 | 定性 | 建立健全 share only a word.)
    const p = sharedPhrase(a.text, b.text);
    if (p !== b.text || a.text === p) continue;
    const aCut = pieces(a, [
      [a.text.slice(0, -p.length), a.parted ?? 0],
      [p, LEXICON_CUT],
    ]);
    out.splice(i - 1, 1, ...aCut);
    proved.add(aCut[1]!);
    proved.add(b);
    i++;
  }
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (a.kind !== 'text' || a.text.length > MAX_TEXT) continue;
    let j = i + 1;
    while (out[j]?.kind === 'value') j++;
    // Only texts run on into the figures and out of them: cells printed apart end where they end.
    if (j === i + 1 || !ranOn(out, i + 1) || !ranOn(out, j)) continue;
    if (out[j]?.kind === 'text' && KIND_ALONE.test(out[j]!.text)) j++;
    const b = out[j];
    if (b?.kind !== 'text' || b.text.length > MAX_TEXT) continue;
    const p = places.beforeFigures && places.afterFigures ? sharedPhrase(a.text, b.text) : null;
    // 统筹项目谋划10统筹项目谋划完成指导城市建设: where no worded cell stands before the figures, a text after them
    // that opens with the whole name before them is the target written as its name again — then the actual a
    // judgement opens the rest with (完成), and the next row's name.
    const restated = !p && places.afterFigures ? restatedNameCut(a.text, b.text) : null;
    if (restated) {
      const bParts = pieces(
        b,
        restated.map((t, k) => [t, k === 0 ? (b.parted ?? 0) : LEXICON_CUT] as const),
      );
      out.splice(j, 1, ...bParts);
      proved.add(bParts[0]!);
      continue;
    }
    if (!p) continue;
    const bCut =
      b.text === p
        ? [b]
        : pieces(b, [
            [p, b.parted ?? 0],
            [b.text.slice(p.length), LEXICON_CUT],
          ]);
    out.splice(j, 1, ...bCut);
    const aCut =
      a.text === p
        ? [a]
        : pieces(a, [
            [a.text.slice(0, -p.length), a.parted ?? 0],
            [p, LEXICON_CUT],
          ]);
    out.splice(i, 1, ...aCut);
    for (const x of [...aCut, ...bCut]) if (x.text === p) proved.add(x);
    i += aCut.length - 1;
  }
  // 资产产权明确性 | 好 | 2.8 | 定性 | 资产明确投入结构合理性: the target after the figures ends in the quality its row's
  // name measures (restated-quality.ts); the next name follows.
  for (let i = 0; places.afterFigures && i < out.length; i++) {
    const b = out[i]!;
    if (b.kind !== 'text' || proved.has(b) || b.text.length > MAX_TEXT || !ranOn(out, i)) continue;
    let j = i - 1;
    if (out[j]?.kind === 'text' && KIND_ALONE.test(out[j]!.text)) j--;
    if (out[j]?.kind !== 'value') continue;
    while (out[j]?.kind === 'value') j--;
    while (out[j]?.kind === 'text' && out[j]!.parted !== undefined && isJudgement(out[j]!.text)) j--;
    const name = out[j];
    // (Its actual may still close it, 资产产权明确性好: the lexicon's judgement is cut below.)
    const named =
      name?.kind === 'text'
        ? name.text.slice(0, name.text.length - (judgementAtEnd(name.text)?.length ?? 0))
        : '';
    const cut = named === '' ? null : qualityTargetCut(named, b.text);
    if (!cut) continue;
    const parts = pieces(
      b,
      cut.map((t, k) => [t, k === 0 ? (b.parted ?? 0) : LEXICON_CUT] as const),
    );
    out.splice(i, 1, ...parts);
    for (const x of parts.slice(0, -1)) proved.add(x);
    i += parts.length - 1;
  }
  // A phrase written twice inside a text (已完成已完成): a target and its actual between two names.
  const doubled = out.flatMap((a) => {
    if (a.kind !== 'text' || a.text.length > MAX_TEXT || proved.has(a) || SENTENCE_STOP.test(a.text))
      return [a];
    const parts = doubledInside(a.text);
    return parts
      ? pieces(
          a,
          parts.map((t, k) => [t, k === 0 ? (a.parted ?? 0) : 0] as const),
        )
      : [a];
  });
  // 一次性通过省文物局验收一次性安全事故发生率 after 定性 (or a figure): the target, the actual written as the target's
  // opening words, then the next name — where the header sets the worded cells after the figures.
  const restating = places.afterFigures
    ? doubled.flatMap((a, i) => {
        const prev = doubled[i - 1];
        const afterCells =
          prev !== undefined && (prev.kind === 'value' || KIND_ALONE.test(prev.text)) && ranOn(doubled, i);
        const parts =
          a.kind === 'text' && afterCells && !proved.has(a) && !SENTENCE_STOP.test(a.text)
            ? openingAgain(a.text)
            : null;
        return parts
          ? pieces(
              a,
              parts.map((t, k) => [t, k === 0 ? (a.parted ?? 0) : LEXICON_CUT] as const),
            )
          : [a];
      })
    : doubled;
  // Where nothing proves a cut: a judgement of the lexicon closing a text before a figure, or opening one after.
  return restating.flatMap((a, i) => {
    const doubled = restating;
    // A text written twice (显著提升显著提升) is a target and its actual whole: the row's reading parts it.
    // So is prose (a sentence with its stop: 。本年度已完成…), whose words are no cells of their own.
    if (
      a.kind !== 'text' ||
      a.text.length > MAX_TEXT ||
      proved.has(a) ||
      doubledHalf(a.text) !== null ||
      SENTENCE_STOP.test(a.text)
    )
      return [a];
    // 合规达成预期指标 between figures: two judgements and nothing else, a target and its actual.
    const pair = judgementPair(a.text);
    if (pair)
      return pieces(a, [
        [pair[0], a.parted ?? 0],
        [pair[1], LEXICON_CUT],
      ]);
    // (After the 指标性质 word cut off a figure's next text, too: 定性 | 合规配套资金到位率.)
    const kindBefore = doubled[i - 1]?.kind === 'text' && KIND_ALONE.test(doubled[i - 1]!.text);
    const before =
      (doubled[i - 1]?.kind === 'value' || (kindBefore && doubled[i - 2]?.kind === 'value')) &&
      ranOn(doubled, i);
    const after = doubled[i + 1]?.kind === 'value' && ranOn(doubled, i + 1);
    // (Not where words go on in the next text: 完成时间为 | 2022年12月30日 is one value, a date its end.)
    const wordsGoOn = doubled[i + 1]?.kind === 'text' && /^\d/.test(doubled[i + 1]!.text);
    const starts = before && places.afterFigures && !wordsGoOn ? judgementsAtStart(a.text) : [];
    const rest = a.text.slice(starts.join('').length);
    const found = places.beforeFigures ? judgementAtEnd(rest) : null;
    // (Before a date, a text the atoms keep, only a progress phrase: 按计划推进 | 2024年11月底前完成.)
    const beforeDate =
      found !== null &&
      doubled[i + 1]?.kind === 'text' &&
      ranOn(doubled, i + 1) &&
      progressBeforeDate(found, doubled[i + 1]!.text);
    // (Before the 指标性质 word run on after it, where the header prints that column after a worded one: 维修任务完成时限
    // 按计划推进 | 定性 — the word ends the cell.)
    const beforeKind =
      places.kindAfterValue === true &&
      doubled[i + 1]?.kind === 'text' &&
      KIND_ALONE.test(doubled[i + 1]!.text) &&
      ranOn(doubled, i + 1);
    // (A progress phrase, 年底测评, ends no name: before a figure it is a cell of its own though the copy set the
    // figure apart.)
    const progressed =
      found !== null && PROGRESS_JUDGEMENTS.includes(found) && doubled[i + 1]?.kind === 'value';
    const closing = after || beforeDate || beforeKind || progressed ? found : null;
    // 签约率提高1%: a word of change before a figure with its unit is the figure's own (提高 1%), no cell of its own.
    const end = closing && CHANGE.test(closing) && partsOf(doubled[i + 1]!.text).unit !== '' ? null : closing;
    // 补助资格合规性合规达成预期指标: a target and its actual both worded before the figures, two judgements.
    const second = end ? judgementAtEnd(rest.slice(0, -end.length)) : null;
    // (The same word twice, 完成内容一致一致, is a name ending in the word its actual repeats.)
    const ends = [...(second && second.length > 1 && second !== end ? [second] : []), ...(end ? [end] : [])];
    const dated =
      starts.length === 0 && ends.length === 0 && places.afterFigures ? progressAfterDate(a.text) : null;
    if (dated)
      return pieces(a, [
        [dated[0], a.parted ?? 0],
        [dated[1], LEXICON_CUT],
      ]);
    if (starts.length === 0 && ends.length === 0) return [a];
    const parts: Array<[string, number]> = starts.map((w, k) => [w, k === 0 ? (a.parted ?? 0) : LEXICON_CUT]);
    const name = rest.slice(0, rest.length - ends.join('').length);
    parts.push([name, starts.length > 0 ? LEXICON_CUT : (a.parted ?? 0)]);
    for (const w of ends) parts.push([w, LEXICON_CUT]);
    return pieces(a, parts);
  });
}
