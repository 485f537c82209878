// Goal labels (长期绩效目标1, 年度目标 2, 长期目标：) and the term they name.
import type { Term } from '@jixiao/core';
import { labelKey } from '../rows/clean-cell.ts';

/** 长期/总体 → long, 年度 → annual, from a label or a table title. */
export function termOfLabel(key: string): Term | null {
  if (/^(长期|总体|中长期|中期)/.test(key)) return 'long';
  if (/^(年度|当年|本年)/.test(key)) return 'annual';
  return null;
}

const NUMBERED = /^(长期|总体|中长期|中期|年度)(绩效)?目标\s*(\d+)/;
const PLAIN = /^(长期|总体|中长期|中期|年度)(绩效)?目标(（[^）]*）)?$/;

/**
 * The canonical label of a goal written in a cell: numbered goals become 长期绩效目标N / 年度绩效目标N,
 * unnumbered ones keep their words (长期目标, 年度目标). Returns null when the text is not a goal label.
 */
export function goalLabelOf(text: string, fallbackTerm: Term | null): { term: Term | null; label: string } | null {
  const key = labelKey(text.split(/[：:]/)[0] ?? '');
  const n = NUMBERED.exec(key);
  if (n) {
    const term = termOfLabel(n[1]!) ?? fallbackTerm;
    return { term, label: `${term === 'annual' ? '年度' : '长期'}绩效目标${n[3]}` };
  }
  if (PLAIN.test(key)) return { term: termOfLabel(key) ?? fallbackTerm, label: key.replace(/（[^）]*）$/, '') };
  return null;
}

/** A goal heading such as "长期目标 2：按照厉行节约原则…" → its label and text. */
export function goalHeading(text: string): { term: Term; label: string; text: string | null } | null {
  const m = /^\s*((长期|总体|年度)(绩效)?目标\s*\d+)\s*[：:]\s*(.*)$/s.exec(text);
  if (!m) return null;
  const g = goalLabelOf(m[1]!, null);
  if (!g || !g.term) return null;
  const body = m[4]!.trim().replace(/[；;]$/, '');
  return { term: g.term, label: g.label, text: body || null };
}
