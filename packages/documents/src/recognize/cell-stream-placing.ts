// Placing a row's pieces in the header's columns: a fused row's parts joined into values, each part put in the
// first column it fits.
import { matchUnit } from '@jixiao/core';
import { explanationBefore, type Header } from './cell-stream-header.ts';
import { comparatorWordsClosing } from './comparator-words-closing.ts';
import { COMPARATOR_SIGNS } from './evaluation-value-words.ts';
import { isBasis } from './indicator-cell-profile.ts';
import { judgementThenName, restatedName } from './target-at-end.ts';
import { isValueShaped } from './tokenize.ts';

/** A value led by a comparator sign (any of the printed forms), and a cell holding only comparator signs. */
export const LEADING_COMPARATOR = new RegExp(`^(?:[${COMPARATOR_SIGNS}]|>=|<=)`);
export const COMPARATOR_ONLY = new RegExp(`^(?:[${COMPARATOR_SIGNS}]+|>=|<=)$`);
/** A known unit, also scaled by 万 or 亿 as a 计量单位 cell writes it (万立方米, 万亩: no list holds every such). */
const isUnit = (text: string) =>
  matchUnit(text) === text ||
  text === '百分比' ||
  (/^[万亿]./u.test(text) && matchUnit(text.slice(1)) === text.slice(1));

export const OPS = new RegExp(`^([${COMPARATOR_SIGNS}]|定性|定量|正向|反向|正向指标|反向指标|不适用)$`);

/** Words that bound a value from one side, written after it: 95%以上, 3%以内. */
const BOUND_WORDS = /^(以上|以下|以内|及以上|及以下|左右)$/;

/**
 * The parts of a fused row with the operator, the number and the unit of its value written together again
 * where the header has no column of their own (三级 | 指标值 | 分值: ≤ 65 万元 10 → ≤65万元 | 10).
 */
/**
 * 定性 run in between a name and a worded value (the 指标性质 column's word; a 定量 row prints its comparator there,
 * which the figures' reading cuts already).
 */
// (One 定性 only: a piece holding two is several rows run together, their bounds unknown. A name may quote a term or
// a title, “网球+”产业, 《条例》: its marks are a name's characters as its brackets are.)
const KIND_INSIDE =
  /^((?:\p{Script=Han}|[，,、（）()“”‘’《》+]){2,}?|)(定性)(\p{Script=Han}(?:(?!定性).)*|)$/u;

/**
 * The text before a row's last 定性 where it holds rows of its own (名称定性提高名称定性提高名称): name, 定性, value … as
 * pieces, ending with the last row's name; each value a judgement the lexicon knows with the next name after it
 * (judgementThenName). Empty where the text holds no 定性 or a value between two is not such a judgement.
 */
function kindRowsBefore(text: string): string[] {
  const [first, ...between] = text.split('定性');
  if (between.length === 0 || !first) return [];
  const out = [first];
  for (const piece of between) {
    const cut = judgementThenName(piece);
    if (!cut) return [];
    out.push('定性', cut.value, cut.name);
  }
  return out;
}

export function joinValueParts(
  parts: readonly string[],
  h: Header,
  valueAfter: boolean,
  rowStarts: Set<number>,
): string[] {
  const hasOp = h.roles.includes('op');
  const hasUnit = h.roles.includes('unit');
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const number = parts[k + 1];
    // 按进度计划实施情况定性按计划实施 under 指标性质: the name, the kind the column holds and the worded value.
    const kind = hasOp ? KIND_INSIDE.exec(part) : null;
    if (kind) {
      // 服务周期内空气质量定性优良服务周期 | 180: the worded value, then the next row's name before its figure or sign.
      // (The name's figure is the next part, or the next token: 长期车辆采购数量 | ≤3.)
      const figureAfter = number === undefined ? valueAfter : /^(?:\d|[^\p{Script=Han}])/u.test(number);
      const cut = figureAfter ? judgementThenName(kind[3]!) : null;
      // 种植技术水平定性提高培训人员绿色种植意识定性提高…: rows before, each a worded value the lexicon knows and the
      // next name after it.
      const before = kindRowsBefore(kind[1]!);
      for (const [n, piece] of before.entries()) {
        if (n > 0 && n % 3 === 0) rowStarts.add(out.length);
        out.push(piece);
      }
      out.push(
        ...[before.length > 0 ? '' : kind[1]!, kind[2]!, cut ? cut.value : kind[3]!].filter((p) => p !== ''),
      );
      if (cut) {
        rowStarts.add(out.length);
        out.push(cut.name);
      }
      continue;
    }
    // 资金到位率资金到位率达 | 100 | %: a name its target writes again before the figure (the target's words run
    // on after the name, the 指标值 column holding 资金到位率达100) — the name is written once; the restated words
    // open the value, the figure after them (restatedName, as a row of one value column reads it).
    if (hasUnit && number !== undefined && /^\d/.test(number)) {
      const once = restatedName(part, number);
      if (once.name !== part) {
        out.push(once.name, once.value);
        k++;
        continue;
      }
    }
    // 开放时长每周不少于 | 40 | 小时 under 计算符号: the comparator's words open the value (comparator-words-closing.ts);
    // after the restated name above, whose value those words may continue (预算支出进度预算支出进度达到 | 90).
    const closing = hasOp && number !== undefined && /^\d/.test(number) ? comparatorWordsClosing(part) : null;
    if (closing) {
      out.push(closing.name, closing.words + number);
      k++;
      continue;
    }
    // 90 | %以上: a bound in words after the percent sign is the unit's (the 指标值 is 90%以上), never a row's name.
    if (hasUnit && (part === '%' || part === '‰') && number !== undefined && BOUND_WORDS.test(number)) {
      out.push(part + number);
      k++;
      continue;
    }
    // 95%10 with no 单位 column: the percentage is the value (95%, 95%以上), the number after it another column's.
    if (!hasUnit && /^\d[\d.,]*$/.test(part) && (number === '%' || number === '‰')) {
      const bound = parts[k + 2];
      const qualified = bound !== undefined && BOUND_WORDS.test(bound);
      out.push(part + number + (qualified ? bound : ''));
      k += qualified ? 2 : 1;
      continue;
    }
    if (hasOp || !COMPARATOR_ONLY.test(part) || number === undefined || !/^\d/.test(number)) {
      out.push(part);
      continue;
    }
    let value = part + number;
    k++;
    const unit = parts[k + 1];
    if (!hasUnit && unit !== undefined && (isUnit(unit) || unit === '%' || unit === '‰')) {
      value += unit;
      k++;
    }
    out.push(value);
  }
  return out;
}

