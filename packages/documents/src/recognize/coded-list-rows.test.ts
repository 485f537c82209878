// A published list of target forms (单位代码 | 单位（专项）名称 | 资金总额 | … | 一级 | 二级 | 三级 | 指标值 | 指标值内容 …)
// copied from a page without cell borders: every row's cells run together, the unit and its project given by
// coded lines, the indicator rows name first, value next, explanation and scoring rule after.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { nameValueRest } from './name-value-run.ts';
import { titleKind } from './titles.ts';

const raw = (v: unknown) => (v && typeof v === 'object' && 'raw' in v ? (v as { raw: string }).raw : v);

const page = [
  '2024年项目支出绩效目标表公开',
  '部门:301_某县农业农村局金额单位:万元',
  '单位代码单位(专项)名称资金总额实施期绩效目标绩效指标',
  '一级指标二级指标三级指标指标值指标值内容评(扣分标准) 度量单位指标值类型备注',
  '301002某县农技推广站12.50',
  '  301002  农技培训经费12.50',
  '产出指标数量指标培训农户人数300人反映培训覆盖的农户按完成比例得分-定量',
  '质量指标培训合格率不低于95%培训考核合格人数/参训人数每降低1%扣1分-定量',
  '时效指标培训完成时间2024年10月底反映培训完成时间按期完成得10分-定量',
  '生态效益指标',
  '-定性',
  '满意度指标服务对象满意度指标农户满意度90%以上抽样调查满意程度每降低1%扣1分-定性',
  '效益指标社会效益指标农户种植成本有所下降对种植成本的影响较大得10分-定性',
  '【返回】',
].join('\n');

describe('a coded list form whose rows ran together', () => {
  it('reads the unit, the project, its amount and each indicator cut at its value', async () => {
    const out = await importBuffer(new TextEncoder().encode(page), 'page.txt');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error('no project form read');
    expect([form.name, form.unit, form.budget.total ?? form.budget.current]).toEqual([
      '农技培训经费',
      '某县农技推广站',
      '12.50',
    ]);
    expect(form.indicators.map((i) => [i.level2, i.name, raw(i.target)])).toEqual([
      ['数量指标', '培训农户人数', '300人'],
      ['质量指标', '培训合格率', '不低于95%'],
      ['时效指标', '培训完成时间', '2024年10月底'],
      ['服务对象满意度指标', '农户满意度', '90%以上'],
      ['社会效益指标', '农户种植成本', '有所下降'],
    ]);
  });
});

describe('nameValueRest', () => {
  it('ends the name where its value begins and keeps the rest of the row apart', () => {
    expect(nameValueRest('学生补助标准17元/人.每天反映学生每天用餐标准按标准发放得10分-定量')).toEqual({
      name: '学生补助标准',
      value: '17元/人.每天',
      rest: '反映学生每天用餐标准按标准发放得10分',
    });
    expect(nameValueRest('残疾学生入学率大于90%适龄学生入学情况90%得10分-定量')?.value).toBe('大于90%');
    expect(nameValueRest('家庭负担有所减轻对家庭负担减轻情况较大得10分-定性')?.value).toBe('有所减轻');
  });

  it('reads nothing from a name with its value at the end, or from text with no value', () => {
    expect(nameValueRest('培训合格率95%')).toBeNull();
    expect(nameValueRest('反映培训完成情况')).toBeNull();
  });
});

describe('a heading that publishes a form', () => {
  it('titles the form it publishes', () => {
    expect(titleKind('2023年项目支出绩效目标表公开')).toBe('project');
    expect(titleKind('2023年部门预算公开')).toBe('disclosure');
  });
});
