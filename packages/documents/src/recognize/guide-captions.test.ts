import { describe, expect, it } from 'vitest';
import { projectFormOfText } from './project-form-of-text.test-support.ts';
import { withoutGuideCaptions } from './guide-captions.ts';
import { evaluationTitleInText } from './evaluation-head-labels.ts';
import { splitRunTogether } from './tokenize.ts';

// Made for these tests after fresh/611 (a document library's page of a .DOC titled as a 自评表's filling example,
// whose preview text — run together, in numbered chunks — shows the example's first form: a target form, its
// title glued to a letter-spaced 项 目 名 称).
const preview = (caption: string) =>
  [
    `${caption}.DOC`,
    '',
    `上传人:某*** 文档编号:123 格式:DOC 页数:8`,
    `${caption}.DOC_第1页`,
    '资源描述',
    '',
    `1、附件 2 ${caption}附件 2:样例项目支出绩效目标申报表项 目 名 称 某某监测补助经费主管部门及代码101某某局 实施单位某某司资金总额: 项目绩效目标完成年度监测任务。指标 指标内容 指标值产出指标 监测报告次数 12 次`,
    '',
  ].join('\n');

describe('a guide’s caption (…自评表填写样例, …自评表填报说明)', () => {
  it('loses its kind word (自评表填写样例), the rest left as it was', () => {
    expect(withoutGuideCaptions('附件3项目支出绩效自评表填写样例附件3:样例项目支出绩效目标申报表')).toBe(
      '附件3项目支出绩效附件3:样例项目支出绩效目标申报表',
    );
    expect(withoutGuideCaptions('部门整体支出绩效自评表填报说明')).toBe('部门整体支出绩效');
  });

  it('leaves a form’s own title alone', () => {
    expect(withoutGuideCaptions('项目支出绩效自评表项目名称某某项目')).toBe(
      '项目支出绩效自评表项目名称某某项目',
    );
  });

  it('names no 自评表 the text holds; a 自评表’s title before its notes still does', () => {
    expect(
      evaluationTitleInText('项目支出绩效自评表填写样例附件2:样例项目支出绩效目标申报表项目名称某某经费'),
    ).toBeNull();
    expect(
      evaluationTitleInText('项目支出绩效自评表项目名称某某经费主管部门某某局 项目支出绩效自评表填报说明'),
    ).toBe('self-evaluation');
  });
});

describe('a library preview of a target form under a 自评表 example’s caption', () => {
  it('is read as the target form it shows, its name after the letter-spaced 项 目 名 称', async () => {
    const form = await projectFormOfText(preview('项目支出绩效自评表填写样例'));
    expect(form.name).toBe('某某监测补助经费');
    expect([form.supervisor, form.executor]).toEqual(['101某某局', '某某司']);
  });
});

describe('a letter-spaced label glued to the word before it (…申报表项 目 名 称 X)', () => {
  it('is one label when its letters make one', () => {
    const tokens = splitRunTogether('某某绩效目标申报表项 目 名 称 某某补助经费主管部门某某局');
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['text', '某某绩效目标申报表'],
      ['label', '项 目 名 称'],
      ['text', '某某补助经费'],
      ['label', '主管部门'],
      ['text', '某某局'],
    ]);
  });

  it('is left apart when its last letter runs on into the value (项 目 名 称某某: 项目名 is no whole label)', () => {
    const tokens = splitRunTogether('某某申报表项 目 名 称某某经费');
    expect(tokens.some((t) => t.kind === 'label')).toBe(false);
  });
});
