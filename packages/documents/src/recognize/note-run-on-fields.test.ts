// A note under a form's table that a run-together copy ran on into the next table's labelled head: the head's
// pairs fill the fields still unread; a note that only names a label, or a text that is no note, gives none.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { noteRunOnPairs } from './note-run-on-fields.ts';

const runOn =
  '注:“年初”目标指编制预算时申报的目标填报项目基本信息一、项目基本情况项目实施单位某省档案馆主管部门项目负责人王五' +
  '联系电话12345678计划投资额(万元)88';

describe('a note run on into a labelled head', () => {
  it('gives the pairs after the note’s words', () => {
    expect(noteRunOnPairs(runOn)).toEqual(
      expect.arrayContaining([
        { label: '项目实施单位', value: '某省档案馆' },
        { label: '计划投资额(万元)', value: '88' },
      ]),
    );
  });

  it('gives none for a note naming one label in passing, nor for a text that is no note', () => {
    expect(noteRunOnPairs('注:项目实施单位须加盖公章。')).toBeNull();
    expect(noteRunOnPairs(runOn.replace(/^注:/, ''))).toBeNull();
  });

  it('fills the project form’s unread unit and budget', async () => {
    const lines = [
      '项目绩效目标表',
      '项目名称:|档案数字化项目',
      '指标类型|绩效指标|年初绩效目标',
      '产出指标|档案数字化页数|10万页',
      '效率指标|按期完成率|100%',
      runOn,
    ];
    const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'form.txt');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error('no project form read');
    expect(form.executor).toBe('某省档案馆');
    expect(form.budget.total).toBe('88');
  });
});
