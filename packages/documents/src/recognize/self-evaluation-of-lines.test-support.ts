// For the recognisers' tests: a 自评表 read from text lines through importBuffer, the path users take.
import type { SelfEvaluationDocument } from '@jixiao/core';
import { importBuffer } from '../import-document.ts';

/** The first 自评表 the lines import as; throws with the reason when none is read. */
export async function selfEvaluationOfLines(
  lines: string[],
  fileName = 'form.txt',
): Promise<SelfEvaluationDocument> {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), fileName);
  const doc = out.ok ? out.evaluations[0] : undefined;
  if (doc?.kind !== 'self-evaluation') throw new Error(out.ok ? 'no 自评表 read' : out.error.message);
  return doc;
}
