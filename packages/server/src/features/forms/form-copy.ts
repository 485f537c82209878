// Loads many new forms at once by COPY (db/bulk-copy.ts): each form is written straight to the COPY text
// lines of its four tables (forms, form_goals, indicators, form_versions), in one pass and without the
// intermediate row objects of form-mapping.ts. The stored rows are those insertForm stores for the same
// form (form-copy.test.ts compares them): the same columns, the same decimals kept, the same JSON. Each
// JSON value is serialised once: an indicator's target goes into its row and, as the same text, into the
// version's copy of the form; `rest` is the start of that copy.
import { randomUUID } from 'node:crypto';
import { formDisplayName, type Form, type Indicator } from '@jixiao/core';
import { COPY_NULL, copyJsonText, copyText, CopyWriter, type CopyText } from '../../db/bulk-copy.ts';
import {
  childGoalsJson,
  childIndicatorsJson,
  childrenJson,
  formJsonText,
  goalsOf,
  indicatorsOf,
  libraryIdOf,
} from './form-mapping.ts';
import { yearKey } from '../../db/schema.ts';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';

/** A new form to load: already validated and read (its 指标值 parsed), as insertForm would store it. */
export interface FormToLoad {
  id: string;
  orgId: string;
  form: Form;
  status: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdBy?: string | null;
}

export const FORM_COPY_COLUMNS = {
  form_keys: ['region_code', 'id', 'year'],
  forms: [
    'region_code',
    'id',
    'org_id',
    'year',
    'kind',
    'form_type',
    'name',
    'code',
    'status',
    'version',
    'budget_total',
    'budget_current',
    'rest',
    'form_json',
    'created_by',
    'created_at',
    'updated_at',
  ],
  form_goals: ['region_code', 'form_id', 'year', 'position', 'term', 'label', 'text'],
  indicators: [
    'region_code',
    'id',
    'form_id',
    'year',
    'position',
    'term',
    'goal',
    'level1',
    'level2',
    'name',
    'raw',
    'value_kind',
    'op',
    'value',
    'unit',
    'value_text',
    'target',
    'history',
    'basis',
    'category',
    'origin_id',
    'library_id',
  ],
  form_versions: ['region_code', 'form_id', 'year', 'version', 'data', 'created_by', 'created_at'],
} as const;

export type FormCopyTable = keyof typeof FORM_COPY_COLUMNS;

/** The COPY text of each table for `items`, as chunks for the stream. */
export type FormCopyText = Record<FormCopyTable, Uint8Array[]>;

