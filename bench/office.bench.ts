// Office files benchmark: importing a .docx form against merely unzipping it and parsing its XML with the
// same libraries (baseline in the same run; aim ≤ 1.5×), and exporting forms to .xlsx (forms/s, against
// exporting the same forms to canonical JSON). PDF export has its own benchmark (pdf.bench.ts).
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { Form } from '@jixiao/core';
import { exportDocx, exportXlsx, importBuffer, importText } from '@jixiao/documents';
import { generateForms } from './generate-forms.ts';
import type { BenchResult } from './result.ts';

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function run(opts: { quick: boolean }): Promise<BenchResult[]> {
  const count = opts.quick ? 20 : 200;
  const forms = generateForms(count, 15).flatMap((g) => importText(g.text)) as Form[];
  const docx = await Promise.all(forms.map((f) => exportDocx(f)));
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false });
  // Warm both paths once so neither pays for first-call compilation.
  await importBuffer(docx[0]!, 'warm.docx');
  parser.parse(new TextDecoder().decode(unzipSync(docx[0]!)['word/document.xml']!));

  const baseline = await time(() => {
    for (const d of docx) parser.parse(new TextDecoder().decode(unzipSync(d)['word/document.xml']!));
  });
  const imported = await time(async () => {
    for (const d of docx) {
      const r = await importBuffer(d, 'form.docx');
      if (!r.ok) throw new Error(r.error.message);
    }
  });
  const json = await time(() => forms.map((f) => JSON.stringify(f)));
  const xlsx = await time(async () => {
    for (const f of forms) await exportXlsx(f);
  });
  const jsonRate = count / (json / 1000);
  return [
    {
      name: 'office.import-docx.time-vs-unzip-and-parse',
      value: Number(imported.toFixed(1)),
      unit: 'ms',
      baseline: Number(baseline.toFixed(1)),
      ratio: Number((imported / baseline).toFixed(3)),
      note: `${count} .docx forms of 15 indicators; baseline: fflate unzip + fast-xml-parser of word/document.xml; aim ≤ 1.5×`,
    },
    {
      name: 'office.export-xlsx.forms-per-second',
      value: Number((count / (xlsx / 1000)).toFixed(1)),
      unit: 'forms/s',
      baseline: Math.round(jsonRate),
      ratio: Number((count / (xlsx / 1000) / jsonRate).toFixed(5)),
      note: 'baseline: JSON.stringify of the same forms',
    },
  ];
}
