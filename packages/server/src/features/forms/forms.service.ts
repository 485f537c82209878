// Forms: create, read, save with optimistic concurrency (every save a version), list, versions,
// diff, copy into another year (indicators remember their origin).
import { randomUUID } from 'node:crypto';
import { carryIndicatorHistory, formDisplayName, readFormValues, type Form } from '@jixiao/core';
import type { Db, Executor } from '../../db/client.ts';
import { yearKey } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { zodErrors } from '../../http/validation.ts';
import { formListResponse, storableFormSchema } from '@jixiao/core/contracts';
import { compiledSerializer } from '../../http/response-serializer.ts';
import { appendAudit, type AuditContext } from '../audit/audit.repo.ts';
import { canSee, canWrite, EDITABLE_STATUSES, formScope } from './form-access.ts';
import { diffForms } from './form-diff.ts';
import {
  assignIndicatorIds,
  formColumns,
  formFromRows,
  goalRows,
  indicatorRows,
  type KnownIndicator,
} from './form-mapping.ts';
import { formError } from './forms.errors.ts';
import * as repo from './forms.repo.ts';
import { joinedAnswer } from '../../db/json-page.ts';
import type { CachedForm, FormCache } from './form-cache.ts';
import { keptList } from './list-cache.ts';
import { allowedActions } from './form-transitions.ts';
import { evaluationsOfForms } from '../../storage/confirmed-evaluations.ts';
import { storedIndicators } from '../../storage/stored-evaluation-parts.ts';
import { decodeCursor } from '../../http/list-cursor.ts';

