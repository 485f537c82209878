// Round trip on the seeds: seed text → forms → export (.xlsx, .docx) → read the file → recognise →
// the same forms. Fields a layout cannot carry are listed in `comparable` and said why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { findOffice } from '../office/read-legacy.ts';
import { shareText, type Form, type FundLine } from '@jixiao/core';
import { amountText } from './layout.ts';
import { importText, readRows } from '../import-document.ts';
import { recognizeForms } from '../recognize/recognize-forms.ts';
import { exportXlsx } from './write-xlsx.ts';
import { exportDocx } from './write-docx.ts';
import { closeBrowser, DEFAULT_CHROMIUM, exportPdf } from './write-pdf.ts';

const SEEDS = '/work/shared/seeds';
const seedForms = (file: string): Form[] => importText(fs.readFileSync(path.join(SEEDS, file), 'utf8'));

/**
 * What a form must keep through a file. Everything is compared except:
 * - `title` when the source had none (seed 000 starts without its title): the file always carries the
 *   official title, so the form read back has one.
 * - `year` of a form whose title and name carry no year (forms inside a disclosure take the disclosure's
 *   year): the layout writes a 预算年度 line, which the recogniser does not read yet (issue for the lead:
 *   recognizeProjectForm overwrites a year read from a label with the title/name/default year).
 * - goals of a project form whose text is empty: a goal row without text is not a goal to the recogniser.
 * - the digits of amounts and shares: every file writes amounts in 万元 with two decimals and shares with
 *   two decimals (one format per table), so "200.0000" comes back as "200.00" — the same amount.
 */
function comparable(form: Form, source: Form): unknown {
  const f = amountsAsWritten(structuredClone(form) as Form);
  if (source.title == null) f.title = null;
  if (f.kind === 'project' && source.kind === 'project') {
    f.goals = f.goals.filter((g) => g.text !== null);
    if (!/(19|20)\d{2}\s*年/.test(`${source.title ?? ''}${source.name ?? ''}`)) f.year = source.year;
  }
  return f;
}

/** The form with its amounts and shares as the exports write them (amountText, shareText). */
function amountsAsWritten(f: Form): Form {
  const a = (v: string | null) => (v !== null && /^-?\d+(\.\d+)?$/.test(v) ? amountText(v) : v);
  if (f.kind === 'project') {
    f.budget = {
      ...f.budget,
      total: a(f.budget.total),
      current: a(f.budget.current),
      sources: f.budget.sources.map((s) => ({ ...s, amount: a(s.amount) })),
    };
    f.details = f.details.map((d) => ({ ...d, amount: a(d.amount) }));
  } else if (f.kind === 'department') {
    const line = (l: FundLine): FundLine => ({
      ...l,
      current: a(l.current),
      share: shareText(l.share),
      history: Object.fromEntries(Object.entries(l.history).map(([k, v]) => [k, a(v)])),
    });
    f.funds = { income: f.funds.income.map(line), expenditure: f.funds.expenditure.map(line) };
    f.projects = f.projects.map((p) => ({ ...p, total: a(p.total), current: a(p.current) }));
  }
  return f;
}

async function roundTrip(
  form: Form,
  exporter: (f: Form) => Promise<Uint8Array>,
  name: string,
): Promise<Form[]> {
  const data = await exporter(form);
  const { rows } = await readRows(data, name);
  return recognizeForms(rows);
}

const cases: Array<[string, string]> = [
  ['000_aa0c671a80aa9506.txt', '项目绩效目标申报表 (history columns, empty template rows)'],
  ['001_31923cc723e4cf20.txt', '项目绩效目标申报表'],
  ['002_167dd8d60d804485.txt', '部门整体绩效目标表'],
  ['004_f33f596efa0ca9bb.txt', '项目支出绩效目标批复表 ×5'],
  ['003_5e2bb870419bde72.txt', 'project and department forms inside a 部门预算公开'],
];

describe.each([
  ['xlsx', exportXlsx],
  ['docx', exportDocx],
] as const)('round trip through .%s', (ext, exporter) => {
  it.each(cases)('%s: %s', async (file) => {
    const forms = seedForms(file).filter((f) => f.kind !== 'disclosure');
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) {
      const back = await roundTrip(form, exporter, `form.${ext}`);
      expect(back).toHaveLength(1);
      expect(comparable(back[0]!, form)).toEqual(comparable(form, form));
    }
  });
});

