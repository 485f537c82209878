import { describe, expect, it } from 'vitest';
import { importBuffer } from '../index.ts';

// A transfer's 自评表 copied one cell a paragraph (wide/537's shape): its 全年完成值 cell prints the indicator's
// name again before the figure, and the 未完成原因 cell is a paragraph of sentences with dates and figures of its
// own, its last line (改进措施:) a paragraph of that cell too. Made for these tests in that shape; names and
// figures invented.
const COPY = [
  '转移支付区域(项目)绩效目标自评表 (2022)',
  '转移支付(项目)名称',
  '2022年某某污染防治资金',
  '地方主管部门',
  '某市生态环境局',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '全年完成值',
  '未完成原因和改进措施',
  '产出指标',
  '数量指标',
  '新建水质自动监测站',
  '12个',
  '新建水质自动监测站',
  '3',
  '站点选址在年中作了调整,经省生态环境厅同意后重新招标。2022年9月起,按程序报批调整内容,并于10月20日取得批复。12月底完成3个站点的安装调试,其余站点转入下一年度建设',
  '改进措施:',
].join('\n\n');

async function rowsOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'copy.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation'
    ? doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw])
    : [];
}

describe('a name printed again in its row’s 完成值 cell, copied one cell a line', () => {
  it('is the row going on: the figure after it the actual, a paragraph of sentences the reason', async () => {
    // Before: 12个 cut into 1 | 2个 (the reason's dates made the cells look run together), and the name again
    // read as a second row whose target was the actual.
    expect(await rowsOf(COPY)).toEqual([['新建水质自动监测站', '12个', '3']]);
  });

  it('keeps two rows of the same name apart where the first is whole', async () => {
    const two = COPY.replace(
      '\n\n新建水质自动监测站\n\n3\n\n',
      '\n\n5个\n\n站点选址在年中作了调整。\n\n新建水质自动监测站\n\n3\n\n',
    );
    expect((await rowsOf(two)).map((r) => r[0])).toEqual(['新建水质自动监测站', '新建水质自动监测站']);
  });
});