export interface FormMeta {
  id: string;
  orgId: string;
  orgName: string;
  year: number | null;
  kind: string;
  formType: string;
  name: string;
  status: string;
  version: number;
  sourceFileId: string | null;
  copiedFromId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface StoredForm {
  meta: FormMeta;
  form: Form;
}

/** FormMeta's fields with its two times as the row holds them: Dates, or ISO text already (the detail's row). */
type MetaFields<Time> = Omit<FormMeta, 'createdAt' | 'updatedAt'> & { createdAt: Time; updatedAt: Time };

/** The meta of a form row: FormMeta's keys alone, in one order (the detail's JSON text is written from it too). */
function metaOf<Time extends Date | string>(r: MetaFields<Time>): MetaFields<Time> {
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    year: r.year,
    kind: r.kind,
    formType: r.formType,
    name: r.name,
    status: r.status,
    version: r.version,
    sourceFileId: r.sourceFileId,
    copiedFromId: r.copiedFromId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export interface CreateOptions {
  orgId: string;
  /** The acting organisation's region (Actor.regionCode): the form and its rows are distributed by it. */
  regionCode: string;
  sourceFileId?: string | null;
  copiedFromId?: string | null;
  /** Indicator ids of the form this one is copied from, by position (their origins). */
  origins?: (string | null)[];
  note?: string;
}

/**
 * A form held in the workflow is completed in the editor and judged whole: the reader's `cutOff` (the file
 * stopped inside the form, so a batch audit does not report what may lie past the cut) is not kept, or a
 * form imported from an excerpt would pass the checks of what it lacks for ever.
 */
function judgedWhole(input: Form): Form {
  if (!('cutOff' in input)) return input;
  const { cutOff: _cut, ...whole } = input;
  return whole;
}

/**
 * Inserts a new draft (version 1) with its goals, indicators and first version, in `ex`. Every way in (the
 * editor, an import, a copy) passes here, so the model's bounds are checked here too: amounts, the number
 * of indicators.
 */
/**
 * A form's contents as its version `row.version`: its goals and indicators written in their tables (made for the
 * row's year), and the whole form kept as that version, by `by.createdBy` with its note.
 */
async function writeVersion(
  ex: Executor,
  row: repo.FormKey & { version: number },
  form: Form,
  origins: ReadonlyMap<string, string | null>,
  rest: Record<string, unknown>,
  by: { createdBy: string | null; note?: string | null },
): Promise<void> {
  await repo.replaceChildren(
    ex,
    row,
    goalRows(row.regionCode, row.id, form),
    indicatorRows(row.regionCode, row.id, form, origins),
    rest,
  );
  await repo.insertVersion(ex, {
    regionCode: row.regionCode,
    formId: row.id,
    year: yearKey(row.year),
    version: row.version,
    data: form,
    ...by,
  });
}

export async function insertForm(
  ex: Executor,
  ctx: AuditContext,
  input: Form,
  opts: CreateOptions,
): Promise<StoredForm> {
  const valid = storableFormSchema.safeParse(input);
  if (!valid.success) {
    const errors = zodErrors(valid.error);
    const name = formDisplayName(input);
    throw formError(
      'form-invalid',
      { form: name, errors },
      `表单「${name}」不符合要求，未保存：${errors
        .slice(0, 3)
        .map((e) => `${e.path} ${e.message}`)
        .join('；')}`,
    );
  }
  const id = randomUUID();
  // The server reads every 指标值 from its text; what the client parsed is not kept.
  const { form, origins } = assignIndicatorIds(readFormValues(judgedWhole(input)), new Map());
  if (opts.origins && form.kind !== 'disclosure') {
    form.indicators.forEach((ind, i) => origins.set(ind.id!, opts.origins![i] ?? null));
  }
  const cols = formColumns(form);
  const row = await repo.insertFormRow(ex, {
    id,
    regionCode: opts.regionCode,
    orgId: opts.orgId,
    ...cols,
    status: 'draft',
    version: 1,
    sourceFileId: opts.sourceFileId ?? null,
    copiedFromId: opts.copiedFromId ?? null,
    createdBy: ctx.actor?.id ?? null,
  });
  await writeVersion(ex, row, form, origins, cols.rest, {
    createdBy: ctx.actor?.id ?? null,
    note: opts.note ?? null,
  });
  await appendAudit(ex, ctx, {
    action: 'form-create',
    entity: 'form',
    entityId: id,
    after: {
      version: 1,
      status: 'draft',
      name: cols.name,
      orgId: opts.orgId,
      sourceFileId: opts.sourceFileId ?? null,
    },
  });
  const found = await repo.findForm(ex, row.id);
  return { meta: metaOf(found!), form };
}

export async function createForm(db: Db, actor: Actor, ip: string | null, form: Form): Promise<StoredForm> {
  return db.transaction((tx) =>
    insertForm(tx, { actor, ip }, form, { orgId: actor.orgId, regionCode: actor.regionCode }),
  );
}

/** Loads a form the actor may see, or throws form-not-found. */
export async function visibleForm(ex: Executor, actor: Actor, id: string): Promise<repo.FormWithOrg> {
  const row = await repo.findForm(ex, id);
  if (!row || !canSee(actor, row)) throw formError('form-not-found');
  return row;
}

export async function loadStoredForm(ex: Executor, row: repo.FormWithOrg): Promise<StoredForm> {
  const children = await repo.findChildren(ex, row);
  return { meta: metaOf(row), form: formFromRows(row.rest, children.goals, children.indicators) };
}

type FormWithChildren = NonNullable<Awaited<ReturnType<typeof repo.findFormWithChildren>>>;

function storedFormOf({ row, kept, goals, indicators }: FormWithChildren): StoredForm {
  if (kept !== null) return { meta: metaOf(row), form: JSON.parse(kept) as Form };
  return { meta: metaOf(row), form: formFromRows(row.rest, goals, indicators) };
}

/** The JSON text of `storedFormOf(found)`: the form's kept text spliced in as it was written, never parsed. */
function storedFormJson(found: FormWithChildren): string {
  const { row, kept } = found;
  if (kept === null) return JSON.stringify(storedFormOf(found));
  return `{"meta":${JSON.stringify(metaOf(row))},"form":${kept}}`;
}

export async function getForm(db: Db, actor: Actor, id: string): Promise<StoredForm & { actions: string[] }> {
  const found = await repo.findFormWithChildren(db, id);
  if (!found || !canSee(actor, found.row)) throw formError('form-not-found');
  return { ...storedFormOf(found), actions: allowedActions(actor, found.row) };
}

/**
 * A form as it is sent for detail reads: serialised once, the same text for every reader — encoded once too
 * when it is kept (`encode`). The form is its kept whole text (`form_json`), spliced in unparsed, after the meta
 * the statement wrote (form-detail-text.ts); a form without it is read from its `rest` and its rows (a second
 * statement, for those forms alone).
 */
async function readDetail(db: Db, id: string, encode: boolean): Promise<CachedForm | undefined> {
  const r = await repo.findFormDetail(db, id);
  if (r && r.headBase64 !== null) {
    // `{"meta":…,"form":<kept text>` as its own bytes, never made a string; `}` closes it in the same buffer.
    const body = Buffer.allocUnsafe(Buffer.byteLength(r.headBase64, 'base64') + 1);
    const end = body.write(r.headBase64, 'base64');
    body[end] = CLOSE;
    return { row: r, body: body.subarray(0, end + 1) };
  }
  const found = r && (await repo.findFormWithChildren(db, id));
  if (!found) return undefined;
  const text = storedFormJson(found);
  return { row: found.row, body: encode ? Buffer.from(text) : text };
}

const CLOSE = '}'.charCodeAt(0);

/**
 * The detail response (`StoredForm` with the reader's `actions`) as JSON: UTF-8 bytes for a form with its kept
 * text (read as bytes, whether kept by a cache or read for one answer), the text itself for a form read from its
 * rows without a cache that keeps it. Serialising and encoding the form was most of a detail read's cost, so the
 * bytes are reused and only the reader's actions are appended inside the object, in one buffer.
 */
export async function getFormJson(
  db: Db,
  actor: Actor,
  id: string,
  cache?: FormCache,
): Promise<Buffer | string> {
  const read = () => readDetail(db, id, cache?.keeps ?? false);
  const found = cache ? await cache.load(id, read) : await read();
  if (!found || !canSee(actor, found.row)) throw formError('form-not-found');
  const actions = `,"actions":${JSON.stringify(allowedActions(actor, found.row))}}`;
  const { body } = found;
  if (typeof body === 'string') return body.slice(0, -1) + actions;
  const out = Buffer.allocUnsafe(body.length - 1 + Buffer.byteLength(actions));
  body.copy(out, 0, 0, body.length - 1);
  out.write(actions, body.length - 1);
  return out;
}

export async function saveForm(
  db: Db,
  actor: Actor,
  ip: string | null,
  id: string,
  baseVersion: number,
  input: Form,
): Promise<StoredForm> {
  return db.transaction(async (tx) => {
    const row = await repo.findForm(tx, id, true);
    if (!row || !canSee(actor, row)) throw formError('form-not-found');
    if (!canWrite(actor, row)) throw formError('not-your-form');
    if (row.version !== baseVersion) {
      const current = await repo.findVersion(tx, row, row.version);
      throw formError('version-conflict', {
        current: { version: row.version, status: row.status, form: current?.data ?? null },
        yours: { baseVersion, form: input },
      });
    }
    if (!EDITABLE_STATUSES.has(row.status)) throw formError('form-locked', { status: row.status });
    if (input.kind !== row.kind) throw formError('kind-mismatch');
    const known = new Map<string, KnownIndicator>(
      (await repo.findIndicatorIds(tx, row)).map((k) => [k.id, k]),
    );
    // The server reads every 指标值 from its text; what the client parsed is not kept.
    const { form, origins } = assignIndicatorIds(readFormValues(judgedWhole(input)), known);
    const cols = formColumns(form);
    // A changed year moves the form to that year's partition, and its goals, indicators and versions with
    // it (their foreign key cascades the year); from here on the form is read under its new year.
    const updated = await repo.updateIfVersion(tx, row, baseVersion, cols);
    if (!updated)
      throw formError('version-conflict', {
        current: { version: row.version + 1 },
        yours: { baseVersion, form: input },
      });
    await writeVersion(tx, updated, form, origins, cols.rest, { createdBy: actor.id });
    const previous = await repo.findVersion(tx, updated, row.version);
    const diff = previous ? diffForms(previous.data as Form, form) : null;
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: 'form-save',
        entity: 'form',
        entityId: id,
        before: { version: row.version, name: row.name },
        after: {
          version: updated.version,
          name: updated.name,
          changed: diff && {
            fields: diff.fields.map((f) => f.path),
            indicatorsAdded: diff.indicators.added.map((i) => i.id),
            indicatorsRemoved: diff.indicators.removed.map((i) => i.id),
            indicatorsChanged: diff.indicators.changed.map((i) => i.id),
          },
        },
      },
    );
    return { meta: metaOf({ ...updated, orgName: row.orgName }), form };
  });
}

