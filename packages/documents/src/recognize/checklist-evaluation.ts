// The ministry's checklist 自评表 (中央对地方转移支付 区域 / 项目 绩效自评表 of a framework of criteria): 一级 | 二级 |
// 三级 | 指标解释 | 记录 (自评内容 | 完成情况) | 未完成原因及改进措施 | 需提供的支撑材料 — each criterion judged by the
// records it asks for, no target value, 分值 or 得分. Read from a table's columns, or from lines parted by spaces.
import { labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';

/** What a checklist column holds. */
type ChecklistColumn =
  'level1' | 'level2' | 'name' | 'explanation' | 'record' | 'done' | 'reason' | 'material';

/** The template's headings (keyed), each spelling seen or printed by the template. */
const HEADINGS: ReadonlyArray<[ChecklistColumn, readonly string[]]> = [
  ['level1', ['一级指标']],
  ['level2', ['二级指标']],
  ['name', ['三级指标']],
  ['explanation', ['指标解释', '指标说明']],
  // 记录 spans 自评内容 | 完成情况: the record's label, then what was done.
  ['record', ['记录', '自评内容', '记录内容', '自评记录']],
  ['done', ['完成情况', '自评完成情况']],
  ['reason', ['未完成原因及改进措施', '未完成原因', '未完成原因和改进措施']],
  ['material', ['需提供的支撑材料', '支撑材料', '需提供的佐证材料', '佐证材料']],
];

function checklistColumnOf(text: string): ChecklistColumn | null {
  const key = labelKey(text).replace(/[（(][^）)]*[）)]$/, '');
  for (const [column, spellings] of HEADINGS) if (spellings.includes(key)) return column;
  return null;
}

/** One criterion of the checklist as printed. */
export interface ChecklistCriterion {
  level1: string | null;
  level2: string | null;
  name: string;
  /** 指标解释: what the criterion asks for. */
  explanation: string | null;
  /** 完成情况 of the criterion's first record written in words (a fund block's amounts are the budget's). */
  done: string | null;
  reason: string | null;
  line: number | undefined;
}

/**
 * 名称 | 名称 | 名称: the band's last row, under each level's heading — in a copy that repeats merged cells down, with
 * the headings merged over it (指标解释, 自评内容 …) printed again beside.
 */
const isNamesRow = (cells: readonly string[]) =>
  cells.some((c) => c.trim() === '名称') &&
  cells.every((c) => c.trim() === '' || c.trim() === '名称' || checklistColumnOf(c) !== null);

/** A row's words: a table row's cells, a paragraph's text parted at its spaces. */
const wordsOf = (row: Row): string[] =>
  row.table ? row.cells.map((c) => c.trim()) : row.cells.join(' ').trim().split(/\s+/u);

/**
 * The header band: within three rows, the criteria's 三级指标, the 指标解释 and the record's 完成情况 or 自评内容, and
 * none of the headings of a table of targets and scores (年度指标值, 实际完成值, 分值, 得分) — such a table is read
 * by the ordinary reader, whatever remarks it prints beside. Returns the index of the band's last row.
 */
function headerEnd(rows: readonly Row[]): { start: number; end: number } | null {
  for (let i = 0; i < rows.length; i++) {
    // The band opens on a heading's row, not on the title above it.
    if (!wordsOf(rows[i]!).some((w) => checklistColumnOf(w) !== null)) continue;
    const found = new Set<ChecklistColumn>();
    let scored = false;
    for (let k = i; k < Math.min(rows.length, i + 3); k++) {
      for (const w of wordsOf(rows[k]!)) {
        const column = checklistColumnOf(w);
        if (column) found.add(column);
        const other = indicatorColumnOf(w);
        if (other === 'target' || other === 'actual' || other === 'weight' || other === 'score')
          scored = true;
      }
      if (scored) break;
      if (found.has('name') && found.has('explanation') && (found.has('done') || found.has('record')))
        return { start: i, end: k };
    }
  }
  return null;
}

/** The band's columns by position (a table's cells): each column's lowest heading the template names. */
function columnsOf(band: readonly Row[]): Map<number, ChecklistColumn> {
  const columns = new Map<number, ChecklistColumn>();
  for (const row of band)
    row.cells.forEach((cell, k) => {
      const column = checklistColumnOf(cell);
      // 记录 over 自评内容 | 完成情况: the lower heading says more; 名称 under each level says nothing.
      if (column && !(columns.get(k) === 'record' && column !== 'done' && column !== 'record'))
        columns.set(k, column);
    });
  return columns;
}

