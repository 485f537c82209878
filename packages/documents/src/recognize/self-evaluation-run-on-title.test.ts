// A 自评表 whose title ran on into its head (a library's preview of a .docx glued a page into one paragraph,
// under the library's own header lines), a unit written after the template's （盖章）, and a 专项名称 printed as
// a tick-box list before the 项目名称 (the 区域 template of a central transfer).
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import type { StreamCell } from './evaluation-cells.ts';
import { readHead } from './evaluation-head.ts';
import { isTitleThenHead } from './tokenize.ts';

const stream = (...texts: string[]): StreamCell[] =>
  texts.map((text, row) => ({ text, row, line: null, table: true }));

async function firstEvaluation(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'preview.txt');
  if (!out.ok) throw new Error(out.error.message);
  return out.evaluations[0]!;
}

// Made for this test after wide/461 (the 中央引导地方科技发展资金 template, filled by hand).
const PREVIEW = [
  '某某专项资金绩效目标自评表',
  '上传人:某** 文档编号:100 格式:DOCX 页数:2',
  '资源描述',
  '1、附件2某某专项资金绩效目标自评表项目名称:某市科普基地建设承担单位:(盖章)某市科学技术协会(2022年度)' +
    '转移支付(项目)名称某某专项资金中央主管部门某某部地方主管部门某省某厅实施单位某市科学技术协会' +
    '项目资金(万元)全年预算数(A)全年执行数(B)预算执行率(B/A)年度资金总额:200.00190.0095.00%' +
    '年度总体目标年初设定目标全年实际完成情况建成科普基地2个。已建成2个。' +
    '绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施' +
    '产出指标数量指标建成科普基地数量≥2个2个',
].join('\n');

describe('a title run on into the head', () => {
  it('is told from a title alone', () => {
    expect(isTitleThenHead('某某专项资金绩效目标自评表项目名称:某项目实施单位某局项目资金(万元)')).toBe(true);
    expect(isTitleThenHead('2023年度项目支出绩效自评表')).toBe(false);
    expect(isTitleThenHead('项目支出绩效自评表(单位:万元)')).toBe(false);
  });

  it('gives the unit and the 主管部门 the glued head names (none were read before)', async () => {
    const doc = await firstEvaluation(PREVIEW);
    expect(doc.unit).toBe('某市科学技术协会');
    expect(doc.department).toBe('某省某厅');
    expect(doc.budget.annual).toBe('200.00');
  });
});

describe('the head’s labels', () => {
  it('drops the template’s （盖章） before the unit’s name', () => {
    const head = readHead(stream('实施单位', '(盖章)某县某局', '项目资金(万元)'), 3);
    expect(head.unit).toBe('某县某局');
    // A unit that only holds the note keeps it (nothing better is printed).
    expect(readHead(stream('实施单位', '（盖章）', '项目资金(万元)'), 3).unit).toBe('（盖章）');
  });

  it('takes no tick-box list for the project’s name; the 项目名称 after it names the project', () => {
    const head = readHead(
      stream(
        '专项名称',
        '☑自由探索类基础研究',
        '口科技创新基地建设',
        '项目名称',
        '某省自然科学基金',
        '归口管理部门',
        '某省某厅',
      ),
      7,
    );
    expect(head.name).toBe('某省自然科学基金');
    // 归口管理部门: the office that answers for a 科技 transfer's money is the form's 主管部门.
    expect(head.department).toBe('某省某厅');
  });
});