/**
 * Through PDF (Chromium prints, the ruled-table reader reads back): the same comparison, plus what a
 * printed page cannot carry exactly: a hard line break inside a cell that falls where the text would
 * have wrapped anyway reads as a wrap, and a wrap before a list marker ("…；\n5、…") reads as a break,
 * so multi-line texts are compared with their line breaks removed.
 */
describe.skipIf(!fs.existsSync(DEFAULT_CHROMIUM))(
  'round trip through .pdf (skipped: /usr/bin/chromium missing)',
  () => {
    afterAll(closeBrowser);
    const flat = (v: unknown): unknown =>
      JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'string' ? x.replace(/\n/g, '') : x)));
    it.each(cases)(
      '%s: %s',
      async (file) => {
        const forms = seedForms(file).filter((f) => f.kind !== 'disclosure');
        for (const form of forms) {
          const back = await roundTrip(form, exportPdf, 'form.pdf');
          expect(back).toHaveLength(1);
          expect(flat(comparable(back[0]!, form))).toEqual(flat(comparable(form, form)));
        }
      },
      120_000,
    );
  },
);

/**
 * A disclosure through .xlsx/.docx (and .pdf when Chromium is there): its sections, tables and figures
 * come back. Left out: `forms` (the project and department forms published inside a disclosure are
 * exported as their own files), and whitespace at the end of a section's text. Through PDF the running
 * text is re-flowed (where a printed line ends decides where the reader breaks it), so there section
 * texts are compared without line breaks and spaces.
 */
describe('disclosure round trip', () => {
  afterAll(closeBrowser);
  const disclosure = seedForms('003_5e2bb870419bde72.txt').find((f) => f.kind === 'disclosure')!;
  const comparableDisclosure = (f: Form, reflowed: boolean): unknown => {
    if (f.kind !== 'disclosure') return f;
    const { forms: _forms, ...rest } = f;
    const text = (t: string) => (reflowed ? t.replace(/\s+/g, '') : t.trimEnd());
    return { ...rest, sections: f.sections.map((s) => ({ ...s, text: text(s.text) })) };
  };
  const exporters = [
    ['xlsx', exportXlsx],
    ['docx', exportDocx],
    ...(fs.existsSync(DEFAULT_CHROMIUM) ? [['pdf', exportPdf] as const] : []),
  ] as const;
  it.each(exporters)(
    'through .%s',
    async (ext, exporter) => {
      const back = (await roundTrip(disclosure, exporter, `disclosure.${ext}`)).filter(
        (f) => f.kind === 'disclosure',
      );
      expect(back).toHaveLength(1);
      expect(comparableDisclosure(back[0]!, ext === 'pdf')).toEqual(
        comparableDisclosure(disclosure, ext === 'pdf'),
      );
    },
    120_000,
  );
});

/**
 * A PDF from another printer: the exported .docx printed to PDF by LibreOffice (which, like Word, draws
 * borders as stroked lines and spaces Han characters from digits) reads back to the same form. Both
 * documents are printed by one LibreOffice start: a start with a new profile costs seconds of CPU, a
 * document a fraction of one.
 */
describe.skipIf(!findOffice())('a .docx printed to PDF by LibreOffice (skipped: LibreOffice missing)', () => {
  const printed = [
    ['004_f33f596efa0ca9bb.txt', 0],
    ['002_167dd8d60d804485.txt', 0],
  ] as const;
  const pdfName = (file: string) => file.replace(/\.txt$/, '.pdf');
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'jixiao-lo-pdf-'));
    const docx = [];
    for (const [file, index] of printed) {
      const name = path.join(dir, file.replace(/\.txt$/, '.docx'));
      await writeFile(name, await exportDocx(seedForms(file)[index]!));
      docx.push(name);
    }
    const args = [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
    ];
    spawnSync(findOffice()!, [...args, ...docx], { timeout: 180_000 });
  }, 240_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));
  it.each(printed)(
    '%s',
    async (file, index) => {
      const form = seedForms(file)[index]!;
      const { rows } = await readRows(
        new Uint8Array(await readFile(path.join(dir, pdfName(file)))),
        'form.pdf',
      );
      const back = recognizeForms(rows);
      expect(back).toHaveLength(1);
      const flat = (v: unknown): unknown =>
        JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'string' ? x.replace(/\s/g, '') : x)));
      expect(flat(comparable(back[0]!, form))).toEqual(flat(comparable(form, form)));
    },
    120_000,
  );
});
