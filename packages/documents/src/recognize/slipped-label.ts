// 专项名称金 | 林业草原生态保护恢复资金: a head label with one stray character after it (a copy's or an OCR's slip)
// is kept as an unknown label with its value. Where the form has no name otherwise, the value under a label that
// is a name's label but for its last character is the name: nothing else a head prints is named by 名称 so.
import type { ProjectForm } from '@jixiao/core';
import { lexiconKey, projectConcept } from './lexicon.ts';

/** The value of an unknown head label that is a name's label with one character after it. */
export function nameUnderSlippedLabel(extra: ProjectForm['extra']): string | null {
  for (const [label, value] of Object.entries(extra ?? {})) {
    const key = lexiconKey(label);
    if (key.length < 5 || projectConcept(key) !== null) continue;
    if (projectConcept(key.slice(0, -1)) === 'name' && value.trim() !== '') return value.trim();
  }
  return null;
}
