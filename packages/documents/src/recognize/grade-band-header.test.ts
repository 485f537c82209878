import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { joinSplitHeaders } from './split-header.ts';
import type { Row } from '../rows/row.ts';

// A target table that sets no single 指标值 but grades each row: 绩效指标评价标准 banded over 优 | 良 | 中 | 差 (邯郸's
// 预算指标绩效目标表, 2019; wide/492 prints it run together). Made for these tests in that shape; figures invented.
const TABLE = [
  '某市财政局提前下达2019年某某补助资金预算指标绩效目标表',
  '绩效目标 | 保障补助资金按时足额发放',
  '绩效指标分类 | 绩效指标 | 绩效指标描述 | 绩效指标评价标准 | | | | 评价标准确定依据',
  '| | | 优 | 良 | 中 | 差 |',
  '产出指标 | 补助发放覆盖率 | 符合条件的对象是否应发尽发 | 98% | 90% | 80% | 80% | 按上年标准评价',
  '| 补助按标准发放的比率 | 补助按标准发放的比率 | 95% | 85% | 75% | 75% | 按上年标准评价',
  '效果指标 | 受助对象满意度(%) | 问卷调查中满意的比率 | 90% | 80% | 70% | 70% | 按服务对象满意度评价',
].join('\n');

const row = (cells: string[]): Row => ({ cells, table: true }) as Row;

describe('a target table graded 优 | 良 | 中 | 差 under its 绩效指标评价标准', () => {
  it('joins the band and its grades into one header row', () => {
    const [joined] = joinSplitHeaders([
      row(['绩效指标分类', '绩效指标', '绩效指标描述', '绩效指标评价标准', '', '', '', '评价标准确定依据']),
      row(['', '', '', '优', '良', '中', '差', '']),
    ]);
    expect(joined?.cells).toEqual([
      '绩效指标分类',
      '绩效指标',
      '绩效指标描述',
      '优',
      '良',
      '中',
      '差',
      '评价标准确定依据',
    ]);
  });

  it('reads each row’s best grade as its target, the levels from the 分类 column', async () => {
    const out = await importBuffer(new TextEncoder().encode(TABLE), 'graded.txt');
    if (!out.ok) throw new Error(out.error.message);
    const f = out.forms[0];
    if (f?.kind !== 'project') throw new Error('no project form read');
    expect(f.indicators.map((i) => [i.level1, i.name, i.target.raw])).toEqual([
      ['产出指标', '补助发放覆盖率', '98%'],
      ['产出指标', '补助按标准发放的比率', '95%'],
      ['效果指标', '受助对象满意度(%)', '90%'],
    ]);
  });
});
