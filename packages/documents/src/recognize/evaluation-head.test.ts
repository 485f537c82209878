import { describe, expect, it } from 'vitest';
import type { StreamCell } from './evaluation-cells.ts';
import { readHead } from './evaluation-head.ts';

const stream = (...texts: string[]): StreamCell[] => texts.map((text, row) => ({ text, row, line: null, table: true }));

describe('the head of a 自评表', () => {
  it('reads the unit of two labels paired by a slash whose values are paired too', () => {
    const s = stream('项目名称', '乡村道路养护', '项目实施单位', '/', '项目负责人', '某某县交通站/张三');
    expect(readHead(s, s.length).unit).toBe('某某县交通站');
  });

  it('reads a unit written after its label as it stands', () => {
    const s = stream('项目名称', '乡村道路养护', '项目实施单位', '某某县交通站', '项目负责人', '张三');
    expect(readHead(s, s.length).unit).toBe('某某县交通站');
  });
});
