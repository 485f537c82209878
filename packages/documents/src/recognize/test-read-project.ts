// The one project form a made-up text holds, for the recognisers' tests; a text read as anything else fails the test.
import { importBuffer } from '../import-document.ts';

export async function readProjectText(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  if (!out.ok) throw new Error(out.error.message);
  const f = out.forms[0]!;
  if (f.kind !== 'project') throw new Error(`read as ${f.kind}`);
  return f;
}
