import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { splitSpacedRows } from './spaced-rows.ts';
import { projectFormOfText } from './project-form-of-text.test-support.ts';

// Made for these tests after fresh/609 (a district's 项目支出预算绩效目标申报表 copied from its page): the head's
// cells parted by wide gaps, each still a label and its value parted by one space; the 填报单位 left for the stamp
// beside the next label.
const form = [
  '项目支出预算绩效目标申报表',
  '填报单位(盖章):                            单位负责人:',
  '项目基本情况 项目名称 城区规划编制 ',
  '项目属性 新增项目□                       延续项目R ',
  '主管部门 江南区政府  项目起止时间 2021.1-2021.12 ',
  '项目负责人 张三  联系电话 1234567',
  '绩效管理  李四  联系电话 7654321',
  '联络员',
  '项目类型 1.基本建设类 □    其中:新建  □    扩建  □    改建  □',
  '2.行政事业类 □    其中: 采购类□    修缮类□    奖励类□',
  '项目资金情况 项目资金申请(万元) 项 目 上年度安排资金 本年度申请资金',
  '合 计 100 200',
];

describe('a head whose cells each hold a label and its value parted by one space', () => {
  it('cuts each cell into its label and value', () => {
    const rows: Row[] = [{ cells: ['主管部门 江南区政府', '项目起止时间 2021.1-2021.12'], table: false }];
    expect(splitSpacedRows(rows).map((r) => r.cells)).toEqual([
      ['主管部门', '江南区政府', '项目起止时间', '2021.1-2021.12'],
    ]);
  });

  it('leaves cells of which one is no label and its value as they are', () => {
    const rows: Row[] = [{ cells: ['项目属性 新增项目□', '延续项目R'], table: false }];
    expect(splitSpacedRows(rows).map((r) => r.cells)).toEqual([['项目属性 新增项目□', '延续项目R']]);
  });

  it('reads the 主管部门, the leader and the phone of such a head, and no label as the unit', async () => {
    const f = await projectFormOfText(form.join('\n'));
    expect([f.supervisor, f.leader, f.phone]).toEqual(['江南区政府', '张三', '1234567']);
    expect(f.unit).toBeNull();
  });
});
