// The audit measured on the development corpus (corpus/docs = ../shared/corpus/docs, 42 documents of 17
// provinces): every document is read and checked as the batch check does (forms with their siblings, each
// 自评表 / 监控表 on its own, a prose report's text by the text rules), then
// - each inconsistency the corpus manifest verifies by arithmetic (its `checkable_inconsistencies`) must be
//   reported by the rule named here with its figures in the message;
// - the sound documents (manifest: no inconsistency) give no error, and the audit's own rules (arithmetic and
//   consistency) at most one warning per ten of them.
// Expectations are written by hand from the documents and the manifest; no code knows a document.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEvaluationDocument, checkForm, checkProseReport, ruleById, type Finding } from '@jixiao/core';
import { importRows, readDisclosure, readRows } from '../src/index.ts';

const DOCS = new URL('./corpus/docs/', import.meta.url);

/** The findings of one document, as the batch check gives them (server/src/batch/check-task.ts). */
async function audit(file: string): Promise<{ read: boolean; findings: Finding[] }> {
  const bytes = readFileSync(new URL(file, DOCS));
  const { format, rows } = await readRows(bytes, file);
  const outcome = importRows(format, rows);
  if (!outcome.ok) {
    if (outcome.error.code !== 'unsupported-form') return { read: false, findings: [] };
    return {
      read: false,
      findings: checkProseReport({
        ...readDisclosure(rows, null).disclosure,
        formType: '文字报告',
        partial: true,
      }),
    };
  }
  return {
    read: true,
    findings: [
      ...outcome.forms.flatMap((f) => checkForm(f, outcome.forms)),
      ...outcome.evaluations.flatMap((d) => checkEvaluationDocument(d)),
    ],
  };
}

/** Verified inconsistencies (manifest `checkable_inconsistencies`): the rule that must report each, and its figures. */
const VERIFIED: Array<{ file: string; what: string; rule: string; figures: string[] }> = [
  { file: '004_project.txt', what: 'weights sum 90', rule: 'R-IND-20', figures: ['90'] },
  {
    file: '006_project.txt',
    what: 'list 100 vs form 153.5184',
    rule: 'R-DEPT-06',
    figures: ['100', '153.5184'],
  },
  {
    file: '016_selfeval.txt',
    what: 'goal 425 vs indicator 550万粒',
    rule: 'R-EVAL-15',
    figures: ['425万粒', '550万粒'],
  },
  { file: '019_selfeval.txt', what: 'weights 110 vs 总分 100', rule: 'R-EVAL-04', figures: ['110', '100'] },
  { file: '021_selfeval.txt', what: 'met target scored 19.6/20', rule: 'R-EVAL-10', figures: ['19.6'] },
  { file: '022_selfeval.txt', what: 'rate 100% vs 1000件', rule: 'R-EVAL-16', figures: ['100%', '1000件'] },
  { file: '023_selfeval.txt', what: 'met target scored 7/10', rule: 'R-EVAL-10', figures: ['7分'] },
  { file: '025_selfeval.txt', what: '3.6元 vs 3.6万元', rule: 'R-PUB-04', figures: ['3.6'] },
  { file: '026_selfeval.txt', what: 'count 15 vs 8 + 8', rule: 'R-PUB-12', figures: ['15', '16'] },
  { file: '029_monitor.txt', what: '15元 vs 15万元 (84 ≠ 69)', rule: 'R-PUB-04', figures: ['84', '69'] },
  { file: '030_monitor.txt', what: 'count 27 vs 8 + 18', rule: 'R-PUB-12', figures: ['27', '26'] },
  {
    file: '032_disclosure.txt',
    what: 'rate 30.14% vs 41.05%',
    rule: 'R-PUB-11',
    figures: ['30.14%', '41.05%'],
  },
  {
    file: '034_disclosure.txt',
    what: '其中 4224.68 under 4220.18',
    rule: 'R-PUB-12',
    figures: ['4224.68', '4220.18'],
  },
  { file: '037_disclosure.txt', what: 'rate 7.81% vs 7.80%', rule: 'R-PUB-11', figures: ['7.81%', '7.80%'] },
  { file: '039_disclosure.txt', what: 'change 0.58 vs 0.59', rule: 'R-PUB-11', figures: ['0.58', '0.59'] },
];

