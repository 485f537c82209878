// Ground truth of the reading corpus: what a careful person reads in each document (names, budgets, indicator
// counts, targets as printed, actuals, scores, disclosure figures), and the loader of a folder's truth.json.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The kinds the harness scores; `report` is prose (a 自评报告, a notice): the right outcome is a clear refusal. */
export type TruthKind = 'project' | 'department' | 'self-evaluation' | 'monitoring' | 'disclosure';
export type DocKind = TruthKind | 'report';

/** A spelling, or several a person would accept equally (a 主管部门 and a 实施单位, a title and a name cell). */
export type Spelling = string | string[];

export interface IndicatorTruth {
  name: Spelling;
  /** 指标值 as printed (columns 指标性质 + 指标值 + 计量单位 written together). */
  target?: Spelling;
  /** 实际完成值 / 全年实际值 / 半年度执行情况 as printed. */
  actual?: Spelling;
  /** 分值 / 指标权重. */
  weight?: string;
  /** 得分. */
  score?: string;
  /**
   * The term (年度 / 长期) whose row gives these values, where a form prints the same name in both tables with
   * different values: the scorer takes the row read with that term (the model holds each table's rows as
   * indicators of their term).
   */
  term?: 'annual' | 'long';
}

/** The budget rows of a 自评表 or 监控表: amounts in 万元, the rate as printed. */
export interface BudgetRowsTruth {
  initial?: string;
  annual?: string;
  executed?: string;
  rate?: string;
  weight?: string;
  score?: string;
}

export interface FormTruth {
  kind: TruthKind;
  /** Project name (project, 自评表, 监控表) or department; absent when the document names none. */
  name?: Spelling;
  /** 申报单位 / 实施单位 / 主管部门: right when any unit field of the form reads one of these. */
  unit?: Spelling;
  /** Project or department budget total in 万元 (decimal string). */
  budget?: string;
  /** Indicator rows with a name and a value; several numbers when a cut-off or unscored row may fairly count. */
  indicatorCount?: number | number[];
  indicators?: IndicatorTruth[];
  budgetRows?: BudgetRowsTruth;
  /** 总分 / 自评得分 as printed. */
  total?: string;
  /** 评价等级 (优, 良 …). */
  grade?: string;
  /** Disclosure figures in 万元, keyed as `Disclosure.figures` keys them (threePublic, income …). */
  figures?: Record<string, string>;
}

export interface DocTruth {
  /** File name inside the folder (or inside `root`). */
  file: string;
  kind: DocKind;
  province: string;
  source: string;
  year?: number | null;
  layout?: string;
  /** For a generated format: the document whose truth this one shares. */
  sameAs?: string;
  forms: FormTruth[];
  /** What the person who wrote the truth corrected or decided, one line each. */
  notes?: string[];
}

export interface TruthFile {
  /** Where the documents are, relative to the truth file's folder (default: the folder itself). */
  root?: string;
  /** A name for the set in reports: docs, formats, wide, holdout, seeds. */
  set: string;
  docs: DocTruth[];
}

export interface LoadedTruth extends TruthFile {
  dir: string;
}

export function loadTruth(dir: string): LoadedTruth {
  const path = join(dir, 'truth.json');
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as TruthFile;
  const docsDir = parsed.root ? resolve(dirname(path), parsed.root) : dir;
  return { ...parsed, dir: docsDir };
}

export const spellings = (s: Spelling | undefined): string[] =>
  s === undefined ? [] : Array.isArray(s) ? s : [s];
