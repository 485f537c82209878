// Golden test (seed 003): a 部门预算公开 imported, turned into budget data and generated again gives the same
// tables; where the generated text states a different figure, the difference is one of the document's own
// inconsistencies, which the checks report. Expectations are written by hand from the document.
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  budgetFromDisclosure,
  checkBudget,
  checkForm,
  generateDisclosure,
  readBreakdowns,
  readChanges,
  type Disclosure,
  type DisclosureTable,
  type Form,
} from '@jixiao/core';
import { importBuffer, importText } from '../src/import-document.ts';
import { layoutDisclosurePackage } from '../src/export/layout-package.ts';
import { writeDocx } from '../src/export/write-docx.ts';
import { writeXlsx } from '../src/export/write-xlsx.ts';
import { closeBrowser, DEFAULT_CHROMIUM, writePdf } from '../src/export/write-pdf.ts';
import { existsSync } from 'node:fs';
import { haveSeeds, seedText } from './seeds.ts';

const AMOUNT = /^-?\d+(\.\d+)?$/;
const squash = (s: string) => s.replace(/\s/g, '');

/** Cells that differ between two versions of a table: amounts compared exactly (blank = 0), codes by code. */
function tableDiff(a: DisclosureTable, b: DisclosureTable): string[] {
  const out: string[] = [];
  if (a.rows.length !== b.rows.length) out.push(`rows ${a.rows.length} ≠ ${b.rows.length}`);
  a.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const other = b.rows[r]?.[c] ?? '';
      const x = squash(cell);
      const y = squash(other);
      if ((x === '' || AMOUNT.test(x)) && (y === '' || AMOUNT.test(y))) {
        if (!new Decimal(x || '0').eq(y || '0')) out.push(`${r},${c}: ${cell} ≠ ${other}`);
      } else if (/^\d{3,7}/.test(x)) {
        if (x.match(/^\d+/)![0] !== y.match(/^\d+/)?.[0]) out.push(`${r},${c}: ${cell} ≠ ${other}`);
      } else if (x !== y) out.push(`${r},${c}: ${cell} ≠ ${other}`);
    }),
  );
  return out;
}

const changesOf = (d: Disclosure) =>
  d.sections
    .filter((s) => /^[三四五六]、/.test(s.title))
    .flatMap((s) =>
      readChanges(s.text).map(
        (c) => `${c.amount}|${c.direction}|${new Decimal(c.delta).toFixed(2)}|${c.percent ?? ''}`,
      ),
    );
const norm = (c: string) => {
  const [amount, dir, delta, percent] = c.split('|');
  return `${new Decimal(amount!).toFixed(2)}|${dir}|${delta}|${percent ? new Decimal(percent).toFixed(2) : ''}`;
};

