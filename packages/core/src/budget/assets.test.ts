// 国有资产占有使用 beyond vehicles: equipment stated in section 八 when held, and read back from it.
import { describe, expect, it } from 'vitest';
import { budgetFromDisclosure } from './budget-from-disclosure.ts';
import { generateDisclosure } from './generate-disclosure.ts';
import { makeBudget } from './test-budget.ts';

const section8 = (d: ReturnType<typeof generateDisclosure>) =>
  d.sections.find((s) => s.title.startsWith('八、'))!.text;

describe('equipment held', () => {
  it('is stated after the vehicles and read back', () => {
    const b = makeBudget();
    b.assets = { generalEquipment: 3, specialEquipment: 1 };
    const d = generateDisclosure(b);
    expect(section8(d)).toContain(
      '特种专业技术车0辆。\n单位价值50万元以上通用设备3台（套），单位价值100万元以上专用设备1台（套）。',
    );
    expect(budgetFromDisclosure(d).assets).toEqual({ generalEquipment: 3, specialEquipment: 1 });
  });
  it('is not stated when none is held; a document saying 单价…及以上 is read too', () => {
    const d = generateDisclosure(makeBudget());
    expect(section8(d)).not.toContain('设备');
    expect(budgetFromDisclosure(d).assets).toEqual({ generalEquipment: 0, specialEquipment: 0 });
    const s = d.sections.find((x) => x.title.startsWith('八、'))!;
    s.text += '\n单价50万元及以上通用设备2台（套），单价100万元及以上专\n用设备0台（套）。';
    expect(budgetFromDisclosure(d).assets).toEqual({ generalEquipment: 2, specialEquipment: 0 });
  });
});
