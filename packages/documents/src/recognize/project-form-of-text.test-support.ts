// For the recognisers' tests: a target form (项目绩效目标表) read from a text through importBuffer, the path
// users take.
import type { ProjectForm } from '@jixiao/core';
import { importBuffer } from '../import-document.ts';

/** The first form `text` imports as, a project form; throws with the reason when none is read. */
export async function projectFormOfText(text: string, fileName = 'form.txt'): Promise<ProjectForm> {
  const out = await importBuffer(new TextEncoder().encode(text), fileName);
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'project') throw new Error(out.ok ? 'no project form read' : out.error.message);
  return f;
}

/** Each indicator's name and printed target of the first project form `text` imports as; none when no form is read. */
export async function nameTargetRowsOfText(
  text: string,
  fileName = 'joined.txt',
): Promise<(string | null | undefined)[][]> {
  const out = await importBuffer(new TextEncoder().encode(text), fileName);
  const form = out.ok ? out.forms[0] : undefined;
  return (form?.kind === 'project' ? form.indicators : []).map((i) => [i.name, i.target?.raw]);
}
