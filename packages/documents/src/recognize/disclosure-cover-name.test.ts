// A 部门决算's cover prints the department on its own lines above a title of the year and the package only
// (上海市普陀区生态环境局 / 2025 年度部门决算, fresh/646). Names and figures invented.
import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { readDisclosure } from './disclosure.ts';

const lines = (texts: string[]): Row[] => texts.map((t, i) => ({ cells: [t], table: false, line: i + 1 }));
const TEXT =
  '2025年度“三公”经费财政拨款支出决算为12.5万元，其中公务接待费2.5万元，公务用车运行维护费10万元。';
const department = (texts: string[], title: string) =>
  readDisclosure(lines(texts), title).disclosure.department;

describe('the department a cover prints above its title', () => {
  it('is the line above a title of the year and the package', () => {
    expect(department(['某某市某某区园林绿化局', '2025 年度部门决算', TEXT], '2025 年度部门决算')).toBe(
      '某某市某某区园林绿化局',
    );
  });

  it('is a long name wrapped over two lines, joined', () => {
    expect(
      department(
        ['某某市某某区人民政府', '某某路街道办事处', '2025 年度部门决算', TEXT],
        '2025 年度部门决算',
      ),
    ).toBe('某某市某某区人民政府某某路街道办事处');
  });

  it('is no line that does not end as a unit’s name, nor a sentence', () => {
    expect(department(['部门决算公开', '2025 年度部门决算', TEXT], '2025 年度部门决算')).toBeNull();
    expect(department(['本局决算如下，请审阅。', '2025 年度部门决算', TEXT], '2025 年度部门决算')).toBeNull();
  });
});
