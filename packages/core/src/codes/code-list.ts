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
  /**
   * Whether the list enumerates the code's children (a 款's 项): a compiled list that gives a 款 without its 项
   * cannot tell a 项 under it from a wrong one.
   */
  listsChildrenOf(code: string): boolean;
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
  const parents = new Set(rows.map((r) => r[3]).filter((p): p is string => p !== null));
  return {
    year,
    classification,
    get: (c) => byCode.get(c),
    aliases: (c) => aliases.get(c) ?? [],
    listsChildrenOf: (c) => parents.has(c),
  };
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

/**
 * The code's parent as the structure gives it (a 项's 款: its first 5 digits; a 款's 类: its first 3), when the
 * list holds that parent but none of its children: the list says nothing of the code either way. Null when the
 * list could know the code.
 */
export function unlistedParent(list: CodeList, code: string): CodeEntry | null {
  const parent = code.length === 7 ? code.slice(0, 5) : code.length === 5 ? code.slice(0, 3) : null;
  const entry = parent === null ? undefined : list.get(parent);
  return entry && !list.listsChildrenOf(entry.code) ? entry : null;
}
