// A 绩效评价指标表 that closes its indicator rows with the points' total (总分 | | | | 100), as 宁晋 (河北)'s .xlsx
// does. Made for this test after wide/172 as a saved page (h-render4); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const page = (total: string) => `<html><body><p>2019年度某县助学金项目绩效评价指标表</p><table>
<tr><td>评价指标</td><td>评价内容</td><td>指标名称</td><td>指标说明</td><td>目标值</td><td>分值</td></tr>
<tr><td rowspan="2">项目年度绩效目标</td><td>产出数量指标</td><td>享受资助人数</td><td>达到预计值</td><td>2100</td><td>50</td></tr>
<tr><td>时效指标</td><td>及时发放率</td><td>达到目标值</td><td>100%</td><td>50</td></tr>
${total}
</table></body></html>`;

async function names(html: string) {
  const out = await importBuffer(new TextEncoder().encode(html), 'form.html');
  if (!out.ok) throw new Error(out.error.message);
  return out.forms[0]?.kind === 'project' ? out.forms[0].indicators.map((i) => i.name) : null;
}

describe('the points’ total under a 申报表’s indicators', () => {
  it('closes the table: 总分 | 100 is no indicator', async () => {
    expect(await names(page('<tr><td colspan="5">总分</td><td>100</td></tr>'))).toEqual([
      '享受资助人数',
      '及时发放率',
    ]);
  });

  it('leaves an indicator named for a total as one (总分值达标率 | 100%)', async () => {
    expect(
      await names(
        page('<tr><td></td><td>质量指标</td><td>总分值达标率</td><td></td><td>100%</td><td>10</td></tr>'),
      ),
    ).toEqual(['享受资助人数', '及时发放率', '总分值达标率']);
  });
});
