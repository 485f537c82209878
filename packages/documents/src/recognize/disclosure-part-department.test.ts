// A 三公 page titled by its table alone names its department in the part heading above it (宣州区审计局 fresh/638).
import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { readDisclosure } from './disclosure.ts';

const lines = (texts: string[]): Row[] => texts.map((t, i) => ({ cells: [t], table: false, line: i + 1 }));
const TEXT = '某某区审计局2018年度“三公”经费支出预算为3.1万元。其中:公务接待费支出预算为3.1万元。';

describe('the department of a part heading', () => {
  it('is the one named before the heading’s year', () => {
    const rows = lines([
      '某某区审计局2018年预算“三公”经费情况说明',
      '二、2018年“三公”经费支出预算情况说明',
      TEXT,
    ]);
    expect(readDisclosure(rows, '一、2018年“三公”经费支出预算表').disclosure.department).toBe('某某区审计局');
  });

  it('drops the 关于 that opens the heading', () => {
    const rows = lines([
      '关于某某区司法局2017年度“三公”经费支出决算情况说明',
      '二、2017年“三公”经费支出决算情况说明',
      TEXT,
    ]);
    expect(readDisclosure(rows, '一、2017年“三公”经费支出决算表').disclosure.department).toBe('某某区司法局');
  });

  it('is none where the heading names a county’s own total, no unit', () => {
    const rows = lines([
      '某某县2023年“三公”经费预算增减变化情况说明',
      '二、2023年“三公”经费支出预算情况说明',
      TEXT,
    ]);
    expect(readDisclosure(rows, '一、2023年“三公”经费支出预算表').disclosure.department).toBeNull();
  });

  it('is none where the heading names only its year', () => {
    const rows = lines(['2018年预算“三公”经费情况说明', '二、2018年“三公”经费支出预算情况说明', TEXT]);
    expect(readDisclosure(rows, '一、2018年“三公”经费支出预算表').disclosure.department).toBeNull();
  });
});
