import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';

const table = (cells: string[]): Row => ({ ...paragraph(''), table: true, cells });
import { recognizeProjectForm } from './project-form.ts';

describe('the opinion a text layer puts before its form', () => {
  it("ends at the form's 项目名称, whose fields are read as the form's", () => {
    const rows = [
      table(['主管部门审核意见', '单位公章:年月']),
      table(['项目名称', '办公大楼运行保障']),
      table(['项目性质', '持续性项目']),
    ];
    const form = recognizeProjectForm(rows, '项目支出绩效目标表', { year: null, unit: null });
    expect(form.name).toBe('办公大楼运行保障');
    expect(form.nature).toBe('持续性项目');
  });
});
