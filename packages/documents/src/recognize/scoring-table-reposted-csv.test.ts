import { describe, expect, it } from 'vitest';
import { importRows } from '../import-document.ts';
import { paragraph, type Row } from '../rows/row.ts';
import { readTextRows } from '../text/read-text.ts';
import { isScoringTable } from './scoring-table.ts';

// A finance bureau's 考评表 for a department's budget management, saved from a sheet as comma-separated values and
// reposted on a forum that lost most record breaks: the header record runs on into the first data record, so the
// text reads as no table, only as lines. Its headings still stand between the quotes (考核指标, 权数, 考评得分).
const repostedSheet = [
  '编辑: 某用户 | 2020-03-02 |',
  ',,',
  ',,',
  ', "项目","考核内容","考核指标","指标说明","年度工作目标","评分标准","权数","考评得分" "预算执行管理(40分)","支出进度","支出完成率","支出完成率=支出完成数/年初预算数.","1","按完成比例计算得分.","20", ,"结余控制","结余率","结余率=结余资金/支出完成数.","0.1","按完成比例计算得分.","20",',
  '"结余变动率","结余变动率=(本年结余-上年结余)/上年结余.","-0.2",,',
].join('\n');

const refusal = (text: string): string | undefined => {
  const out = importRows('text', readTextRows(text));
  return out.ok ? undefined : out.error.message;
};

describe('a scoring sheet reposted as comma-separated values that lost its record breaks', () => {
  it('is refused as the scoring table it is, its headings read between the quotes', () => {
    expect(refusal(repostedSheet)).toContain('评分表');
  });

  it('knows 权数 as the points and 考评得分 as the score of a 考评表', () => {
    const rows: Row[] = [
      '考核指标 | 评分标准 | 权数 | 考评得分',
      '支出完成率 | 按完成比例计算得分 | 20 | 18',
    ].map((l) => ({ cells: l.split(' | '), table: true }));
    expect(isScoringTable(rows)).toBe(true);
  });

  it('still reads a run-together header that sets targets and actuals as no scoring table', () => {
    const withValues = repostedSheet.replace('"年度工作目标"', '"年度指标值","实际完成值"');
    expect(isScoringTable([paragraph(withValues.split('\n')[3]!)])).toBe(false);
  });

  it('leaves a prose line whose commas part no headings alone', () => {
    const prose = '本单位对照评分标准逐项自评,自评得分92分,存在的问题已整改.';
    expect(isScoringTable([paragraph(prose)])).toBe(false);
  });
});
