// An older official template (财预〔2015〕88号's 申报表 as local templates still print it: two 一级, 社会公众或服务
// 对象满意度指标 under 效益指标, as in wide corpus 108, 湖南湘潭 2023) is read and checked as that version: no
// blocking R-IND-01, no false "no 满意度指标", one warning naming the version. Layout written by hand after
// that template; project, unit and figures invented.
import { describe, expect, it } from 'vitest';
import { runChecks, type ProjectForm } from '@jixiao/core';
import { importText } from '../src/index.ts';

const row = (...cells: string[]) => cells.join('\t');
const text = [
  '2023年项目支出绩效目标申报表',
  row('项目名称', '道路降尘服务', '预算部门', '某市环境卫生管理处'),
  row('项目预算', '250'),
  row('年度绩效目标', '通过购买降尘服务，全市空气质量达到优良'),
  row('一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'),
  row('产出指标', '数量指标', '配备车辆数', '=10辆', '计划标准'),
  row('', '质量指标', '服务期内空气质量', '优良', '计划标准'),
  row('', '时效指标', '服务周期', '12个月', '计划标准'),
  row('', '成本指标', '服务成本', '≤250万元', '预算支出标准'),
  row('效益指标', '社会效益指标', '空气质量改善', '有所改善', '计划标准'),
  row('', '可持续影响指标', '降尘机制长效运行', '持续运行', '计划标准'),
  row('', '社会公众或服务对象满意度指标', '市民满意度', '≥90%', '计划标准'),
].join('\n');

describe('a form in the 2015 layout', () => {
  const forms = importText(text) as ProjectForm[];
  const form = forms[0]!;

  it('is read as that version, its 满意度 row under 效益指标', () => {
    expect(form.framework).toBe('project-2015');
    expect(form.indicators.at(-1)).toMatchObject({
      level1: '效益指标',
      level2: '社会公众或服务对象满意度指标',
      name: '市民满意度',
    });
  });

  it('gets one warning that it differs from the current framework, and no framework error', () => {
    const findings = runChecks(forms);
    const framework = findings.filter((f) => f.rule === 'R-IND-01');
    expect(framework).toEqual([
      expect.objectContaining({ severity: 'warning', path: '/indicators/6/level2' }),
    ]);
    expect(framework[0]!.message).toMatch(/财预〔2015〕88号.*2015—2020年.*满意度指标单列为一级指标.*101号/);
    expect(findings.some((f) => f.rule === 'R-IND-04' && /满意度/.test(f.message))).toBe(false);
  });
});