describe.skipIf(!haveSeeds)('seed 003 round trip: import → budget → generated disclosure', () => {
  const forms: Form[] = haveSeeds ? importText(seedText('003')) : [];
  const imported = forms.find((f) => f.kind === 'disclosure') as Disclosure;
  const budget = haveSeeds ? budgetFromDisclosure(imported, forms) : null!;
  const generated = haveSeeds
    ? generateDisclosure(
        budget,
        forms
          .filter((f) => f.kind !== 'disclosure')
          .map((f) => (f.kind === 'project' ? (f.name ?? '') : (f.department ?? ''))),
      )
    : null!;

  it('derives the budget the document states', () => {
    expect(budget.income.generalPublic).toBe('4804.64');
    expect(budget.functional.map((l) => [l.code, l.name])).toEqual([
      ['2010306', '政务公开审批'],
      ['208', '社会保障和就业'],
      ['210', '卫生健康'],
      ['221', '住房保障支出'],
    ]);
    expect(budget.projects.map((p) => [p.name, p.category, p.amount])).toEqual([
      ['东西湖区公共资源交易中心工作经费', '经常性项目', '200.00'],
      ['后勤保障经费', '经常性项目', '900.00'],
      ['日常工作运行经费', '经常性项目', '690.00'],
      ['信息化工作经费', '经常性项目', '140.00'],
      ['政府采购项目（上年结转）', '其他项目', '1741.56'],
    ]);
    // Last year = this year ∓ the change the text states (4804.64 + 620.92; 1133.08 + 96.61; 3671.56 − 24.33 …).
    expect(budget.lastYear).toEqual({
      total: '5425.56',
      generalPublic: '4875.60',
      basic: '1229.69',
      project: '3647.23',
      publicFunds: '68.64',
      threePublic: { abroad: '0.00', vehiclePurchase: '0.00', vehicleOperation: '0.00', reception: '2.00' },
    });
  });

  it('generates the same tables as published (every amount; codes; labels up to the expected wording)', () => {
    const diffs: Record<string, string[]> = {};
    for (const t of imported.tables) {
      const g = generated.tables.find((x) => x.title === t.title);
      expect(g, t.title).toBeDefined();
      const d = tableDiff(t, g!);
      if (d.length > 0) diffs[t.title] = d;
    }
    expect(diffs).toEqual({
      // The document writes 金库 in this table and 国库 in the 财政拨款 table; the template says 国库.
      部门收支总表: ['2,0: （二）纳入金库非税收入安排的拨款 ≠ （二）纳入国库非税收入安排的拨款'],
      // The document lists only 2010306 (4588.70) under a 合计 of 4804.64; the generated table adds the
      // 类 it left out, and R-PUB-10 reports the omission in the document.
      部门支出总表: ['rows 4 ≠ 7'],
    });
    const spending = generated.tables.find((t) => t.title === '部门支出总表')!;
    expect(spending.rows.slice(4).map((r) => [r[0], r[2]])).toEqual([
      ['208', '66.08'],
      ['210', '42.93'],
      ['221', '106.93'],
    ]);
    const r10 = (d: Disclosure, others: Form[]) =>
      checkForm(d, [d, ...others])
        .filter((f) => f.rule === 'R-PUB-10')
        .map((f) => f.messageId);
    expect(r10(imported, forms)).toEqual(['itemsMissing']);
    expect(r10(generated, [])).toEqual([]);
  });

  it('adds the tables the document lists in its table of contents but does not contain (R-PUB-05 reports them)', () => {
    const missing = checkForm(imported, forms)
      .filter((f) => f.rule === 'R-PUB-05')
      .map((f) => f.message.match(/《(.+?)》/)![1]);
    expect(missing).toEqual(['部门收入总表', '一般公共预算支出表', '一般公共预算支出表（功能分类项级）']);
    for (const title of missing) expect(generated.tables.some((t) => t.title === title)).toBe(true);
    expect(checkForm(generated, [generated]).filter((f) => f.rule === 'R-PUB-05')).toEqual([]);
  });

  it('states every year-on-year change of the document again, except the one percentage the document got wrong', () => {
    const own = changesOf(generated).map(norm);
    // A change the document states without a rate is matched on amount and delta (the generated text adds the rate).
    const notRepeated = changesOf(imported)
      .map(norm)
      .filter((c) => !own.some((o) => o === c || (c.endsWith('|') && o.startsWith(c))));
    // 620.92 ÷ 5425.56 = 11.444…% → 11.44%, the document writes 11.45%.
    expect(notRepeated).toEqual(['4804.64|decrease|620.92|11.45']);
    expect(changesOf(generated).map(norm)).toContain('4804.64|decrease|620.92|11.44');
    const r04 = checkForm(imported, forms).filter((f) => f.rule === 'R-PUB-04');
    expect(r04.map((f) => f.path)).toEqual(['/sections/2/text']);
    expect(r04[0]!.message).toContain('11.44');
    expect(checkForm(generated, [generated]).filter((f) => f.rule === 'R-PUB-04')).toEqual([]);
  });

  it('states every total, non-zero part and share of the document again (same amounts, same shares to their digits)', () => {
    const parts = (d: Disclosure) =>
      d.sections
        .filter((s) => /^[三四五六八]、/.test(s.title))
        .flatMap((s) => readBreakdowns(s.text))
        .flatMap((b) =>
          b.parts.map((p) => ({
            total: new Decimal(b.total),
            name: squash(p.name),
            amount: new Decimal(p.amount),
            share: p.share,
          })),
        );
    const own = parts(generated);
    // The generated text leaves out income sources the department does not have (0.00万元，占0%), so a list
    // left with one source is the total itself.
    const stated = parts(imported).filter((p) => !p.amount.isZero() && !p.amount.eq(p.total));
    const missing = stated.filter(
      (p) =>
        !own.some(
          (o) =>
            o.total.eq(p.total) &&
            o.amount.eq(p.amount) &&
            o.name.endsWith(p.name.replace(/^其中[:：]/, '')) &&
            (p.share === null ||
              (o.share !== null &&
                new Decimal(o.share).toDecimalPlaces(p.share.split('.')[1]?.length ?? 0).eq(p.share))),
        ),
    );
    expect(missing.map((p) => `${p.name} ${p.amount.toFixed(2)}`)).toEqual([]);
  });

  it('keeps the document’s inconsistent last-year figures visible: basic −96.61 + project +24.33 ≠ total −70.96', () => {
    const onImported = checkForm(imported, forms).filter((f) => f.rule === 'R-PUB-09');
    const onGenerated = checkForm(generated, [generated]).filter((f) => f.rule === 'R-PUB-09');
    expect(onImported.map((f) => f.path)).toEqual(['/sections/4/text']);
    expect(onGenerated.map((f) => f.path)).toEqual(['/sections/4/text']);
    expect(onGenerated[0]!.message).toContain('-72.28');
    const budgetFindings = checkBudget(budget).filter((f) => f.severity !== 'info');
    expect(budgetFindings.map((f) => [f.rule, f.messageId])).toEqual([
      ['R-BUD-01', 'notItemLevel'],
      ['R-BUD-01', 'notItemLevel'],
      ['R-BUD-01', 'notItemLevel'],
      ['R-BUD-02', 'lastYearParts'],
    ]);
  });

  it('has no arithmetic inconsistency of its own in the tables (R-PUB-01/02/03/10)', () => {
    expect(
      checkForm(generated, [generated]).filter((f) =>
        ['R-PUB-01', 'R-PUB-02', 'R-PUB-03', 'R-PUB-10'].includes(f.rule),
      ),
    ).toEqual([]);
  });

  it.each([
    ['xlsx', writeXlsx],
    ['docx', writeDocx],
  ] as const)(
    'the generated package exported as .%s and imported again gives the same budget',
    async (ext, write) => {
      const others = forms.filter((f) => f.kind !== 'disclosure');
      const bytes = await write(layoutDisclosurePackage(generated, others));
      const back = await importBuffer(bytes, `package.${ext}`);
      expect(back.ok).toBe(true);
      if (!back.ok) return;
      const d = back.forms.find((f): f is Disclosure => f.kind === 'disclosure')!;
      expect(budgetFromDisclosure(d, back.forms)).toEqual(budget);
    },
  );

  // The seed itself as .xlsx, .docx and .pdf (its disclosure and forms written in the official layouts)
  // read through the importer gives the same budget as the .txt; a PDF re-wraps the prose, nothing else.
  const writers = [
    ['xlsx', writeXlsx],
    ['docx', writeDocx],
    ...(existsSync(DEFAULT_CHROMIUM) ? ([['pdf', writePdf]] as const) : []),
  ] as const;
  it.each(writers)(
    'seed 003 as .%s gives the same budget as the .txt',
    async (ext, write) => {
      const bytes = await write(
        layoutDisclosurePackage(
          imported,
          forms.filter((f) => f.kind !== 'disclosure'),
        ),
      );
      const back = await importBuffer(bytes, `seed.${ext}`);
      expect(back.ok).toBe(true);
      if (!back.ok) return;
      const derived = budgetFromDisclosure(
        back.forms.find((f): f is Disclosure => f.kind === 'disclosure')!,
        back.forms,
      );
      const prose = (b: typeof budget) => ({
        ...b.texts,
        profile: squash(b.texts.profile),
        tasks: squash(b.texts.tasks),
      });
      expect({ ...derived, texts: prose(derived) }).toEqual({ ...budget, texts: prose(budget) });
      if (ext === 'pdf') await closeBrowser();
    },
    120_000,
  );
});
