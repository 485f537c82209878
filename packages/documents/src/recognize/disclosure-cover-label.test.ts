// A package's own label names its department where the title names only the place (fresh/641–643).
import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { readDisclosure } from './disclosure.ts';

const lines = (texts: string[]): Row[] => texts.map((t, i) => ({ cells: [t], table: false, line: i + 1 }));
const TEXT = '2026年“三公”经费预算数为12.5万元，其中公务接待费2.5万元，公务用车购置及运行费10万元。';

describe('the department a cover label names', () => {
  it('is taken over a title naming only the district', () => {
    const rows = lines(['某某市某某区2026年区级部门预算', '预算主管部门：某某市某某区园林绿化局', TEXT]);
    expect(readDisclosure(rows, '某某市某某区2026年区级部门预算').disclosure.department).toBe(
      '某某市某某区园林绿化局',
    );
  });

  it('is a table’s 编制单位 without its 本级 mark, the unit after a tab left out', () => {
    const rows: Row[] = [
      ...lines(['某某市某某区2026年区级单位预算', TEXT]),
      { cells: ['编制单位：某某区某某街道办事处（本级）', '单位：元'], table: true, line: 3 },
    ];
    expect(readDisclosure(rows, '某某市某某区2026年区级单位预算').disclosure.department).toBe(
      '某某区某某街道办事处',
    );
  });

  it('does not displace a unit the title names', () => {
    const rows = lines(['某某区审计局2026年部门预算', '编制部门：某某区财政局', TEXT]);
    expect(readDisclosure(rows, '某某区审计局2026年部门预算').disclosure.department).toBe('某某区审计局');
  });
});
