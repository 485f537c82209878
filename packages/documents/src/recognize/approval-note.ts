// 批复信息 of a 批复表 as a document writes it: 批复文号 (某财预〔2026〕12号), 批复日期, 财政部门审核意见 (labels
// in the lexicon), and the 经办人 / 负责人 / date of the 财政部门（盖章） block under the tables. The year a
// 批复表 is for when its title does not say it: the year of its 文号 or of its date.
import type { ApprovalNote, ProjectForm } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { signatureOf } from './signature-blocks.ts';

const emptyNote = (): ApprovalNote => ({
  number: null,
  date: null,
  opinion: null,
  handler: null,
  head: null,
});

/** The form's 批复信息, created when the document first gives a part of it. */
export function noteOf(form: ProjectForm): ApprovalNote {
  form.approval ??= emptyNote();
  return form.approval;
}

/** "2026年3月15日", "2026-3-15", "2026.03.15" → "2026-03-15"; null when the text holds no full date. */
export function isoDateOf(text: string | null | undefined): string | null {
  const m = /((?:19|20)\d{2})\s*[年./\-－]\s*(\d{1,2})\s*[月./\-－]\s*(\d{1,2})/.exec(text ?? '');
  if (!m) return null;
  const [month, day] = [Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year in a document number: 某财预〔2026〕12号, 财预[2021]101号, 鄂财绩发（2023）5号. */
export function yearOfDocumentNumber(text: string | null | undefined): number | null {
  const m = /[〔[【（(]\s*((?:19|20)\d{2})\s*[〕\]】）)]/.exec(text ?? '');
  return m ? Number(m[1]) : null;
}

/** The year the 批复信息 points at: its 文号's year, else its date's. */
export function yearOfApprovalNote(note: ApprovalNote | undefined): number | null {
  if (!note) return null;
  return yearOfDocumentNumber(note.number) ?? (note.date ? Number(note.date.slice(0, 4)) : null);
}

/**
 * The 经办人, 负责人 and a written date of a signature row under a 批复表 into its 批复信息 (the stamp and a
 * blank 年 月 日 say nothing). Only names the note does not have yet are taken.
 */
export function keepApprovalSignature(form: ProjectForm, row: Row): void {
  const entries = signatureOf(row);
  if (!entries) return;
  for (const e of entries) {
    if (!e.value) continue;
    if (e.role === 'filler' && e.label === '经办人') noteOf(form).handler ??= e.value;
    else if (e.role === 'head') noteOf(form).head ??= e.value;
    else if (e.role === 'date') noteOf(form).date ??= isoDateOf(e.value);
  }
}

/** Drops a note that says nothing (a blank 经办人：… 年 月 日 block), so the form JSON has no empty key. */
export function settleApprovalNote(form: ProjectForm): void {
  const note = form.approval;
  if (note && Object.values(note).every((v) => v === null || v.trim() === '')) delete form.approval;
}
