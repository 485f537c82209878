import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { labelPairCells } from './label-pairs-line.ts';
import { titleKind } from './titles.ts';

// A budget system's 预算项目申报表 as a library's PDF preview gives it: the text layer on one line, the title,
// the head's labels with their values glued after the colon, then the project card's labels printed bare.
// Made for these tests in the shape of wide/521 (广水, 湖北); names and figures invented.
const CARD =
  '某县部门(单位)预算项目申报表 项目名称:办公楼维修 项目编码: 项目单位(盖章): 主管部门:某县机关事务中心 ' +
  '审核方式:□部门集中审核 □专家评审 申报日期: 年 月 日 项目基本信息 二级项目名称 办公楼维修 二级项目代码 ' +
  '一级项目名称 后勤保障工作 项目性质 常年性项目 项目期限 3年 负责人电话 13800000000 项目总额 30万 ' +
  '项目立项依据 办公楼年久失修。 项目概述 保障办公楼正常使用';

describe('a project card run together on one line (a PDF preview of a budget system’s 预算项目申报表)', () => {
  it('takes a 预算项目申报表 for a project form', () => {
    expect(titleKind('某县部门（单位）预算项目申报表')).toBe('project');
    expect(titleKind('某县部门(单位)预算项目申报表')).toBe('project');
  });

  it('parts a label from the value glued after its colon', () => {
    expect(
      labelPairCells('项目名称:办公楼维修 项目编码: 主管部门:某县机关事务中心 审核方式:□部门集中审核'),
    ).toEqual([
      '项目名称:',
      '办公楼维修',
      '项目编码:',
      '主管部门:',
      '某县机关事务中心',
      '审核方式:',
      '□部门集中审核',
    ]);
  });

  it('cuts the bare labels of the card among the colon ones, a value ending at the next', () => {
    expect(
      labelPairCells('项目名称:办公楼维修 项目编码: 项目期限 3年 项目总额 30万 项目概述 保障正常使用'),
    ).toEqual([
      '项目名称:',
      '办公楼维修',
      '项目编码:',
      '项目期限',
      '3年',
      '项目总额',
      '30万',
      '项目概述',
      '保障正常使用',
    ]);
  });

  it('leaves a word with a colon after Latin letters whole (no label of the form)', () => {
    expect(labelPairCells('项目名称:办公楼维修 主管部门:某局 网址:http://example.org')).toEqual([
      '项目名称:',
      '办公楼维修',
      '主管部门:',
      '某局',
      '网址:',
      'http://example.org',
    ]);
  });

  it('reads the form: its title on the head’s line, name, department and 项目总额', async () => {
    const out = await importBuffer(new TextEncoder().encode(`某县项目申报.pdf\n${CARD}\n`), 'card.txt');
    if (!out.ok) throw new Error(out.error.message);
    const f = out.forms[0];
    if (f?.kind !== 'project') throw new Error('no project form read');
    expect(f.title).toBe('某县部门(单位)预算项目申报表');
    expect(f.name).toBe('办公楼维修');
    expect(f.supervisor).toBe('某县机关事务中心');
    expect(f.budget.total).toBe('30');
    expect(f.content).toBe('保障办公楼正常使用');
  });
});
