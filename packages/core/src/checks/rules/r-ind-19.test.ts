import { describe, expect, it } from 'vitest';
import { rule } from './r-ind-19.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeIndicator, makeProjectForm } from '../helpers/test-forms.ts';
import { renderMessage } from '../render.ts';
import { defaultCheckOptions } from '../types.ts';
import type { ProjectForm } from '../../model/project-form.ts';

// corpus 016 (宁夏 原州区, 2022), the goal and the 数量指标 as published.
const GOAL =
  '一是通过政府招标采购方式,采购马铃薯原原种425万粒,免费向全区农户、种植大户、合作社和企业发放,完成马铃薯原种繁育田850亩;二是企业自行采购马铃薯原原种200万粒';
const form = (goal: string, first = '550万粒'): ProjectForm =>
  makeProjectForm({
    goals: [{ term: 'annual', label: '年度绩效目标', text: goal }],
    indicators: [
      makeIndicator({
        goal: null,
        level1: '产出指标',
        level2: '数量指标',
        name: '免费发放原原种',
        target: first,
      }),
      makeIndicator({
        goal: null,
        level1: '产出指标',
        level2: '数量指标',
        name: '企业自行采购',
        target: '200万粒',
      }),
      makeIndicator({ goal: null }),
    ],
  });
const run = (f: ProjectForm) => rule.check(f, { siblings: [f], options: defaultCheckOptions });

describe('R-IND-19', () => {
  it('names the goal’s figure and the indicator that restates it with another number (016: 425 vs 550万粒)', () => {
    expect(run(form(GOAL)).map((r) => renderMessage(rule.meta.messages[r.messageId]!, r.data ?? {}))).toEqual(
      [
        '年度绩效目标写「采购马铃薯原原种425万粒」，而指标「免费发放原原种」的指标值为「550万粒」：同一数量在目标和指标中应一致，请核对',
      ],
    );
  });
  it('passes a goal whose figures the indicators restate, and a count written before its noun', () => {
    expect(run(form(GOAL, '425万粒'))).toEqual([]);
    // corpus 009: "开展7个小型水利工程建设" against 7 village columns of 1 each — not compared.
    expect(
      run(
        makeProjectForm({ goals: [{ term: 'annual', label: '年度目标', text: '开展7个小型水利工程建设' }] }),
      ),
    ).toEqual([]);
  });
  it('compares the example of the issue: 培训500人次 against ≥300人次', () => {
    const f = makeProjectForm({
      goals: [{ term: 'annual', label: '年度绩效目标1', text: '全年开展业务培训500人次。' }],
    });
    const r = run({
      ...f,
      indicators: f.indicators.map((i) => (i.name === '培训人数' ? { ...i, name: '业务培训人次' } : i)),
    });
    expect(r.map((x) => x.data?.['figure'])).toEqual(['500人次']);
  });
});

ruleTester(rule, {
  valid: [{ name: 'a goal restated by its indicators', form: form(GOAL, '425万粒') }],
  invalid: [
    {
      name: 'the goal says 425万粒, the indicator 550万粒 (corpus 016)',
      form: form(GOAL),
      errors: [{ messageId: 'goalDiffers', path: '/goals/0/text', severity: 'warning' }],
    },
  ],
});
