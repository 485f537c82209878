// 政府收支分类科目 as versioned data: look a code up, check its structure, match a written name.
export type CodeRow = readonly [
  code: string,
  name: string,
  level: number,
  parent: string | null,
  confidence: string,
];

export type Classification = 'functional' | 'economic-department' | 'economic-government';

export interface CodeEntry {
  code: string;
  name: string;
  level: number;
  parent: string | null;
  confidence: string;
}

export interface CodeList {
  year: number;
  classification: Classification;
  get(code: string): CodeEntry | undefined;
  /** Older or short names seen in real documents, by code. */
  aliases(code: string): readonly string[];
}

export function makeCodeList(
  year: number,
  classification: Classification,
  rows: readonly CodeRow[],
  aliasRows: ReadonlyArray<readonly [string, string]>,
): CodeList {
  const byCode = new Map(
    rows.map(([code, name, level, parent, confidence]) => [code, { code, name, level, parent, confidence }]),
  );
  const aliases = new Map<string, string[]>();
  for (const [code, alias] of aliasRows) aliases.set(code, [...(aliases.get(code) ?? []), alias]);
  return { year, classification, get: (c) => byCode.get(c), aliases: (c) => aliases.get(c) ?? [] };
}

/** R-CODE-01: lengths 3/5/7 (functional) or 3/5 (economic), and a child code starts with its parent's. */
export function codeStructureProblem(code: string, classification: Classification): string | null {
  if (!/^\d+$/.test(code)) return '科目编码只能由数字组成';
  const lengths = classification === 'functional' ? [3, 5, 7] : [3, 5];
  if (!lengths.includes(code.length))
    return classification === 'functional'
      ? '功能分类科目编码应为3位（类）、5位（款）或7位（项）'
      : '经济分类科目编码应为3位（类）或5位（款）';
  const first = code[0]!;
  if (classification === 'functional' && first !== '2') return '支出功能分类科目编码以2开头';
  if (classification === 'economic-department' && first !== '3') return '部门预算支出经济分类科目编码以3开头';
  if (classification === 'economic-government' && first !== '5') return '政府预算支出经济分类科目编码以5开头';
  return null;
}

const squash = (s: string) =>
  s
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（(]/g, '（')
    .replace(/[）)]/g, '）');

/** How a written name relates to the name of its code. */
export function matchCodeName(
  list: CodeList,
  code: string,
  written: string,
): 'exact' | 'alias' | 'different' {
  const entry = list.get(code);
  if (!entry) return 'different';
  const w = squash(written);
  if (w === squash(entry.name)) return 'exact';
  if (list.aliases(code).some((a) => squash(a) === w)) return 'alias';
  // 类 names are often written without 支出 (一般公共服务 for 一般公共服务支出).
  if (w.replace(/支出$/, '') === squash(entry.name).replace(/支出$/, '')) return 'alias';
  return 'different';
}