/** Puts a token in the first column from `from` it fits; -1 when it fits none (the next row begins). */
export function place(
  h: Header,
  row: string[],
  from: number,
  text: string,
  weights: Set<string>,
  trailing = false,
  alone = false,
): number {
  const placed = placeForward(h, row, from, text, weights, trailing, alone);
  if (placed >= 0 || !isValueShaped(text)) return placed;
  // 4场 | ≥4场 under 上年度实际水平 | 本年度计划水平: a second value right after the row's first that no column after
  // the value takes, where an explanation column before the value stands empty — the first was that column's,
  // this one the value (as the value case below, reached here once the first value moved the row past it).
  if (from > h.valueAt && row[h.valueAt] !== '' && row.every((c, k) => k <= h.valueAt || c === '')) {
    const expl = explanationBefore(h, row);
    if (expl >= 0) {
      row[expl] = row[h.valueAt]!;
      row[h.valueAt] = text;
      return h.valueAt;
    }
  }
  return -1;
}

function placeForward(
  h: Header,
  row: string[],
  from: number,
  text: string,
  weights: Set<string>,
  trailing: boolean,
  alone: boolean,
): number {
  const valueShaped = isValueShaped(text);
  for (let c = from; c < h.roles.length; c++) {
    const role = h.roles[c]!;
    const valueDone = row[h.valueAt] !== '';
    switch (role) {
      case 'op':
        if (OPS.test(text)) return ((row[c] = text), c);
        break;
      case 'unit':
        // Before the value only a unit (or a two-letter word: 人数); after it, any short word (人/次, 万元/人) — but a
        // line of its own (a copy one cell per line) only where it is a unit: the unit left blank, the short word
        // after the value is the next row's name (明显增强 | 群众幸福感).
        if (
          !valueShaped &&
          (text.length <= 2 ||
            isUnit(text) ||
            (valueDone && text.length <= 6 && !/\d/.test(text) && (!alone || /[/／·]/.test(text))))
        )
          return ((row[c] = text), c);
        break;
      case 'weight': {
        if (/^\d{1,3}(\.\d+)?$/.test(text) && Number(text) <= 100) {
          weights.add(text);
          return ((row[c] = text), c);
        }
        // 1020: a weight seen before, fused with the value after it.
        const w = /^\d+$/.test(text)
          ? [...weights].find((x) => text.startsWith(x) && text.length > x.length)
          : null;
        if (w && !valueDone) {
          row[c] = w;
          row[h.valueAt] = text.slice(w.length);
          return h.valueAt;
        }
        break;
      }
      case 'value': {
        if (!valueDone) return ((row[c] = text), c);
        // A second value on a row whose header has an explanation column before the value (指标解释 100% |
        // 目标值 ≥60%): the first was the explanation, this one the value.
        const expl = valueShaped ? explanationBefore(h, row) : -1;
        if (expl >= 0) {
          row[expl] = row[c]!;
          row[c] = text;
          return c;
        }
        break;
      }
      case 'basis':
        // 指标值 | 绩效标准: the standard's word (计划标准) after the value is that column's, not the next
        // indicator's name; before the value the column takes any text, as an explanation column does.
        if (isBasis(text) || (c < h.valueAt && !valueShaped)) return ((row[c] = text), c);
        break;
      default:
        // Explanation columns before the value take text; a value skips them. After the value, only a text
        // that closes its row (closesNumberedRow).
        if ((c < h.valueAt || (trailing && row[c] === '')) && !valueShaped) return ((row[c] = text), c);
        break;
    }
    if (role === 'value' && valueDone) continue;
    // A value may skip the columns before its own; other tokens only fill columns in order.
    if (!valueShaped && c >= h.valueAt && !trailing) return -1;
  }
  return -1;
}
