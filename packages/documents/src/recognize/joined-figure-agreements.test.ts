import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for these tests in the `joined` shape of the variant generator (a 自评表 copied without cell breaks, the
// whole form one line), after the layouts of wide/485 and wide/491; the projects and figures are made up.
const read = async (text: string) => {
  const out = await importBuffer(new TextEncoder().encode(`${text}\n`), 'joined.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation' ? doc.indicators : [];
};
const head =
  '绩效目标自评表项目名称某区老旧小区改造工程主管部门某区住房和城乡建设局项目执行单位某区市政服务中心' +
  '年度目标按期完成项目建设任务一级指标二级指标指标名称';

describe('figures run together in a 自评表 on one line, parted by meaning', () => {
  it('settles a row printed twice alike (1542条1542条) by the weights’ total', async () => {
    const rows = await read(
      `${head}分值年初目标值得分实际完成值产出指标数量指标改造小区条数1542条1542条` +
        '更换路灯数量30≥380盏30380盏质量指标工程验收合格率25≥95%2598%' +
        '满意度指标服务对象满意度指标居民满意度30≥90%3095%合计100100',
    );
    const cells = rows.map((r) => [r.name, r.weight, r.target?.raw, r.score, r.actual?.raw]);
    // 1 | 542条 | 1 | 542条 stands as a row, but leaves the weights at 86: 15 | 42条 | 15 | 42条 makes them 100.
    expect(cells).toContainEqual(['改造小区条数', '15', '42条', '15', '42条']);
    expect(cells).toContainEqual(['居民满意度', '30', '≥90%', '30', '95%']);
  });

  it('leaves such a row as read where the weights add up', async () => {
    const rows = await read(
      `${head}分值年初目标值得分实际完成值产出指标数量指标改造小区条数1542条1542条` +
        '更换路灯数量44≥380盏44380盏质量指标工程验收合格率25≥95%2598%' +
        '满意度指标服务对象满意度指标居民满意度30≥90%3095%合计100100',
    );
    const cells = rows.map((r) => [r.name, r.weight, r.target?.raw, r.score, r.actual?.raw]);
    // 1 + 44 + 25 + 30 is the hundred: the total gives no ground to cut the first row otherwise.
    expect(cells).toContainEqual(['改造小区条数', '1', '542条', '1', '542条']);
  });

  it('compares a target stated in words (不低于400人) with its actual as its sign-written twin', async () => {
    const rows = await read(
      `${head}权重指标值得分偏差原因完成值产出指标数量指标见习岗位数20不低于300个20326个` +
        '产出指标数量指标参加见习人数20不低于400人18371人产出指标质量指标补贴按月发放率30100%30100%' +
        '满意度指标服务对象满意度指标见习人员满意度30不低于90%3095%自评总分10098',
    );
    const cells = rows.map((r) => [r.name, r.target?.raw, r.score, r.actual?.raw]);
    // 18 | 371人 beside 400人, not 1 | 8371人: a count of one thing of one size planned and done.
    expect(cells).toContainEqual(['参加见习人数', '不低于400人', '18', '371人']);
  });
});
