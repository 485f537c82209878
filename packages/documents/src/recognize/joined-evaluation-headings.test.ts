import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { splitRunTogether } from './tokenize.ts';

// Made for these tests in the `joined` shape of the variant generator (a 自评表 copied without cell breaks, the
// whole form one line), after the layout of wide/243: a header broken over two rows whose last heading
// (实际完成情况) only the 自评表's list of headings knows.
const FORM =
  '绩效目标自评表(2023年度)项目(专项)名称某县耕地质量提升项目业务主管部门某县农业农村局项目单位某县土肥站' +
  '年度绩效目标按期完成项目建设任务一级二级指标计划实际指标指标名称指标值完成情况' +
  '产出指标数量指标示范区建立>=3000亩3000亩产出指标数量指标受益农户数800户800户' +
  '产出指标时效指标项目按时完成率100%100%产出指标质量指标配方肥到位率>=80%86.5%';

describe('a 自评表 header run together with headings only the 自评表 list knows', () => {
  it('cuts the tokens at such a heading after another heading', () => {
    const tokens = splitRunTogether('一级指标二级指标指标名称计划指标值实际完成情况产出指标数量指标');
    expect(tokens.map((t) => [t.kind, t.text])).toContainEqual(['column', '实际完成情况']);
  });

  it('leaves such a heading inside an indicator’s name as words of the name', () => {
    const tokens = splitRunTogether('产出指标数量指标年度任务完成率100%质量指标验收合格率≥95%');
    expect(tokens.map((t) => t.text)).not.toContain('完成率');
    expect(tokens.some((t) => t.text.startsWith('年度任务完成率'))).toBe(true);
  });

  it('reads each row’s target and actual where they ran into its name', async () => {
    const out = await importBuffer(new TextEncoder().encode(`${FORM}\n`), 'joined.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    const rows = doc?.kind === 'self-evaluation' ? doc.indicators : [];
    const cells = rows.map((r) => [r.name, r.target?.raw, r.actual?.raw]);
    expect(cells).toContainEqual(['受益农户数', '800户', '800户']);
    expect(cells).toContainEqual(['项目按时完成率', '100%', '100%']);
    expect(cells).toContainEqual(['示范区建立', '>=3000亩', '3000亩']);
  });
});

describe('a 自评表 heading at the start of a cell', () => {
  it('is a value’s words, not a heading (完成进度40%)', () => {
    const tokens = splitRunTogether('完成进度40%');
    expect(tokens.map((t) => t.kind)).not.toContain('column');
  });
});
