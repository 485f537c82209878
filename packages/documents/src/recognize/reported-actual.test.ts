import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import { reportedTail } from './reported-actual.ts';

// Made for these tests in the `joined` shape (a 自评表 copied without cell breaks): a row with no figure, its name,
// its worded target and its worded actual run together, the actual reporting a thing done (已…).
const read = (text: string, columns: string[]) =>
  readFusedRows(atomsOf([text]), columns as Parameters<typeof readFusedRows>[1], { maxWeight: null }).map(
    (r) => [r.name, r.cells.target, r.cells.actual],
  );

describe('a worded actual reporting a thing done (已…), in a row with no figure', () => {
  it('parts the name, a judgement closing the target and the report (建立健全 | 已建立)', () => {
    expect(read('档案管理长效机制建立健全已建立', ['name', 'target', 'actual'])).toEqual([
      ['档案管理长效机制', '建立健全', '已建立'],
    ]);
  });

  it('parts them where the actual is printed before the target (已制定 | 完善)', () => {
    expect(read('财务管理内控制度已制定完善', ['name', 'actual', 'target'])).toEqual([
      ['财务管理内控制度', '完善', '已制定'],
    ]);
  });

  it('keeps a name that asks (是否已…) whole: its 已 is the question’s', () => {
    expect(reportedTail('项目资料是否已归档')).toEqual([]);
  });

  it('reads nothing where the text holds no report', () => {
    expect(reportedTail('档案管理长效机制建立健全')).toEqual([]);
  });
});
