// Document engine benchmark: import and check a province-scale batch of text forms, each figure a ratio
// to JSON.parse of the same forms' canonical JSON measured in the same run (the machine is shared).
import { runChecks, type Form } from '@jixiao/core';
import { importText } from '@jixiao/documents';
import { generateForms } from './generate-forms.ts';
import type { BenchResult } from './result.ts';

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export async function run(opts: { quick: boolean }): Promise<BenchResult[]> {
  const count = opts.quick ? 1000 : 10_000;
  const batch = generateForms(count, 15);
  const imported = time(() => batch.flatMap((g) => importText(g.text)));
  const forms = imported.value as Form[];
  if (forms.length !== count) throw new Error(`expected ${count} forms, imported ${forms.length}`);
  const json = forms.map((f) => JSON.stringify(f));
  const parsed = time(() => json.map((j) => JSON.parse(j) as Form));
  const checked = time(() => parsed.value.map((f) => runChecks([f])));
  const parseRate = count / (parsed.ms / 1000);
  const importRate = count / (imported.ms / 1000);
  return [
    {
      name: 'documents.import.forms-per-second',
      value: Math.round(importRate),
      unit: 'forms/s',
      baseline: Math.round(parseRate),
      ratio: Number((importRate / parseRate).toFixed(4)),
      note: `${count} text forms of 15 indicators; baseline: JSON.parse of their canonical JSON; aim ≥ 2000 forms/s`,
    },
    {
      name: 'documents.check.time-vs-json-parse',
      value: Number(checked.ms.toFixed(1)),
      unit: 'ms',
      baseline: Number(parsed.ms.toFixed(1)),
      ratio: Number((checked.ms / parsed.ms).toFixed(3)),
      note: `checks over ${count} forms; baseline: JSON.parse of the same forms; aim ≤ 2×`,
    },
  ];
}
