// Field labels of the official forms mapped to canonical fields, through the lexicon (lexicon.ts) and the
// labels a user taught for the document's template (options.labels, which win).
import { labelKey } from '../rows/clean-cell.ts';
import { departmentConcept, isLexiconKey, lexiconKey, projectConcept } from './lexicon.ts';
import { type DepartmentField } from './lexicon-department-fields.ts';
import { type ProjectField } from './lexicon-project-fields.ts';

export type { ProjectField } from './lexicon-project-fields.ts';
export type { DepartmentField } from './lexicon-department-fields.ts';

/** Labels taught for the document being read (options.labels): they win over the lexicon. */
let taught: ReadonlyMap<string, ProjectField> = new Map();

/** Runs `fn` with the labels a user taught for this organisation's templates in force. */
export function withTaughtLabels<T>(labels: ReadonlyArray<{ label: string; field: string }>, fn: () => T): T {
  const before = taught;
  taught = new Map(labels.map((l) => [lexiconKey(l.label), taughtField(l.field)]));
  try {
    return fn();
  } finally {
    taught = before;
  }
}

/** A label taught for the document being read. */
export function isTaughtLabel(text: string): boolean {
  return taught.has(lexiconKey(text));
}

/** True while labels taught for the document are in force. */
export function hasTaughtLabels(): boolean {
  return taught.size > 0;
}

function taughtField(field: string): ProjectField {
  return field === 'department' ? 'unit' : (field as ProjectField);
}

/** The project field a label names, or null (labels the model keeps only as written are null too). */
export function projectLabel(text: string): ProjectField | null {
  const key = lexiconKey(text);
  const f = taught.get(key) ?? projectConcept(key);
  return f === 'known' ? null : f;
}

/** A label the lexicon knows, whether or not the model has a field for it. */
export function isKnownLabel(text: string): boolean {
  const key = lexiconKey(text);
  return taught.has(key) || isLexiconKey(key);
}

/** A label taught as the department's name (部门（单位）名称 of a template the lexicon does not know). */
export function taughtDepartmentLabel(text: string): boolean {
  return taught.get(lexiconKey(text)) === 'unit';
}

/** The amount unit a label states in brackets: 项目资金（元）, 资金情况（万元）. */
export function amountUnitOfLabel(text: string): '万元' | '元' | null {
  const m = /（(万元|元)）$/.exec(labelKey(text));
  return m ? (m[1] as '万元' | '元') : null;
}

export function departmentLabel(text: string): DepartmentField | null {
  const key = lexiconKey(text);
  if (taught.get(key) === 'unit') return 'department';
  return departmentConcept(key);
}

/** Splits "申报单位： 鄂州市行政审批局" into its label and the value written in the same cell. */
export function splitInlineLabel(text: string): { label: string; value: string } | null {
  const m = /^([^：:]{2,16})[：:]\s*(.*)$/s.exec(text.trim());
  if (!m) return null;
  return { label: m[1]!, value: m[2]!.trim() };
}
