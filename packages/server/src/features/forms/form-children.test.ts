// The detail reads a form's goals and indicators from the text kept beside the form (`forms.children`,
// migration 0045) instead of building it from their rows: every writer keeps that text equal to the rows —
// insertForm, a save (replaceChildren) and the COPY load — and a form without it is read from the rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { parseIndicatorValue, type Form } from '@jixiao/core';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { createTestDatabase, storageDrivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { createOrg } from '../orgs/orgs.service.ts';
import { copyForms } from './form-copy.ts';
import { goalRows, indicatorRows } from './form-mapping.ts';
import { findForm, findFormWithChildren, replaceChildren } from './forms.repo.ts';
import { getForm, getFormJson, insertForm, loadStoredForm } from './forms.service.ts';

const REGION = '420000';
const system = { actor: null, ip: null };

function forms(): Form[] {
  const plain = sampleProject();
  return [
    plain,
    sampleProject({
      name: '带"引号"和\\反斜杠\n换行',
      goals: [{ term: 'annual', label: '年度目标', text: null }],
      indicators: [
        ...plain.indicators,
        {
          term: 'annual',
          goal: null,
          level1: '满意度指标',
          level2: null,
          name: '满意度',
          target: parseIndicatorValue('≥95.5%'),
          history: { 上年: '≥90%' },
          basis: null,
          category: '',
          libraryId: '8a0a7d3e-5f1b-4c2d-9e8f-0123456789ab',
        },
      ],
    }),
    sampleProject({ indicators: [], goals: [] }),
  ];
}

for (const driver of storageDrivers) {
  describe(`a form's kept children (${driver})`, () => {
    let database: Database;
    let actor: Actor;
    beforeAll(async () => {
      database = await createTestDatabase(driver);
      const org = await database.db.transaction((tx) =>
        createOrg(tx, system, { name: '省财政厅', kind: 'finance', code: REGION }),
      );
      actor = {
        id: randomUUID(),
        username: 'finance',
        displayName: '财政',
        role: 'finance',
        orgId: org.id,
        orgPath: org.path,
        regionCode: REGION,
      };
    });
    afterAll(async () => database.close());

    /** The detail as sent (the kept text spliced in) and as built from the rows, for one form. */
    async function detailAndRows(id: string) {
      const sent = JSON.parse((await getFormJson(database.db, actor, id)).toString('utf8')) as {
        form: Form;
        actions: string[];
      };
      const fromRows = await loadStoredForm(database.db, (await findForm(database.db, id))!);
      return { sent, fromRows };
    }

    const children = async (id: string) =>
      (
        await queryRows<{ c: string | null }>(
          database.db,
          sql`select children::text as c from forms where id = ${id}`,
        )
      )[0]!.c;

    it('insertForm keeps the text, and the detail sends the form its rows hold', async () => {
      for (const form of forms()) {
        const { meta } = await database.db.transaction((tx) =>
          insertForm(tx, system, form, { orgId: actor.orgId, regionCode: REGION }),
        );
        expect(await children(meta.id)).not.toBeNull();
        const { sent, fromRows } = await detailAndRows(meta.id);
        expect(sent.form).toEqual(fromRows.form);
        expect((await getForm(database.db, actor, meta.id)).form).toEqual(fromRows.form);
        // The kept text is read, not the rows: the statement did not build them.
        const found = await findFormWithChildren(database.db, meta.id);
        expect(found!.children).not.toBeNull();
        expect(found!.indicators).toEqual([]);
      }
    });

    it('a save replaces the text with its rows: the detail never sends the form as it was', async () => {
      const { meta } = await database.db.transaction((tx) =>
        insertForm(tx, system, forms()[1]!, { orgId: actor.orgId, regionCode: REGION }),
      );
      const before = (await detailAndRows(meta.id)).sent.form;
      const changed = sampleProject({
        goals: [{ term: 'annual', label: '改后的目标', text: '新的内容' }],
        indicators: [{ ...sampleProject().indicators[0]!, id: randomUUID(), name: '改后的指标' }],
      });
      const row = (await findForm(database.db, meta.id))!;
      await database.db.transaction((tx) =>
        replaceChildren(
          tx,
          row,
          goalRows(REGION, meta.id, changed),
          indicatorRows(REGION, meta.id, changed, new Map()),
        ),
      );
      const { sent, fromRows } = await detailAndRows(meta.id);
      expect(sent.form).toEqual(fromRows.form);
      expect(sent.form).not.toEqual(before);
      expect(sent.form.kind === 'project' && sent.form.indicators.map((i) => i.name)).toEqual(['改后的指标']);
    });

    it('a form written before the text was kept is read from its rows, the same', async () => {
      const { meta } = await database.db.transaction((tx) =>
        insertForm(tx, system, forms()[1]!, { orgId: actor.orgId, regionCode: REGION }),
      );
      const kept = await detailAndRows(meta.id);
      await database.db.execute(sql`update forms set children = null where id = ${meta.id}`);
      const found = await findFormWithChildren(database.db, meta.id);
      expect(found!.children).toBeNull();
      expect(found!.indicators.length).toBeGreaterThan(0);
      const fromRows = await detailAndRows(meta.id);
      expect(fromRows.sent).toEqual(kept.sent);
    });

    it('the COPY load keeps the same text as insertForm for the same form', async () => {
      const now = new Date();
      const items = forms().map((form) => ({
        id: randomUUID(),
        orgId: actor.orgId,
        form,
        status: 'draft',
        version: 1,
        createdAt: now,
        updatedAt: now,
      }));
      await database.bulkCopy((copy, exec) => copyForms(copy, exec, REGION, items));
      for (const item of items) {
        expect(await children(item.id)).not.toBeNull();
        const { sent, fromRows } = await detailAndRows(item.id);
        expect(sent.form).toEqual(fromRows.form);
      }
    });
  });
}