/**
 * A page of the forms the actor may see, as the JSON text of the response: kept until any form is
 * written (see list-cache.ts), and kept serialised because writing out fifty rows cost more than
 * finding the kept page.
 */
/** A page of the list as UTF-8 JSON, kept encoded: sending a page is then a copy, not a conversion. */
const writeFormList = compiledSerializer(formListResponse)!;

export async function listFormsJson(
  db: Db,
  actor: Actor,
  query: Omit<repo.FormFilter, 'after'> & { cursor?: string | undefined },
  keepMs = 0,
): Promise<Buffer> {
  const scope = formScope(actor);
  const { cursor, ...rest } = query;
  const filter: repo.FormFilter = { ...rest, after: cursor === undefined ? undefined : decodeCursor(cursor) };
  return keptList(db, JSON.stringify([scope, filter]), keepMs, async () => {
    // A search by name or code is read as objects (its statements choose among reads by the matches); every
    // other page as the forms keep their items (formListResponse's bytes), the end after.
    if (repo.isSearchPage(filter)) return Buffer.from(writeFormList(await repo.listForms(db, scope, filter)));
    const page = await repo.listFormsJoined(db, scope, filter);
    return joinedAnswer(page.shown, page.end);
  });
}

export async function listVersions(db: Db, actor: Actor, id: string) {
  return repo.listVersions(db, await visibleForm(db, actor, id));
}

