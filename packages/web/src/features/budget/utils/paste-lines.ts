// Rows pasted from Excel (tab-separated) into budget lines: the 部门支出总表 layout (编码, 名称, 总计, 基本支出
// 小计 + 4 columns, 项目支出 小计 + 4 columns) or the short one (编码, 名称, the 8 amount columns); the
// economic grid takes 编码, 名称, 基本支出, 项目支出. Rows without a code (headers, 合计) are skipped.
import type { EconomicLine, FunctionalLine } from '@jixiao/core';
import { readAmount } from './budget-edit.ts';

export interface PasteResult<T> {
  lines: T[];
  /** 1-based pasted rows that looked like lines but had an amount that is not a number. */
  rejected: number[];
}

const cellsOf = (text: string) =>
  text
    .replace(/\r/g, '')
    .split('\n')
    .map((l) => l.split('\t').map((c) => c.trim()));

export function pasteFunctional(text: string): PasteResult<FunctionalLine> {
  const lines: FunctionalLine[] = [];
  const rejected: number[] = [];
  cellsOf(text).forEach((cells, i) => {
    const code = cells[0] ?? '';
    if (!/^2\d{2}(\d{2}){0,2}$/.test(code)) return;
    // 13 columns: skip 总计 and the two 小计 (they are computed); otherwise the 8 amounts follow the name.
    const amounts = cells.length >= 13 ? [...cells.slice(4, 8), ...cells.slice(9, 13)] : cells.slice(2, 10);
    const read = Array.from({ length: 8 }, (_, k) => readAmount(amounts[k] ?? ''));
    if (read.some((v) => v === null)) return void rejected.push(i + 1);
    const [wages, goods, family, capital, regular, policy, oneOff, otherProject] = read as string[];
    lines.push({
      code,
      name: cells[1] ?? '',
      fund: 'general',
      unitCode: null,
      wages: wages!,
      goods: goods!,
      family: family!,
      capital: capital!,
      regular: regular!,
      policy: policy!,
      oneOff: oneOff!,
      otherProject: otherProject!,
    });
  });
  return { lines, rejected };
}

export function pasteEconomic(text: string): PasteResult<EconomicLine> {
  const lines: EconomicLine[] = [];
  const rejected: number[] = [];
  cellsOf(text).forEach((cells, i) => {
    const code = cells[0] ?? '';
    if (!/^3\d{2}(\d{2})?$/.test(code)) return;
    const [basic, project] = [readAmount(cells[2] ?? ''), readAmount(cells[3] ?? '')];
    if (basic === null || project === null) return void rejected.push(i + 1);
    lines.push({ code, name: cells[1] ?? '', govCode: null, fund: 'general', basic, project });
  });
  return { lines, rejected };
}
