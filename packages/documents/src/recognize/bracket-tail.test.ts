// A merged 一级 cell cut by a page break: the rest of its note (面指标）) at the top of the next page, in its column
// beside that row's own empty numbered slot, as a PDF printed by LibreOffice gives it. Made for this test after
// wide/465 rendered as .pdf (h-render5); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { isBracketTail, leavesBracketOpen } from './bracket-tail.ts';

const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const form = `<html><body><p>项目支出绩效目标申报表</p><table>
<tr><td>项目名称</td><td colspan="4">图书数字化加工</td></tr>
<tr><td>主管部门</td><td colspan="4">某某市文化局</td></tr>
<tr><td>资金总额</td><td colspan="4">50</td></tr>
${[
  ['一级指标', '二级指标', '指标内容', '指标值', '备注'],
  ['产出指标', '', '1. 图书扫描页数', '80万页', ''],
  ['效益指标(经济效益、社会效益、环境效益、可持续影响等方', '', '1. 在线借阅人次', '≥3000人次', ''],
  ['面指标)', '', '2.', '', ''],
  ['', '', '3.', '', ''],
  ['满意度指标', '服务对象满意度指标', '1. 读者满意度', '≥90%', ''],
]
  .map(row)
  .join('\n')}
</table></body></html>`;

describe('a merged cell’s rest after a page break', () => {
  it('is the level’s end, no indicator', async () => {
    const out = await importBuffer(new TextEncoder().encode(form), 'form.html');
    if (!out.ok) throw new Error(out.error.message);
    const f = out.forms[0]!;
    if (f.kind !== 'project') throw new Error(`read as ${f.kind}`);
    expect(f.indicators.map((x) => x.name)).toEqual(['图书扫描页数', '在线借阅人次', '读者满意度']);
  });

  it('tells a bracket’s tail from a name', () => {
    expect(isBracketTail('面指标)')).toBe(true);
    expect(isBracketTail('工程质量达标率(%)')).toBe(false);
    expect(isBracketTail('≥95%)')).toBe(false);
    expect(leavesBracketOpen('效益指标(经济效益、社会效益、环境效益、可持续影响等方')).toBe(true);
    expect(leavesBracketOpen('产出指标(数量、质量)')).toBe(false);
  });
});
