import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

async function indicatorsOf(rows: string[]) {
  const out = await importBuffer(bytes(rows.join('\n')), 'form.txt');
  const form = out.ok ? out.forms[0] : undefined;
  if (form?.kind !== 'project') throw new Error('no project form read');
  return form.indicators.map((i) => [i.level1, i.name, i.target.raw]);
}

describe('a 绩效目标表 whose 一级 column holds a heading of its own', () => {
  it('reads the 二级 column as the 一级 where it holds 一级 names (实施效果指标 | 产出指标 | 三级 | 指标值)', async () => {
    // Made for this test in the shape of corpus 003 (天津, a central investment plan's 绩效目标表).
    const rows = [
      '中央预算内投资计划绩效目标表',
      '专项名称\t农村公路养护专项',
      '一级指标\t二级指标\t三级指标\t指标值',
      '实施效果指标\t产出指标\t养护道路里程\t120公里',
      '\t\t桥梁检测合格率\t100%',
      '\t效益指标\t群众出行满意度\t≥90%',
    ];
    expect(await indicatorsOf(rows)).toEqual([
      ['产出指标', '养护道路里程', '120公里'],
      ['产出指标', '桥梁检测合格率', '100%'],
      ['效益指标', '群众出行满意度', '≥90%'],
    ]);
  });
});

describe('a short line under the last row of an indicator table', () => {
  it('is the next indicator where it opens with the words the name above opens with, else the name’s wrapped end', async () => {
    const head = ['项目支出绩效目标表', '项目名称\t农村公路养护专项', '一级指标\t二级指标\t三级指标\t指标值'];
    const cut = await indicatorsOf([
      ...head,
      '效益指标\t社会效益指标\t完工项目县道路通达率\t≥90%',
      '完工项目县桥梁安全运行率',
    ]);
    expect(cut.map((i) => i[1])).toEqual(['完工项目县道路通达率', '完工项目县桥梁安全运行率']);
    const wrapped = await indicatorsOf([...head, '效益指标\t社会效益指标\t完工项目县道路通达\t≥90%', '率']);
    expect(wrapped.map((i) => i[1])).toEqual(['完工项目县道路通达率']);
  });
});
