import { describe, expect, it } from 'vitest';
import { mappableFieldName, mappableFieldNameOfAnyKind } from './mappable-fields.ts';

describe('a taught field named as the document it was taught on prints it', () => {
  it('calls the unit of a 自评表 or a 监控表 its 实施单位 and its budget the year’s 年度预算', () => {
    expect(mappableFieldName('unit', 'self-evaluation')).toBe('实施单位');
    expect(mappableFieldName('unit', 'monitoring')).toBe('实施单位');
    expect(mappableFieldName('budget.total', 'self-evaluation')).toBe('年度预算');
  });

  it('keeps a form’s names for a form and where the kind is not known', () => {
    expect(mappableFieldName('unit', 'project')).toBe('申报单位');
    expect(mappableFieldName('unit', null)).toBe('申报单位');
    expect(mappableFieldName('budget.total', 'project')).toBe('项目总预算');
    // A field a 自评表 has not keeps the form's name wherever it was taught.
    expect(mappableFieldName('code', 'self-evaluation')).toBe('项目代码');
  });
});

describe('a taught field whose document was not recorded', () => {
  it('is named by every kind’s name where the kinds name it differently', () => {
    expect(mappableFieldNameOfAnyKind('unit')).toBe('申报单位／实施单位');
    expect(mappableFieldNameOfAnyKind('budget.total')).toBe('项目总预算／年度预算');
  });
  it('is named once where every kind names it alike', () => {
    expect(mappableFieldNameOfAnyKind('name')).toBe('项目名称');
    expect(mappableFieldNameOfAnyKind('phone')).toBe('联系电话');
  });
});
