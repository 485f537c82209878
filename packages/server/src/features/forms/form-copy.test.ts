// Loading by COPY (form-copy.ts) stores, column by column, the rows insertForm stores for the same forms,
// text with tabs, line breaks, backslashes and quotes included, and the forms read back as they were given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIndicatorValue, type Form } from '@jixiao/core';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/client.ts';
import { createTestDatabase, storageDrivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { createOrg } from '../orgs/orgs.service.ts';
import { copyForms, encodeFormsForCopy, FORM_COPY_COLUMNS, isDecimal } from './form-copy.ts';
import { childrenText, formJsonText, goalRows, indicatorRows } from './form-mapping.ts';
import { findForm } from './forms.repo.ts';
import { insertForm, loadStoredForm } from './forms.service.ts';

const REGION = '420000';
const system = { actor: null, ip: null };

/** Text PostgreSQL's COPY formats treat specially, in every kind of field. */
const awkward = 'a\tb\nc\r\\N "引号" \\ 反斜杠 \\t';

function forms(): Form[] {
  const plain = sampleProject();
  const tricky = sampleProject({
    year: null,
    name: awkward,
    code: 'P\t001',
    content: awkward,
    budget: { total: '200.50', current: '12.5', sources: [{ name: awkward, amount: '1' }], history: null },
    goals: [
      { term: 'annual', label: awkward, text: null },
      { term: 'long', label: '长期目标', text: '' },
    ],
    indicators: [
      ...plain.indicators.map((ind, i) => ({ ...ind, basis: i === 0 ? awkward : ind.basis })),
      {
        term: 'annual',
        goal: null,
        level1: awkward,
        level2: null,
        name: '满意度"\\',
        target: parseIndicatorValue('≥95.5%'),
        history: { 上年: '≥90%', 前年: awkward },
        basis: null,
        category: '',
        libraryId: '8a0a7d3e-5f1b-4c2d-9e8f-0123456789ab',
      },
      {
        term: 'annual',
        goal: '年度绩效目标1',
        level1: '产出指标',
        level2: '数量指标',
        name: '编号不是库的',
        target: parseIndicatorValue('约1万'),
        history: null,
        basis: '计划标准',
        category: null,
        libraryId: 'not-a-uuid',
      },
    ],
  });
  return [plain, tricky, sampleProject({ indicators: [], goals: [] })];
}

/** A form's stored rows, its own ids (the form's and its indicators') replaced by their place. */
async function storedRows(database: Database, formId: string) {
  const db = database.db;
  const inds = await queryRows<{ id: string }>(
    db,
    sql`select id from indicators where form_id = ${formId} order by position`,
  );
  const text = (rows: { r: string }[]) => {
    let s = JSON.stringify(rows.map((r) => r.r));
    s = s.replaceAll(formId, 'FORM');
    inds.forEach((ind, i) => (s = s.replaceAll(ind.id, `IND${i}`)));
    return JSON.parse(s) as string[];
  };
  const of = async (table: string, order: string, drop: string[]) =>
    text(
      await queryRows<{ r: string }>(
        db,
        sql.raw(
          `select (to_jsonb(t) ${drop.map((c) => `- '${c}'`).join(' ')})::text as r from ${table} t where form_id = '${formId}' order by ${order}`,
        ),
      ),
    );
  return {
    form: text(
      await queryRows<{ r: string }>(
        db,
        // The list's kept item holds the time as well (migration 0056): compared without it.
        sql`select (to_jsonb(f) - 'created_at' - 'updated_at'
          || jsonb_build_object('list_item', f.list_item::jsonb - 'updatedAt'))::text as r
          from forms f where id = ${formId}`,
      ),
    ),
    goals: await of('form_goals', 'position', []),
    indicators: await of('indicators', 'position', []),
    versions: await of('form_versions', 'version', ['created_at']),
  };
}

describe('isDecimal', () => {
  it('takes a plain decimal and refuses anything else', () => {
    for (const s of ['0', '12', '-3', '12.50', '-0.5']) expect(isDecimal(s), s).toBe(true);
    for (const s of ['', '-', '.5', '5.', '1e3', '+1', '约200', '1,000', '1.2.3', ' 1'])
      expect(isDecimal(s), s).toBe(false);
  });
});

/** The fields of COPY text-format lines, unescaped (\\N: null). */
function copyFields(chunks: Uint8Array[]): (string | null)[][] {
  const unescape = (f: string) =>
    f === '\\N' ? null : f.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
  return Buffer.concat(chunks)
    .toString()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t').map(unescape));
}

describe('encodeFormsForCopy', () => {
  it('keeps as `form_json` and as the version the texts insertForm writes, byte for byte, whatever the indicators hold', () => {
    const base = forms()[1]!;
    if (base.kind !== 'project') throw new Error('a project');
    const [first, second, ...others] = base.indicators;
    const odd = sampleProject({
      goals: [
        { term: 'annual', label: '年度', text: undefined as unknown as null },
        { label: '长期', term: 'long', text: '目标' },
      ],
      indicators: [
        { ...first!, weight: '20' }, // a field children does not keep
        Object.assign({ target: second!.target }, second!), // its fields in another order
        { ...others[0]!, goal: undefined as unknown as null }, // a value left out
        { id: 'an-old-id', ...others[1]! }, // an id of its own, replaced
        ...others.slice(2),
      ],
    });
    const now = new Date('2025-01-02T03:04:05Z');
    const items = [...forms(), odd].map((form, k) => ({
      id: `00000000-0000-4000-8000-00000000000${k}`,
      orgId: REGION,
      form,
      status: 'draft',
      version: 1,
      createdAt: now,
      updatedAt: now,
    }));
    const text = encodeFormsForCopy(REGION, items);
    const col = (table: keyof typeof FORM_COPY_COLUMNS, name: string) =>
      (FORM_COPY_COLUMNS[table] as readonly string[]).indexOf(name);
    const formLines = copyFields(text.forms);
    const versionLines = copyFields(text.form_versions);
    const indicatorLines = copyFields(text.indicators);
    for (const [k, item] of items.entries()) {
      const form = item.form;
      if (form.kind !== 'project') throw new Error('a project');
      // The ids the load gave: its indicators' rows, in order.
      const ids = indicatorLines
        .filter((f) => f[col('indicators', 'form_id')] === item.id)
        .map((f) => f[col('indicators', 'id')]!);
      const withIds = {
        ...form,
        indicators: form.indicators.map((ind, i) => Object.assign({ id: ids[i] }, ind, { id: ids[i] })),
      };
      // The version: the form's other fields, then its goals and indicators (as insertForm's versions hold it).
      const { goals, indicators, ...rest } = withIds;
      // The whole form's text: its other fields, then its goals and indicators as their rows give them back.
      expect(formLines[k]![col('forms', 'form_json')]).toBe(
        formJsonText(
          JSON.stringify(rest),
          form.kind,
          childrenText(
            goalRows(REGION, item.id, withIds),
            indicatorRows(REGION, item.id, withIds, new Map()),
          ),
        ),
      );
      expect(versionLines[k]![col('form_versions', 'data')]).toBe(
        JSON.stringify({ ...rest, goals, indicators }),
      );
    }
  });
});

for (const driver of storageDrivers) {
  describe(`copyForms (${driver})`, () => {
    let database: Database;
    let orgId: string;
    beforeAll(async () => {
      database = await createTestDatabase(driver);
      orgId = (
        await database.db.transaction((tx) =>
          createOrg(tx, system, { name: '省财政厅', kind: 'finance', code: REGION }),
        )
      ).id;
    });
    afterAll(async () => database.close());

    it('stores the rows insertForm stores, and the forms read back as given', async () => {
      const given = forms();
      const inserted = await database.db.transaction(async (tx) => {
        const ids: string[] = [];
        for (const form of given)
          ids.push((await insertForm(tx, system, form, { orgId, regionCode: REGION })).meta.id);
        return ids;
      });
      const now = new Date();
      const items = given.map((form) => ({
        id: crypto.randomUUID(),
        orgId,
        form,
        status: 'draft',
        version: 1,
        createdAt: now,
        updatedAt: now,
      }));
      await database.bulkCopy((copy, exec) => copyForms(copy, exec, REGION, items));

      for (const [i, item] of items.entries()) {
        const copied = await storedRows(database, item.id);
        expect(copied.indicators).toHaveLength(
          item.form.kind === 'project' ? item.form.indicators.length : 0,
        );
        expect(copied).toEqual(await storedRows(database, inserted[i]!));
        const read = await loadStoredForm(database.db, (await findForm(database.db, item.id))!);
        const withoutIds = (f: Form) =>
          f.kind === 'disclosure'
            ? f
            : { ...f, indicators: f.indicators.map(({ id: _id, ...rest }) => rest) };
        // As insertForm's form reads back: as given, but for a library link that is not an id (not kept).
        const readInserted = await loadStoredForm(database.db, (await findForm(database.db, inserted[i]!))!);
        expect(withoutIds(read.form)).toEqual(withoutIds(readInserted.form));
        if (i === 0) expect(withoutIds(read.form)).toEqual(withoutIds(item.form));
      }
    });

    it('a form that breaks a key is not half loaded', async () => {
      const form = sampleProject();
      const now = new Date();
      const id = crypto.randomUUID();
      const item = { id, orgId, form, status: 'draft', version: 1, createdAt: now, updatedAt: now };
      await expect(
        database.bulkCopy((copy, exec) => copyForms(copy, exec, REGION, [item, item])),
      ).rejects.toThrow();
      expect(await findForm(database.db, id)).toBeUndefined();
      await database.bulkCopy((copy, exec) => copyForms(copy, exec, REGION, [item]));
      expect((await findForm(database.db, id))?.name).toBe(form.name);
    });
  });
}
