// A 自评表 imported from a copy cut inside its table (the reader's cutOff) fills the project's self-evaluation
// held in the workflow, which is judged whole: the mark is not carried into it, the rows the cut lost keep
// the self-evaluation's own content (and its checks judge them), as forms.service.ts's judgedWhole does for
// target forms.
import { describe, expect, it } from 'vitest';
import { emptySelfEvaluationDocument, newSelfEvaluationSchema, parseIndicatorValue } from '@jixiao/core';
import { sampleEvaluation } from '../../test-support/sample-evaluation.ts';
import { applySelfEvaluationInput } from '../self-evaluation/self-evaluation-input.ts';
import { selfEvaluationInputFromDocument } from './self-evaluation-fill.ts';

const stored = sampleEvaluation('截断自评项目', '10', '10', '');
const row = (name: string, actual: string) => ({
  level1: '产出指标',
  level2: null,
  name,
  target: parseIndicatorValue('≥10个'),
  actual: parseIndicatorValue(actual),
  weight: null,
  score: null,
  deviationReason: null,
});

describe('a cut-off 自评表 imported into the workflow', () => {
  const cut = emptySelfEvaluationDocument({
    name: '截断自评项目',
    indicators: [row('数量', '12个')],
    cutOff: true,
  });
  const { input } = selfEvaluationInputFromDocument(stored, 1, cut, [{ row: 0, indicatorId: '数量' }], {
    usePublishedScores: false,
    source: '截断.txt',
  });
  const held = newSelfEvaluationSchema.parse(applySelfEvaluationInput(stored, input));

  it('takes the rows that are there', () => {
    expect(held.indicators.find((i) => i.name === '数量')?.actual.raw).toBe('12个');
  });

  it('is held whole: no cutOff, and the rows past the cut keep their own values, judged as they are', () => {
    expect(input).not.toHaveProperty('cutOff');
    expect(held).not.toHaveProperty('cutOff');
    expect(held.indicators.map((i) => i.name)).toEqual(['数量', '效益', '满意度']);
    expect(held.indicators.find((i) => i.name === '效益')?.actual.raw).toBe('95%');
  });
});
