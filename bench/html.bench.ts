// Saved web page benchmark: importing a form page (.html) against merely parsing the same page with the
// HTML parser (htmlparser2, no handlers: tokenising and tree events only), baseline in the same run.
import { Parser } from 'htmlparser2';
import type { Form } from '@jixiao/core';
import { importBuffer, importText, layoutForm, layoutHtml } from '@jixiao/documents';
import { generateForms } from './generate-forms.ts';
import type { BenchResult } from './result.ts';

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function parseOnly(page: Uint8Array): void {
  const parser = new Parser({}, { decodeEntities: true, lowerCaseTags: true });
  parser.write(new TextDecoder('utf-8').decode(page));
  parser.end();
}

export async function run(opts: { quick: boolean }): Promise<BenchResult[]> {
  const count = opts.quick ? 100 : 1000;
  const forms = generateForms(count, 15).flatMap((g) => importText(g.text)) as Form[];
  const pages = forms.map((f) => new TextEncoder().encode(layoutHtml(layoutForm(f))));
  // Warm both paths once so neither pays for first-call compilation.
  parseOnly(pages[0]!);
  await importBuffer(pages[0]!, 'warm.html');

  const baseline = await time(() => {
    for (const p of pages) parseOnly(p);
  });
  const imported = await time(async () => {
    for (const p of pages) {
      const r = await importBuffer(p, 'form.html');
      if (!r.ok) throw new Error(r.error.message);
      if (r.forms.length !== 1) throw new Error(`expected 1 form, imported ${r.forms.length}`);
    }
  });
  return [
    {
      name: 'html.import.time-vs-parse',
      value: Number(imported.toFixed(1)),
      unit: 'ms',
      baseline: Number(baseline.toFixed(1)),
      ratio: Number((imported / baseline).toFixed(3)),
      note: `${count} saved web pages of forms of 15 indicators (${Math.round(count / (imported / 1000))} forms/s); baseline: htmlparser2 parse of the same pages`,
    },
  ];
}
