// The 自评表 audit (R-EVAL-04, 05, 10–14) over the corpus copies in corpus/docs: the inconsistencies the
// corpus manifest verifies for its 自评表 are reported with their rule, and the sound table gives no
// error. Expectations are written by hand from the documents (../shared/corpus/manifest.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEvaluationDocument, type Finding } from '@jixiao/core';
import { importBuffer } from '../src/index.ts';

const AUDIT = new Set(['R-EVAL-04', 'R-EVAL-05', 'R-EVAL-10', 'R-EVAL-11', 'R-EVAL-12', 'R-EVAL-13', 'R-EVAL-14']);

async function findings(file: string): Promise<Finding[]> {
  const bytes = readFileSync(new URL(`./corpus/docs/${file}`, import.meta.url));
  const outcome = await importBuffer(bytes, file);
  if (!outcome.ok) throw new Error(`${file}: ${outcome.error.code}`);
  expect(outcome.evaluations).toHaveLength(1);
  return checkEvaluationDocument(outcome.evaluations[0]!);
}

/** The audit's findings as `rule severity path`, in the order reported. */
const audit = (fs: Finding[]) => fs.filter((f) => AUDIT.has(f.rule)).map((f) => `${f.rule} ${f.severity} ${f.path}`);

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