/** Not reported yet, and why (reading, not auditing, stands in the way): the measure counts them as missed. */
const MISSED = new Set<string>([]);

/** Documents the manifest finds sound (inconsistency_class null). */
const SOUND = [
  '009_project.txt',
  '012_project.txt',
  '018_selfeval.txt',
  '031_monitor.txt',
  '033_disclosure.txt',
  '035_disclosure.txt',
  '036_disclosure.txt',
  '038_disclosure.txt',
  '040_disclosure.txt',
  '041_disclosure.txt',
  '042_disclosure.txt',
];

const AUDIT_CATEGORIES = new Set(['arithmetic', 'consistency']);
const isAudit = (f: Finding) => AUDIT_CATEGORIES.has(ruleById(f.rule)?.meta.category ?? '');

describe('the audit on the corpus', () => {
  const files = readdirSync(DOCS).filter((f) => f.endsWith('.txt'));
  const results = (async () =>
    new Map(await Promise.all(files.map(async (f) => [f, await audit(f)] as const))))();

  it('reads and checks all 42 documents without throwing', async () => {
    expect((await results).size).toBe(42);
  });

  it.each(VERIFIED.filter((v) => !MISSED.has(v.file)))(
    '$file: $what — reported by $rule with its figures',
    async (v) => {
      const { findings } = (await results).get(v.file)!;
      const hit = findings.find((f) => f.rule === v.rule && v.figures.every((x) => f.message.includes(x)));
      expect(hit, findings.map((f) => `${f.rule} ${f.message}`).join('\n')).toBeDefined();
    },
  );

  it('reports at least 80 % of the verified inconsistencies (15 of 15 on 2026-12-02)', () => {
    const reported = VERIFIED.length - MISSED.size;
    expect(reported / VERIFIED.length).toBeGreaterThanOrEqual(0.8);
  });

  it('gives no error on a sound document, and the audit at most one warning per ten of them', async () => {
    const r = await results;
    const errors = SOUND.flatMap((f) =>
      r
        .get(f)!
        .findings.filter((x) => x.severity === 'error')
        .map((x) => `${f} ${x.rule} ${x.message}`),
    );
    expect(errors).toEqual([]);
    const warnings = SOUND.flatMap((f) =>
      r
        .get(f)!
        .findings.filter((x) => x.severity === 'warning' && isAudit(x))
        .map((x) => `${f} ${x.rule} ${x.message}`),
    );
    expect(warnings.length, warnings.join('\n')).toBeLessThanOrEqual(Math.floor(SOUND.length / 10));
  });
});

describe('the audit on variants of corpus documents', () => {
  const text035 = readFileSync(new URL('035_disclosure.txt', DOCS), 'utf8');
  const check = async (text: string) => {
    const { format, rows } = await readRows(new TextEncoder().encode(text), '035.txt');
    const outcome = importRows(format, rows);
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.forms.flatMap((f) => checkForm(f, outcome.forms));
  };

  it('035 with 因公出国 and 公务接待 swapped in the text (not in the table): named as swapped', async () => {
    const swapped = text035
      .replace(
        '因公出国(境)费支出预算为10万元,公务接待费支出预算为240万元',
        '因公出国(境)费支出预算为240万元,公务接待费支出预算为10万元',
      )
      .replace('(一)因公出国(境)费支出预算10万元', '(一)因公出国(境)费支出预算240万元')
      .replace('(三)公务接待费支出预算240万元', '(三)公务接待费支出预算10万元');
    const f = await check(swapped);
    expect(f.filter((x) => x.rule === 'R-PUB-13').map((x) => x.message)).toEqual([
      '说明中因公出国（境）费为 240 万元、公务接待费为 10 万元，报表中恰好相反（因公出国（境）费 10 万元、公务接待费 240 万元）：两项金额写反了，请核对',
    ]);
  });

  it('035 with its text in 元 and the changes written 较上年: still no finding', async () => {
    const inYuan = text035.replace(
      '支出预算为328.7万元,比2023年预算减少17.3万元',
      '支出预算为3287000元,较上年减少173000元',
    );
    expect((await check(inYuan)).filter((x) => x.severity !== 'info')).toEqual([]);
  });
});
