// The detail sends a form's whole text as kept beside it (`forms.form_json`, migration 0047) instead of
// writing its `rest` again: every writer keeps that text equal to the form its rows hold — insertForm, a save,
// a replacement of the children, the COPY load, a restore — and a write of `rest` without it empties it, so
// that the detail reads the rows (never the form as it was). It replaced 0045's `children` (goals and
// indicators alone, spliced after `rest` parsed and written again).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Form } from '@jixiao/core';
import { sql } from 'drizzle-orm';
import { backupTo } from '../../backup/backup.ts';
import { restoreFrom } from '../../backup/restore.ts';
import { queryRows, type Database } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { createTestDatabase, storageDrivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { createOrg } from '../orgs/orgs.service.ts';
import { createUser } from '../users/users.service.ts';
import { copyForms } from './form-copy.ts';
import { formColumns, goalRows, indicatorRows } from './form-mapping.ts';
import { findForm, findFormWithChildren, replaceChildren, updateIfVersion } from './forms.repo.ts';
import { getFormJson, insertForm, loadStoredForm, saveForm } from './forms.service.ts';
import { PgDialect } from 'drizzle-orm/pg-core';
import { detailHeadBase64 } from './form-detail-text.ts';

const REGION = '420000';
const system = { actor: null, ip: null };

function forms(): Form[] {
  const plain = sampleProject();
  return [
    plain,
    sampleProject({
      name: '带"引号"和\\反斜杠\n换行\t制表',
      goals: [{ term: 'annual', label: '年度目标', text: null }],
      indicators: [
        ...plain.indicators,
        { ...plain.indicators[0]!, name: '库外编号', libraryId: 'not-a-uuid' },
        { ...plain.indicators[0]!, name: '库内', libraryId: '8a0a7d3e-5f1b-4c2d-9e8f-0123456789ab' },
      ],
    }),
    sampleProject({ indicators: [], goals: [] }),
  ];
}

// The statement's work on every detail (its bytes are held to the row's by the tests below, on both engines).
describe('the detail head statement', () => {
  const text = new PgDialect().sqlToQuery(detailHeadBase64()).sql;
  it('joins the kept text as bytes: no cast of it to text, no check of its UTF-8 again', () => {
    expect(text).toContain('json_send("forms"."form_json")');
    expect(text).not.toMatch(/"form_json"::text|convert_to/);
  });
  it('escapes only text columns by to_json (a uuid or an integer is its own JSON)', () => {
    const escaped = [...text.matchAll(/to_json\(("\w+"\."\w+")\)/g)].map((m) => m[1]);
    expect(escaped.sort()).toEqual(
      ['"forms"."form_type"', '"forms"."kind"', '"forms"."name"', '"forms"."status"', '"orgs"."name"'].sort(),
    );
  });
});

for (const driver of storageDrivers) {
  describe(`a form's kept whole text (${driver})`, () => {
    let database: Database;
    let finance: Actor;
    let filler: Actor;
    const dir = mkdtempSync(join(tmpdir(), 'jx-form-json-'));
    const others: Database[] = [];
    beforeAll(async () => {
      database = await createTestDatabase(driver);
      const [root, unit] = await database.db.transaction(async (tx) => {
        const r = await createOrg(tx, system, { name: '省财政厅', kind: 'finance', code: REGION });
        return [r, await createOrg(tx, system, { name: '某单位', kind: 'unit', parentId: r.id })];
      });
      const actor = (role: Actor['role'], org: { id: string; path: string }): Actor => ({
        id: randomUUID(),
        username: role,
        displayName: role,
        role,
        orgId: org.id,
        orgPath: org.path,
        regionCode: REGION,
      });
      finance = actor('finance', root);
      // A save's version names its author: a user of the unit.
      const user = await database.db.transaction((tx) =>
        createUser(tx, system, { username: 'filler-form-json', role: 'filler', orgId: unit.id }),
      );
      filler = { ...actor('filler', unit), id: user.user.id };
    });
    afterAll(async () => {
      for (const d of others) await d.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const keptText = async (db: Database, id: string) =>
      (
        await queryRows<{ t: string | null }>(
          db.db,
          sql`select form_json::text as t from forms where id = ${id}`,
        )
      )[0]!.t;

    /** The kept text is there and is, as JSON, the form read from the form's rows. */
    async function expectKeptAsRows(db: Database, id: string) {
      const text = await keptText(db, id);
      expect(text).not.toBeNull();
      const fromRows = await loadStoredForm(db.db, (await findForm(db.db, id))!);
      expect(JSON.parse(text!)).toEqual(fromRows.form);
    }

    /** The detail as sent, and as built from the rows. */
    async function detailAndRows(id: string) {
      const { actions, ...sent } = JSON.parse(String(await getFormJson(database.db, finance, id))) as {
        meta: Record<string, unknown>;
        form: Form;
        actions: string[];
      };
      // As the route would write it (times as ISO text).
      const fromRows = await loadStoredForm(database.db, (await findForm(database.db, id))!);
      return { sent, actions, fromRows: JSON.parse(JSON.stringify(fromRows)) as typeof sent };
    }

    const insert = (form: Form, orgId = filler.orgId) =>
      database.db.transaction((tx) => insertForm(tx, system, form, { orgId, regionCode: REGION }));

    it('insertForm keeps it; the detail sends it with the meta of the row', async () => {
      for (const form of forms()) {
        const { meta } = await insert(form);
        await expectKeptAsRows(database, meta.id);
        // The kept text is read, not the rows: the statement did not build them.
        const found = await findFormWithChildren(database.db, meta.id);
        expect([found!.kept, found!.indicators]).toEqual([await keptText(database, meta.id), []]);
        const { sent, actions, fromRows } = await detailAndRows(meta.id);
        expect(sent).toEqual(fromRows);
        expect(actions).toEqual([]);
      }
    });

    it('the detail sends the kept text itself, not the rows', async () => {
      const { meta } = await insert(forms()[0]!);
      await database.db.execute(
        sql`update forms set form_json = '{"kind":"project","marker":"kept"}' where id = ${meta.id}`,
      );
      const { sent } = await detailAndRows(meta.id);
      expect(sent.form).toEqual({ kind: 'project', marker: 'kept' });
    });

    it('the detail without a cache sends the kept text as its own bytes (read as bytes, never made a string)', async () => {
      const { meta } = await insert(forms()[0]!);
      // Chinese, a character outside the BMP, escapes as written, and enough of them for the base64 it is read
      // as to be wrapped in lines: the bytes sent are the bytes kept.
      const kept = `{"kind":"project", "name":"绩效𠀀\\u4e2d\\n","long":"${'预算绩效目标'.repeat(400)}"}`;
      await database.db.execute(sql`update forms set form_json = ${kept}::json where id = ${meta.id}`);
      const sent = await getFormJson(database.db, finance, meta.id);
      expect(Buffer.isBuffer(sent)).toBe(true);
      const body = sent as Buffer;
      const head = Buffer.from('"form":');
      const at = body.indexOf(head) + head.length;
      const tail = Buffer.from(',"actions":[]}');
      expect(body.subarray(at, body.length - tail.length).equals(Buffer.from(kept))).toBe(true);
      expect(body.subarray(body.length - tail.length).equals(tail)).toBe(true);
      expect((JSON.parse(body.toString()) as { form: { name: string } }).form.name).toBe('绩效𠀀中\n');
    });

    it('a save keeps it: the detail never sends the form as it was', async () => {
      const { meta } = await insert(forms()[1]!);
      const changed = sampleProject({
        name: '改后的项目',
        goals: [{ term: 'annual', label: '改后的目标', text: '新的内容' }],
        indicators: [{ ...sampleProject().indicators[0]!, name: '改后的指标' }],
      });
      await saveForm(database.db, filler, null, meta.id, 1, changed);
      await expectKeptAsRows(database, meta.id);
      const { sent, fromRows } = await detailAndRows(meta.id);
      expect(sent).toEqual(fromRows);
      expect(
        sent.form.kind === 'project' && [sent.form.name, sent.form.indicators.map((i) => i.name)],
      ).toEqual(['改后的项目', ['改后的指标']]);
    });

    it('a replacement of the children keeps it', async () => {
      const { meta } = await insert(forms()[1]!);
      const changed = sampleProject({
        indicators: [{ ...sampleProject().indicators[0]!, id: randomUUID(), name: '换过的' }],
      });
      const row = (await findForm(database.db, meta.id))!;
      await database.db.transaction((tx) =>
        replaceChildren(
          tx,
          row,
          goalRows(REGION, meta.id, changed),
          indicatorRows(REGION, meta.id, changed, new Map()),
          row.rest as Record<string, unknown>,
        ),
      );
      await expectKeptAsRows(database, meta.id);
    });

    it('the meta the statement writes is the one written from the row, byte for byte', async () => {
      // Escapes (a quote, a backslash, control characters, U+2028), text outside the BMP, no year, a copy's
      // source, and times whose microseconds a Date truncates (one of them before the year 1000).
      const awkward = sampleProject({ name: '引"号\\反\u0001斜\u2028杠\t𠀀', year: null });
      const source = await insert(forms()[0]!);
      const ids = [
        (await insert(awkward)).meta.id,
        (
          await database.db.transaction((tx) =>
            insertForm(tx, system, forms()[1]!, {
              orgId: filler.orgId,
              regionCode: REGION,
              copiedFromId: source.meta.id,
            }),
          )
        ).meta.id,
      ];
      await database.db.execute(
        sql`update forms set created_at = '0999-03-01 12:34:56.789999+00', updated_at = '2025-12-31 23:59:59.9996+00' where id = ${ids[0]!}`,
      );
      const metaText = async (id: string) => {
        const sent = String(await getFormJson(database.db, finance, id));
        return sent.slice(0, sent.indexOf(',"form":'));
      };
      for (const id of ids) {
        const written = await metaText(id);
        await database.db.execute(sql`update forms set form_json = null where id = ${id}`);
        // Read from the row and its rest: the meta is JSON.stringify's.
        expect(written).toBe(await metaText(id));
      }
      const meta = (JSON.parse((await metaText(ids[0]!)) + '}') as { meta: Record<string, unknown> }).meta;
      expect([meta.name, meta.year, meta.createdAt, meta.updatedAt]).toEqual([
        awkward.name,
        null,
        '0999-03-01T12:34:56.789Z',
        '2025-12-31T23:59:59.999Z',
      ]);
    });

    it('a write of `rest` without it empties it, and the detail reads the rows', async () => {
      const { meta } = await insert(forms()[0]!);
      const row = (await findForm(database.db, meta.id))!;
      const changed = sampleProject({ name: '只改了 rest' });
      await database.db.transaction((tx) => updateIfVersion(tx, row, 1, formColumns(changed)));
      expect(await keptText(database, meta.id)).toBeNull();
      const { sent, fromRows } = await detailAndRows(meta.id);
      expect(sent).toEqual(fromRows);
      expect(sent.form.kind === 'project' && sent.form.name).toBe('只改了 rest');
    });

    it('a form written without it (before migration 0045) is read from `rest` and its rows, the same', async () => {
      const { meta } = await insert(forms()[1]!);
      const kept = await detailAndRows(meta.id);
      await database.db.execute(sql`update forms set form_json = null where id = ${meta.id}`);
      const found = await findFormWithChildren(database.db, meta.id);
      expect([found!.kept, found!.indicators.length > 0]).toEqual([null, true]);
      expect((await detailAndRows(meta.id)).sent).toEqual(kept.sent);
    });

    it('the COPY load keeps it, as insertForm does for the same form', async () => {
      const now = new Date();
      const items = forms().map((form) => ({
        id: randomUUID(),
        orgId: filler.orgId,
        form,
        status: 'draft',
        version: 1,
        createdAt: now,
        updatedAt: now,
      }));
      await database.bulkCopy((copy, exec) => copyForms(copy, exec, REGION, items));
      for (const item of items) {
        await expectKeptAsRows(database, item.id);
        const { sent, fromRows } = await detailAndRows(item.id);
        expect(sent).toEqual(fromRows);
      }
    });

    it('a restore keeps it', { timeout: 120_000 }, async () => {
      const ids = [(await insert(forms()[1]!)).meta.id, (await insert(forms()[2]!)).meta.id];
      const file = join(dir, `backup-${randomUUID()}.gz`);
      await backupTo(database, file);
      const restored = await createTestDatabase(driver);
      others.push(restored);
      await restoreFrom(restored, file, { force: true });
      for (const id of ids) {
        await expectKeptAsRows(restored, id);
        expect(JSON.parse((await keptText(restored, id))!)).toEqual(
          JSON.parse((await keptText(database, id))!),
        );
      }
    });
  });
}