export async function getVersion(db: Db, actor: Actor, id: string, version: number) {
  const v = await repo.findVersion(db, await visibleForm(db, actor, id), version);
  if (!v) throw formError('version-not-found', { version });
  return { version: v.version, createdAt: v.createdAt, createdBy: v.createdBy, form: v.data as Form };
}

export async function diffVersions(db: Db, actor: Actor, id: string, from: number, to: number) {
  const a = await getVersion(db, actor, id, from);
  const b = await getVersion(db, actor, id, to);
  return { from, to, ...diffForms(a.form, b.form) };
}

/**
 * Copies a form into a (new) year as a draft of the actor's unit; indicators keep their origin, and each
 * annual indicator's 近两年指标值 gains the source year's figure (its confirmed 自评 result, else its target).
 */
export async function copyForm(
  db: Db,
  actor: Actor,
  ip: string | null,
  id: string,
  year: number,
): Promise<StoredForm> {
  return db.transaction(async (tx) => {
    const row = await visibleForm(tx, actor, id);
    if (!canWrite(actor, row)) throw formError('not-your-form');
    const source = await loadStoredForm(tx, row);
    const origins = source.form.kind === 'disclosure' ? [] : source.form.indicators.map((i) => i.id ?? null);
    const copy = { ...source.form, year } as Form;
    if (copy.kind !== 'disclosure') {
      const [evaluation] = await evaluationsOfForms(tx, [row.id]);
      const results = evaluation ? storedIndicators(evaluation.data).map((r) => r.indicator) : [];
      const fromYear = evaluation?.year ?? row.year;
      // Only an earlier year is history (a copy within the year is a second form, not next year's).
      const earlier = fromYear !== null && fromYear < year ? fromYear : null;
      copy.indicators = carryIndicatorHistory(copy.indicators, earlier, results).map(
        ({ id: _id, ...rest }) => rest,
      );
    }
    return insertForm(tx, { actor, ip }, copy, {
      orgId: row.orgId,
      regionCode: actor.regionCode,
      copiedFromId: row.id,
      origins,
      note: `复制自 ${row.year ?? ''} 年度`,
    });
  });
}
