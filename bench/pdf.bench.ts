// PDF export benchmark, every figure against printing a blank page through the same shared browser and
// page pool in the same run (the machine is shared: the ratio is the figure to read). Forms per second
// with the pool printing in parallel (aim ≥ 10 forms/s), one form's PDF warm (aim < 1 s), and a whole
// disclosure package (seed 003: printed twice to number its table of contents).
import { readFileSync } from 'node:fs';
import type { Form } from '@jixiao/core';
import {
  closeBrowser,
  exportPdf,
  importText,
  writeDisclosurePackagePdf,
  writePdf,
  type DocumentLayout,
} from '@jixiao/documents';
import { generateForms } from './generate-forms.ts';
import type { BenchResult } from './result.ts';

/** A page with one line, through the same layout → HTML → PDF path as a form. */
const BLANK: DocumentLayout = {
  title: '空白页',
  sections: [
    {
      name: '空白页',
      columns: [10],
      orientation: 'portrait',
      blocks: [{ type: 'paragraph', text: '空白页', style: 'text', align: 'left' }],
    },
  ],
};
const blankPdf = () => writePdf(BLANK);
const SEED_003 = new URL('../../shared/seeds/003_5e2bb870419bde72.txt', import.meta.url);

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(opts: { quick: boolean }): Promise<BenchResult[]> {
  const count = opts.quick ? 12 : 60;
  const forms = generateForms(count + 1, 15).flatMap((g) => importText(g.text)) as Form[];
  try {
    // Warm: the browser starts and the font faces load here, not in the measurements.
    await exportPdf(forms[count]!);
    await blankPdf();

    const blankBatch = await time(() => Promise.all(forms.slice(0, count).map(() => blankPdf())));
    const formBatch = await time(() => Promise.all(forms.slice(0, count).map((f) => exportPdf(f))));
    const formRate = count / (formBatch / 1000);
    const blankRate = count / (blankBatch / 1000);

    // One at a time, as a user waits for a download: alternated with a blank page so load drifts hit both.
    const one: number[] = [];
    const blank: number[] = [];
    for (const f of forms.slice(0, opts.quick ? 3 : 9)) {
      blank.push(await time(() => blankPdf()));
      one.push(await time(() => exportPdf(f)));
    }

    const results: BenchResult[] = [
      {
        name: 'pdf.export.forms-per-second',
        value: Number(formRate.toFixed(2)),
        unit: 'forms/s',
        baseline: Number(blankRate.toFixed(2)),
        ratio: Number((formRate / blankRate).toFixed(3)),
        note: `${count} forms of 15 indicators printed in parallel by one shared Chromium's page pool; baseline: blank pages the same way; aim ≥ 10 forms/s`,
      },
      {
        name: 'pdf.export.one-form-ms',
        value: Math.round(median(one)),
        unit: 'ms',
        baseline: Math.round(median(blank)),
        ratio: Number((median(one) / median(blank)).toFixed(3)),
        note: 'median of one form printed alone, warm; baseline: one blank page; aim < 1000 ms',
      },
    ];

    const seed = importText(readFileSync(SEED_003, 'utf8'));
    const disclosure = seed.find((f) => f.kind === 'disclosure');
    if (disclosure?.kind === 'disclosure') {
      const others = seed.filter((f) => f !== disclosure);
      await writeDisclosurePackagePdf(disclosure, others); // its fonts once, as any first print
      const base = await time(() => blankPdf());
      const pack = await time(() => writeDisclosurePackagePdf(disclosure, others));
      results.push({
        name: 'pdf.export.disclosure-package-ms',
        value: Math.round(pack),
        unit: 'ms',
        baseline: Math.round(base),
        ratio: Number((pack / base).toFixed(3)),
        note: 'seed 003 部门预算公开 with its forms, printed twice to number its contents; baseline: one blank page',
      });
    }
    return results;
  } finally {
    await closeBrowser();
  }
}