/** A plain decimal (what a numeric column takes), tested without a regular expression: -?\d+(\.\d+)? */
export function isDecimal(s: string): boolean {
  let i = s.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const start = i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  if (i === start) return false;
  if (i === s.length) return true;
  if (s.charCodeAt(i) !== 46) return false; // '.'
  const frac = ++i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i > frac && i === s.length;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A nullable text value as a COPY field. */
const orNull = (v: string | null | undefined) => (v == null ? COPY_NULL : copyText(v));

const decimalField = (v: string | null | undefined) => (v && isDecimal(v) ? v : COPY_NULL);

interface FormCopyPasses {
  form_keys: Uint8Array[];
  forms: Uint8Array[];
  form_goals: Uint8Array[];
  /** The indicators' lines, handed over as they are written; the versions' lines are written alongside. */
  indicators: () => Generator<Uint8Array>;
  /** The versions' lines: only once `indicators` has been run through. */
  form_versions: () => Uint8Array[];
}

/**
 * Encodes new forms of one region as COPY text lines of their tables, in the order COPY takes them: the
 * forms and goals at once (a line or two a form), then the indicators lazily, so that while the database
 * takes one chunk of them the next is being written (most of the work: 15 indicators a form, and the
 * version's copy of the form written beside them). Every indicator gets a new id (a new form has no
 * indicator of its own yet, as in insertForm) and no origin.
 */
function formCopyPasses(regionCode: string, items: readonly FormToLoad[]): FormCopyPasses {
  const region = copyText(regionCode);
  const keysOut = new CopyWriter();
  const formsOut = new CopyWriter();
  const goalsOut = new CopyWriter();
  const versionsOut = new CopyWriter();
  const restJsons: string[] = [];
  // Each form's partition key (its year, or NO_YEAR), written into its row and its children's alike.
  const years: number[] = [];
  // Each form's new indicator ids, made before its row is written: the row keeps its children's text with them.
  const indicatorIds: string[][] = [];
  // Each form's indicators as `form_json` holds them (JSON), and whether the version's copy of them is the same
  // text (then written from it, not serialised again field by field).
  const childIndicators: string[] = [];
  const versionIsChild: boolean[] = [];
  for (const item of items) {
    const { form } = item;
    const formId = item.id;
    const year = yearKey(form.year);
    years.push(year);
    keysOut.plain(`${region}\t${formId}\t${year}`).end();
    const { goals: _g, indicators: _i, ...rest } = form as Form & { goals?: unknown; indicators?: unknown };
    const restJson = JSON.stringify(rest);
    restJsons.push(restJson);
    const inds = indicatorsOf(form);
    const ids = inds.map(() => randomUUID());
    indicatorIds.push(ids);
    const indsJson = childIndicatorsJson(inds, ids);
    childIndicators.push(indsJson);
    versionIsChild.push(inds.every(isChildShaped));
    const project = form.kind === 'project' ? form : null;
    const children = childrenJson(childGoalsJson(goalsOf(form)), indsJson);
    formsOut
      .plain(`${region}\t${formId}\t${item.orgId}\t${year}`)
      .text(form.kind)
      .text(form.formType)
      .text(formDisplayName(form))
      .nullable(project?.code)
      .text(item.status)
      .plain(item.version)
      .plain(decimalField(project?.budget.total))
      .plain(decimalField(project?.budget.current))
      .json(restJson)
      .json(formJsonText(restJson, form.kind, children))
      .nullable(item.createdBy)
      .plain(item.createdAt.toISOString())
      .plain(item.updatedAt.toISOString())
      .end();
    const goals = goalsOf(form);
    for (let position = 0; position < goals.length; position++) {
      const g = goals[position]!;
      goalsOut
        .plain(`${region}\t${formId}\t${year}\t${position}`)
        .text(g.term)
        .text(g.label)
        .nullable(g.text)
        .end();
    }
  }
  let indicatorsDone = false;
  function* indicators(): Generator<Uint8Array> {
    const indicatorsOut = new CopyWriter();
    for (const [i, item] of items.entries()) {
      const { form } = item;
      const formId = item.id;
      const restJson = restJsons[i]!;
      const year = years[i]!;
      versionsOut.plain(`${region}\t${formId}\t${year}\t${item.version}`);
      if (form.kind === 'disclosure') versionsOut.json(JSON.stringify(form));
      else {
        // The version keeps the whole form: `rest` with the goals and the indicators (ids included), its
        // JSON written in parts as the indicators' rows are, each value serialised once.
        const asChild = versionIsChild[i]!;
        versionsOut
          .json(restJson.slice(0, -1))
          .json(
            `${restJson.length > 2 ? ',' : ''}"goals":${JSON.stringify(goalsOf(form))},"indicators":${asChild ? childIndicators[i]! : '['}`,
            true,
          );
        const inds = indicatorsOf(form);
        for (let position = 0; position < inds.length; position++) {
          const ind = inds[position]!;
          const t = ind.target;
          const id = indicatorIds[i]![position]!;
          const target = JSON.stringify(t);
          // The whole line as one string, written into the buffer at once (a write per field cost more).
          indicatorsOut.line(
            `${region}\t${id}\t${formId}\t${year}\t${position}\t${copyText(ind.term)}\t${orNull(ind.goal)}\t${orNull(ind.level1)}\t${orNull(ind.level2)}\t${orNull(ind.name)}\t${copyText(t.raw)}\t${copyText(t.kind)}\t${orNull(t.op)}\t${decimalField(t.value)}\t${orNull(t.unit)}\t${orNull(t.text)}\t${copyJsonText(target)}\t${ind.history == null ? COPY_NULL : copyJsonText(JSON.stringify(ind.history))}\t${orNull(ind.basis)}\t${orNull(ind.category)}\t${COPY_NULL}\t${libraryIdOf(ind) ?? COPY_NULL}`,
          );
          if (asChild) continue;
          // The version's copy of the indicator, its new id first, as one string: `"k":v` per field (the
          // target's text as in the row), written into the buffer at once.
          let copy = `${position ? ',' : ''}{"id":"${id}"`;
          for (const k in ind) {
            const v = (ind as Readonly<Record<string, unknown>>)[k];
            if (k === 'id' || v === undefined) continue; // JSON.stringify leaves an undefined value out
            copy += `,${JSON.stringify(k)}:${k === 'target' ? target : JSON.stringify(v)}`;
          }
          versionsOut.json(`${copy}}`, true);
        }
        versionsOut.json(asChild ? '}' : ']}', true);
      }
      versionsOut.nullable(item.createdBy).plain(item.createdAt.toISOString()).end();
      yield* indicatorsOut.take();
    }
    yield* indicatorsOut.done();
    indicatorsDone = true;
  }
  return {
    form_keys: keysOut.done(),
    forms: formsOut.done(),
    form_goals: goalsOut.done(),
    indicators,
    form_versions: () => {
      if (!indicatorsDone) throw new Error('form_versions before indicators');
      return versionsOut.done();
    },
  };
}

/** The fields of an indicator in `form_json` (form-mapping.ts indicatorOfRow), after its id, in their order. */
const CHILD_FIELDS = ['term', 'goal', 'level1', 'level2', 'name', 'target', 'history', 'basis', 'category'];

/**
 * Whether the version's copy of `ind` (its new id first, then its own fields in their order, undefined ones
 * left out) is the text `form_json` keeps for it: its fields are those, none undefined, in that order, with
 * `libraryId` last exactly when its row keeps one. Another field (a weight), order or a missing value: the
 * copy is written field by field.
 */
function isChildShaped(ind: Indicator): boolean {
  const library = libraryIdOf(ind) !== null;
  let n = 0;
  for (const k in ind) {
    if (k === 'id' || (ind as Readonly<Record<string, unknown>>)[k] === undefined) continue;
    const expected =
      n < CHILD_FIELDS.length ? CHILD_FIELDS[n] : library && n === CHILD_FIELDS.length ? 'libraryId' : '';
    if (k !== expected) return false;
    n++;
  }
  return n === CHILD_FIELDS.length + (library ? 1 : 0);
}

/** Encodes new forms of one region as COPY text lines of their tables, all at once. */
export function encodeFormsForCopy(regionCode: string, items: readonly FormToLoad[]): FormCopyText {
  const passes = formCopyPasses(regionCode, items);
  const indicators = [...passes.indicators()];
  return {
    form_keys: passes.form_keys,
    forms: passes.forms,
    form_goals: passes.form_goals,
    indicators,
    form_versions: passes.form_versions(),
  };
}

/** A statement run on the load's connection, in its transaction (the `exec` of Database.bulkCopy). */
export type Exec = (statement: string) => Promise<void>;

/**
 * The forms' keys (form_keys: region, id, year) by one COPY, then the forms with the key trigger off for the
 * rest of the COPY (`jixiao.form_keys_written`, migration 0044): the trigger would call a function and run an
 * INSERT per form to write the same keys. The keys' COPY refuses an id the region already holds, in any
 * year (form_keys_pkey): a form's id stays one form across years.
 */
async function copyKeysThenForms(copy: CopyText, exec: Exec, keys: Uint8Array[], formLines: Uint8Array[]) {
  await copy('form_keys', FORM_COPY_COLUMNS.form_keys, keys);
  await exec(`select set_config('jixiao.form_keys_written', 'on', true)`);
  await copy('forms', FORM_COPY_COLUMNS.forms, formLines);
  await exec(`select set_config('jixiao.form_keys_written', 'off', true)`);
}

/** Copies encoded forms into their tables, parents first (inside the caller's bulkCopy transaction). */
export async function copyEncodedForms(copy: CopyText, exec: Exec, text: FormCopyText) {
  if (text.forms.length) await copyKeysThenForms(copy, exec, text.form_keys, text.forms);
  for (const table of ['form_goals', 'indicators', 'form_versions'] as const) {
    if (text[table].length) await copy(table, FORM_COPY_COLUMNS[table], text[table]);
  }
}

/**
 * Loads new forms of one region by COPY (inside the caller's bulkCopy transaction), the indicators
 * written while the database takes them.
 */
export async function copyForms(
  copy: CopyText,
  exec: Exec,
  regionCode: string,
  items: readonly FormToLoad[],
) {
  if (items.length === 0) return;
  const passes = formCopyPasses(regionCode, items);
  await copyKeysThenForms(copy, exec, passes.form_keys, passes.forms);
  if (passes.form_goals.length) await copy('form_goals', FORM_COPY_COLUMNS.form_goals, passes.form_goals);
  await copy('indicators', FORM_COPY_COLUMNS.indicators, passes.indicators());
  await copy('form_versions', FORM_COPY_COLUMNS.form_versions, passes.form_versions());
}

/** The tables a form load writes, whose statistics a large load makes stale. */
export const LOADED_FORM_TABLES = [
  'form_keys',
  'forms',
  'form_goals',
  'indicators',
  'form_versions',
] as const;

/**
 * Gathers the statistics of the tables a load wrote: run once at the end of a large load (not per batch).
 * Without them a fresh load is planned blind until autovacuum gets to it — which may be off, or a minute
 * away —, and a form's children were read by the wrong index (1–2 s a form at 900,000 indicators, against
 * 0.2 ms; docs/scale.md, eighteenth session). ANALYZE of a partitioned table samples each partition too.
 */
export async function analyzeLoadedForms(ex: Executor) {
  await ex.execute(sql.raw(`ANALYZE ${LOADED_FORM_TABLES.join(', ')}`));
}