/** Reads the criteria under a checklist header; null when the rows hold no such header or no criterion under it. */
export function readChecklist(rows: readonly Row[]): ChecklistCriterion[] | null {
  const band = headerEnd(rows);
  if (!band) return null;
  const head = rows.slice(band.start, band.end + 1);
  const body = rows.slice(band.end + 1);
  const tabled = head.every((r) => r.table) && columnsOf(head).size >= 4;
  const criteria = tabled ? readByColumns(body, columnsOf(head)) : readByShape(body);
  return criteria.length > 0 ? criteria : null;
}

/** 年度预算资金总额: 763.00, 其中:中央补助 668.00: a fund block's line, an amount after its label. */
const AMOUNT_LINE = /[:：]\s*\d[\d,]*(\.\d+)?\s*$|^\S*\s+\d[\d,]*(\.\d+)?$/u;
const isAmount = (t: string) => /^\d[\d,]*(\.\d+)?$/.test(t.trim());

/** Rows of a table under a header of known columns: a row naming a 三级 opens a criterion, the levels carried. */
function readByColumns(body: readonly Row[], columns: Map<number, ChecklistColumn>): ChecklistCriterion[] {
  const at = (row: Row, column: ChecklistColumn): string => {
    for (const [k, c] of columns) if (c === column) return (row.cells[k] ?? '').trim();
    return '';
  };
  const out: ChecklistCriterion[] = [];
  let level1: string | null = null;
  let level2: string | null = null;
  for (const row of body) {
    if (!row.table || isNamesRow(row.cells)) continue;
    const [l1, l2, name] = [at(row, 'level1'), at(row, 'level2'), at(row, 'name')];
    if (l1 !== '') [level1, level2] = [l1, null];
    if (l2 !== '') level2 = l2;
    const done = at(row, 'done');
    const current = out[out.length - 1];
    if (name !== '') {
      out.push({
        level1,
        level2,
        name,
        explanation: at(row, 'explanation') || null,
        // On the criterion's own row a figure is what was done (建档人数(人) | 52000).
        done: done !== '' ? done : null,
        reason: at(row, 'reason') || null,
        line: row.line,
      });
    } else if (current && current.done === null && done !== '' && !isAmount(done)) current.done = done;
  }
  return out;
}

/**
 * A sentence of 指标解释: words closed by a full stop, or a clause with a comma — never a level's name, which is a
 * short term without punctuation.
 */
const isSentence = (t: string) => t.length >= 8 && (/[。]$/u.test(t) || /[，,；;]/u.test(t));
const isLevelName = (t: string) =>
  t.length >= 2 && t.length <= 15 && !/[，,。；;：:、\d]/u.test(t) && !/^[（(]/u.test(t);
/** 1.2024年度项目资金预算测算相关材料。: the 支撑材料 the criterion asks for, numbered on lines of their own. */
const isNumberedNote = (t: string) => /^\d{1,2}[.．、]\s*\S/u.test(t);

/**
 * Lines parted by spaces (a web page's table copied as text): a line of one to three level names and a sentence
 * opens a criterion — its last name the 三级, the one before the 二级, the first the 一级, those left out carried
 * from above — and what follows the sentence is its first record's label and 完成情况. A later line of a label
 * and words is a further record; numbered notes, fund blocks (label: amount) and lone labels are none.
 */
function readByShape(body: readonly Row[]): ChecklistCriterion[] {
  const out: ChecklistCriterion[] = [];
  let level1: string | null = null;
  let level2: string | null = null;
  for (const row of body) {
    const text = row.cells.join(' ').trim();
    const words = text.split(/\s+/u);
    if (text === '' || isNumberedNote(text) || isNamesRow(words)) continue;
    const sentence = words.findIndex(isSentence);
    const levels = sentence > 0 ? words.slice(0, sentence) : [];
    if (levels.length >= 1 && levels.length <= 3 && levels.every(isLevelName)) {
      const name = levels[levels.length - 1]!;
      if (levels.length === 3) level1 = levels[0]!;
      if (levels.length >= 2) level2 = levels[levels.length - 2]!;
      const rest = words.slice(sentence + 1);
      out.push({
        level1,
        level2,
        name,
        explanation: words[sentence]!,
        done: recordDone(rest, true),
        reason: null,
        line: row.line,
      });
      continue;
    }
    const current = out[out.length - 1];
    if (current && current.done === null && !AMOUNT_LINE.test(text)) current.done = recordDone(words);
  }
  return out;
}

/**
 * A record's 完成情况: the words after its label (项目资金测算依据(文字描述) 按相关要求完成), none for a lone label. A figure
 * is one on the criterion's own line (建档人数(人) 52000); on a later line it is a fund block's amount.
 */
function recordDone(words: readonly string[], ownLine = false): string | null {
  if (words.length < 2) return null;
  const done = words.slice(1).join(' ');
  return /[:：]$/u.test(words[0]!) || (!ownLine && isAmount(done)) ? null : done;
}
