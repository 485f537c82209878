// Documents for the batch-check tests, written by the exporters from hand-made forms: a sound 申报表 as
// .docx, the same form with its 资金来源 (150) short of its budget (200) as .xlsx and as a saved web page,
// a .docx cut in half (corrupt), and archives of them.
import { zipSync } from 'fflate';
import { exportDocx, exportXlsx, layoutForm, layoutHtml } from '@jixiao/documents';
import type { ProjectForm } from '@jixiao/core';
import { sampleProject } from './sample-forms.ts';

export const SOUND_UNIT = '甲单位';
export const FAULTY_UNIT = '乙单位';

export function faultyProject(name = '乙项目'): ProjectForm {
  return sampleProject({
    unit: FAULTY_UNIT,
    executor: FAULTY_UNIT,
    name,
    budget: { total: '200', current: '200', sources: [{ name: '财政拨款', amount: '150' }], history: null },
  });
}

export interface BatchFiles {
  'sound.docx': Uint8Array;
  'faulty.xlsx': Uint8Array;
  'faulty.html': Uint8Array;
  'corrupt.docx': Uint8Array;
}

export async function batchFiles(): Promise<BatchFiles> {
  const sound = await exportDocx(sampleProject({ unit: SOUND_UNIT, executor: SOUND_UNIT }));
  return {
    'sound.docx': sound,
    'faulty.xlsx': await exportXlsx(faultyProject()),
    'faulty.html': new TextEncoder().encode(layoutHtml(layoutForm(faultyProject('乙项目二')))),
    'corrupt.docx': sound.slice(0, Math.floor(sound.length / 2)),
  };
}

/** A .zip of the given files (paths may hold folders), with an archiver's litter that is not a document. */
export function zipFiles(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync({ ...files, '__MACOSX/._sound.docx': new Uint8Array([0, 5, 22, 7]) });
}
