import { describe, expect, it } from 'vitest';
import { importBuffer } from '../index.ts';

// A 监控表 copied from a web page one cell per line, without borders: no row is left to read by rows.
const COPY = [
  '项目支出绩效监控表',
  '项目名称',
  '乡村道路养护',
  '主管部门',
  '某县交通运输局',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '1-7月完成情况',
  '产出指标',
  '数量指标',
  '养护道路里程',
  '≥120公里',
  '80公里',
  '效益指标',
  '社会效益指标',
  '群众出行便利度',
  '明显提升',
  '有所提升',
].join('\n');

describe('a 监控表 copied one cell per line', () => {
  it('reads its indicator table from the text when the rows hold none', async () => {
    const out = await importBuffer(new TextEncoder().encode(COPY), 'copy.txt');
    expect(out.ok).toBe(true);
    const doc = out.ok ? out.evaluations[0] : undefined;
    expect(doc?.kind).toBe('monitoring');
    const indicators = doc?.kind === 'monitoring' ? doc.indicators : [];
    expect(indicators.map((i) => [i.name, i.target.raw, i.actualToDate.raw])).toEqual([
      ['养护道路里程', '≥120公里', '80公里'],
      ['群众出行便利度', '明显提升', '有所提升'],
    ]);
  });
});
