// The 自评表 audit (R-EVAL-04, 05, 10–14) over the corpus copies in corpus/docs: the inconsistencies the
// corpus manifest verifies for its 自评表 are reported with their rule, and the sound table gives no
// error. Expectations are written by hand from the documents (../shared/corpus/manifest.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEvaluationDocument, type Finding } from '@jixiao/core';
import { importBuffer } from '../src/index.ts';

const AUDIT = new Set([
  'R-EVAL-04',
  'R-EVAL-05',
  'R-EVAL-10',
  'R-EVAL-11',
  'R-EVAL-12',
  'R-EVAL-13',
  'R-EVAL-14',
]);

async function findings(file: string): Promise<Finding[]> {
  const bytes = readFileSync(new URL(`./corpus/docs/${file}`, import.meta.url));
  const outcome = await importBuffer(bytes, file);
  if (!outcome.ok) throw new Error(`${file}: ${outcome.error.code}`);
  expect(outcome.evaluations).toHaveLength(1);
  return checkEvaluationDocument(outcome.evaluations[0]!);
}

/** The audit's findings as `rule severity path`, in the order reported. */
const audit = (fs: Finding[]) =>
  fs.filter((f) => AUDIT.has(f.rule)).map((f) => `${f.rule} ${f.severity} ${f.path}`);

describe('自评表 audit over the corpus', () => {
  it('019: weights 10 + 70 + 20 + 10 = 110 under a 总分 of 100, against the 50/30/10 scheme its note fixes', async () => {
    expect(audit(await findings('019_selfeval.txt'))).toEqual([
      'R-EVAL-04 error /totalWeight',
      'R-EVAL-14 warning /level1Weights',
    ]);
  });

  it('023: 资金到位及时率 met at 100 % but scored 7/10; 政策知晓率 98 % of =100 % scored 9 (the rule gives 9.8)', async () => {
    const fs = await findings('023_selfeval.txt');
    expect(audit(fs)).toEqual([
      'R-EVAL-10 error /indicators/2/score',
      'R-EVAL-10 error /indicators/5/score',
      // 10 / 产出 40 / 效益 30 / 满意度 20: a structure the free 90-point scheme allows.
      'R-EVAL-14 info /level1Weights',
    ]);
    const late = fs.find((f) => f.path === '/indicators/2/score')!;
    expect(late.message).toContain('应得满分10分，表上得分7分');
    expect(fs.find((f) => f.path === '/indicators/5/score')!.message).toContain('应得9.8分，表上得分9分');
  });

  it('018 (sound, 部门整体): no error', async () => {
    expect((await findings('018_selfeval.txt')).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each(['015_selfeval.txt', '017_selfeval.txt', '020_selfeval.txt', '022_selfeval.txt'])(
    '%s: inconsistencies of unit or meaning only — the score audit finds nothing',
    async (file) => {
      expect(audit(await findings(file))).toEqual([]);
    },
  );
});

// The 预算执行率 points of templates the reading took apart wrongly before (corpus/wide 213: 年初预算数(A) as the
// only budget, amounts run together; 214: one cell a paragraph, 得分 (20分*执行率) under 预算执行情况 (20分)):
// as printed they are sound; with the 得分 changed, the wrongly awarded points are reported with their figures.
describe('预算执行率 points in the wide 自评表 templates', () => {
  async function budgetFindings(file: string, edit: (text: string) => string): Promise<Finding[]> {
    const text = edit(readFileSync(new URL(`./corpus/wide/${file}`, import.meta.url), 'utf8'));
    const outcome = await importBuffer(new TextEncoder().encode(text), file);
    if (!outcome.ok) throw new Error(`${file}: ${outcome.error.code}`);
    return outcome.evaluations
      .flatMap((d) => checkEvaluationDocument(d))
      .filter((f) => f.path.startsWith('/budget'));
  }
  const same = (t: string) => t;

  it('213: 154.74 ÷ 310.2 = 50 %, 10 × 50 % = 5 — sound as printed, 9 reported against 5', async () => {
    expect(await budgetFindings('213_selfeval.txt', same)).toEqual([]);
    const [f] = await budgetFindings('213_selfeval.txt', (t) =>
      t.replace('310.2154.741050%5', '310.2154.741050%9'),
    );
    expect(f?.rule).toBe('R-EVAL-10');
    expect(f?.message).toContain('预算执行率50%，分值10分，按规则应得5分，表上得分9分');
  });

  it('214: 10 ÷ 50 = 20 %, 20 × 20 % = 4 — sound as printed, 8 reported against 4', async () => {
    expect(await budgetFindings('214_selfeval.txt', same)).toEqual([]);
    const total = '年度财政资金总额\n\n50\n\n10\n\n20\n\n';
    const [f] = await budgetFindings('214_selfeval.txt', (t) => t.replace(`${total}4`, `${total}8`));
    expect(f?.rule).toBe('R-EVAL-10');
    expect(f?.message).toContain('预算执行率20%，分值20分，按规则应得4分，表上得分8分');
  });
});

// wide/234 (鄂州 2021): the 年度资金总额 row prints 分值 100 | 83.5% | 得分 98 above indicators worth 20, 10, 10 …
// — the form's total, not a 100-point 预算执行率 criterion; the 预算执行率 indicator (20 points) is the one award.
describe('the form’s total printed on the budget row (wide/234)', () => {
  it('reads 100 / 98 as the 总分, and reports only the indicator’s 16.7 for 18', async () => {
    const bytes = readFileSync(new URL('./corpus/wide/234_selfeval.txt', import.meta.url));
    const outcome = await importBuffer(bytes, '234_selfeval.txt');
    if (!outcome.ok) throw new Error(outcome.error.code);
    const doc = outcome.evaluations[0]!;
    expect(doc.kind === 'self-evaluation' && [doc.budget.weight, doc.totalWeight, doc.total]).toEqual([
      null,
      '100',
      '98',
    ]);
    const fs = checkEvaluationDocument(doc).filter((f) => f.severity !== 'info');
    expect(fs.map((f) => `${f.rule} ${f.path}`)).toEqual(['R-EVAL-10 /indicators/0/score']);
    expect(fs[0]!.message).toContain('应得16.7分，表上得分18分');
  });
});
