import { describe, expect, it } from 'vitest';
import { importText } from '../import-document.ts';

const project = (text: string) => {
  const f = importText(text)[0];
  return f?.kind === 'project' ? f : null;
};

describe("a target form's head", () => {
  it('reads 金额:100 万元 under the 填报单位 as the amount the form asks for', () => {
    // Made for this test after wide/471 (澧县, 湖南: 预算项目绩效目标申报表 whose labels ran into their values).
    const f = project(
      [
        '预算项目绩效目标申报表',
        '( 2025 年度)',
        '填报单位(公章):某县文物保护中心',
        '金额:36.5 万元',
        '项目名称文物安全巡查经费',
        '项目填报人张三',
        '专项年度绩效目标 完成全县文物点安全巡查。',
      ].join('\n'),
    );
    expect(f?.name).toBe('文物安全巡查经费');
    expect(f?.budget.total).toBe('36.5');
  });

  it('leaves the words of a date printed apart from their figures out of the values of labels printed before them', () => {
    // Made for this test after wide/470 (广水, 湖北: a PDF's text layer on one line, 填报日期's 年 月 日 printed
    // between the head's labels and their values).
    const f = project(
      [
        '财政支出项目绩效目标申报表 填报日期: 2025 项目名称 项目主管部门 年 03 月 16 日 单位:万元 乡村文化活动补助 某县文化馆 项目执行单位 项目负责人 李四 联系电话 项目总预算 项目当年预算 项目当年预算 12.5万元 12.5万元',
      ].join('\n'),
    );
    expect(f?.name).toBe('乡村文化活动补助');
    expect(f?.supervisor).toBe('某县文化馆');
  });
});
