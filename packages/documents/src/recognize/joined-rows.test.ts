import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { gluedValue } from './glued-values.ts';
import { splitJoinedRows } from './joined-rows.ts';

describe('indicator rows run together in one piece of text', () => {
  it('are cut after each marked value where a name goes on', () => {
    expect(splitJoinedRows('竣工验收合格率100%完工项目县畜禽粪污综合利用率不低于90%')).toEqual([
      '竣工验收合格率',
      '100%',
      '完工项目县畜禽粪污综合利用率不低于90%',
    ]);
    expect(splitJoinedRows('道路硬化里程≥100公里年增粮食3500公斤')).toEqual([
      '道路硬化里程',
      '≥100公里',
      '年增粮食3500公斤',
    ]);
  });

  it('are not cut at a figure without a mark, a value closing the text or a bound after it (以上)', () => {
    expect(splitJoinedRows('医院东津医疗收入达到5亿元')).toBeNull();
    expect(splitJoinedRows('养护路段合格率≥95%')).toBeNull();
    expect(splitJoinedRows('培训满意度达到90％以上')).toBeNull();
  });

  it('a comparator’s word and a full-width percent sign belong to the value glued after a name', () => {
    expect(gluedValue('综合利用率不低于90%')).toEqual({ name: '综合利用率', value: '不低于90%' });
    expect(gluedValue('竣工验收合格率100％')).toEqual({ name: '竣工验收合格率', value: '100％' });
  });
});

// Made for this test in the `joined` shape of the variant generator (a web page copied without cell breaks): two
// rows under one 二级, the first closed by a percentage, the second's value opened by 不低于.
const form =
  '项目支出绩效目标表(2024年度)项目名称某县畜禽粪污资源化利用项目主管部门某县农业农村局年度资金总额(万元)860' +
  '一级指标二级指标三级指标指标值产出指标质量指标竣工验收合格率100%粪污综合利用率不低于90%' +
  '时效指标按进度计划实施情况按计划实施满意度指标服务对象满意度指标养殖户满意度≥95%';

describe('a form run together with two rows under one 二级', () => {
  it('reads both rows with their values', async () => {
    const out = await importBuffer(new TextEncoder().encode(`${form}\n`), 'joined.txt');
    const f = out.ok ? out.forms[0] : undefined;
    const rows = f?.kind === 'project' ? f.indicators.map((i) => [i.name, i.target.raw]) : [];
    expect(rows).toContainEqual(['竣工验收合格率', '100%']);
    expect(rows).toContainEqual(['粪污综合利用率', '不低于90%']);
    expect(rows).toContainEqual(['养殖户满意度', '≥95%']);
  });
});
