// A template whose indicator rows are numbered for the unit to fill (1. 2. 3. 4. under each 一级, the 二级 column
// left empty), as a table of a saved page, a .docx or an .xlsx gives it: "1. 档案扫描总页数" is the name with its
// item number, no value, and a row holding only "3." is the template's empty slot, no indicator. Made for this test
// after wide/465 (a 市's 申报表, rendered as a table by h-render5); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { isNumberOnly, withoutItemNumber } from './item-numbering.ts';

const page = `<html><body><p>项目支出绩效目标申报表</p><table>
<tr><td>项目名称</td><td colspan="4">图书数字化加工</td></tr>
<tr><td>主管部门</td><td colspan="4">某某市文化局</td></tr>
<tr><td>资金总额</td><td colspan="4">50</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>指标内容</td><td>指标值</td><td>备注</td></tr>
<tr><td rowspan="3">产出指标(数量、质量、成本方面的指标)</td><td rowspan="3"></td><td>1. 图书扫描页数</td><td>80万页</td><td></td></tr>
<tr><td>2. 成果合格率</td><td>≥98%</td><td></td></tr>
<tr><td>3.</td><td></td><td></td></tr>
<tr><td rowspan="2">效益指标(经济效益、社会效益等方面指标)</td><td rowspan="2"></td><td>1. 在线借阅人次</td><td>≥3000人次</td><td></td></tr>
<tr><td>2.</td><td></td><td></td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>1. 读者满意度</td><td>≥90%</td><td></td></tr>
</table></body></html>`;

describe('numbered indicator rows of a template', () => {
  it('reads each filled row by its name without the number, and no empty numbered slot', async () => {
    const out = await importBuffer(new TextEncoder().encode(page), 'form.html');
    if (!out.ok) throw new Error(out.error.message);
    const form = out.forms[0]!;
    if (form.kind !== 'project') throw new Error(`read as ${form.kind}`);
    expect(form.indicators.map((x) => [x.name, x.target.raw])).toEqual([
      ['图书扫描页数', '80万页'],
      ['成果合格率', '≥98%'],
      ['在线借阅人次', '≥3000人次'],
      ['读者满意度', '≥90%'],
    ]);
  });

  it('takes off one item number before words, never a figure or a list of items', () => {
    expect(withoutItemNumber('1. 档案扫描总页数')).toBe('档案扫描总页数');
    expect(withoutItemNumber('2、数字化成果合格率')).toBe('数字化成果合格率');
    expect(withoutItemNumber('1.5万亩')).toBe('1.5万亩');
    expect(withoutItemNumber('12350安全生产举报奖励次数')).toBe('12350安全生产举报奖励次数');
    expect(withoutItemNumber('1.完成扫描;2.完成著录')).toBe('1.完成扫描;2.完成著录');
    expect(isNumberOnly('3.')).toBe(true);
    expect(isNumberOnly('4、')).toBe(true);
    expect(isNumberOnly('3')).toBe(false);
    expect(isNumberOnly('100%')).toBe(false);
  });
});
