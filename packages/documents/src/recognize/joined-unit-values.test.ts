import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { unitValueAtEnd } from './glued-values.ts';
import { splitJoinedRows } from './joined-rows.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks,
// the whole form one line): values no sign marks, closed by their unit (3500公斤) or a bare figure after the unit
// the name gives in brackets (受益人数(人)132).
const read = async (text: string) => {
  const out = await importBuffer(new TextEncoder().encode(`${text}\n`), 'joined.txt');
  const form = out.ok ? out.forms[0] : undefined;
  return form?.kind === 'project' ? form.indicators : [];
};

describe('target-form rows run together whose values end in a unit', () => {
  it('cuts a unit-closed figure off the end of a name cut out of run-together text', () => {
    expect(unitValueAtEnd('年增粮食3500公斤')).toEqual({ name: '年增粮食', value: '3500公斤' });
    expect(unitValueAtEnd('财政资金补助1600元/亩')).toEqual({ name: '财政资金补助', value: '1600元/亩' });
    expect(unitValueAtEnd('受益人数(人)132')).toEqual({ name: '受益人数(人)', value: '132' });
    // A figure without a unit, or a name's own count inside it, is no value.
    expect(unitValueAtEnd('建设项目个数12')).toBeNull();
    expect(unitValueAtEnd('新建3座桥梁')).toBeNull();
  });

  it('cuts rows after a value its unit closes', () => {
    expect(splitJoinedRows('实施营造林总面积(亩)8000修建作业道长度(公里)25受益人数(人)90')).toEqual([
      '实施营造林总面积(亩)',
      '8000',
      '修建作业道长度(公里)',
      '25',
      '受益人数(人)90',
    ]);
    expect(splitJoinedRows('年增粮食3500公斤道路硬化里程≥100公里')).toEqual([
      '年增粮食',
      '3500公斤',
      '道路硬化里程≥100公里',
    ]);
  });

  it('reads a joined target form’s rows with such values', async () => {
    const rows = await read(
      '项目绩效目标表项目名称某县高标准农田建设项目业务主管部门某县农业农村局项目实施单位某县农田建设中心' +
        '项目资金总额600一级指标二级指标三级指标名称指标目标值产出指标成本指标财政资金补助1500元/亩' +
        '数量指标道路硬化里程>=80公里年增粮食3000公斤满意度指标服务对象满意度指标受益户满意度>=95%',
    );
    const names = rows.map((r) => r.name);
    expect(names).toContain('财政资金补助');
    expect(names).toContain('年增粮食');
  });
});
