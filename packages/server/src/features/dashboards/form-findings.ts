// The per-form counts a dashboard shows (indicators, quantified, findings), kept in form_findings by
// form version and checker so that the checks run once per version instead of on every request. Filled
// here for the forms that have no row for their current version yet (new, saved since, other checks).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asc, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { FormChecker } from '../../app-deps.ts';
import { readTogether, type Db } from '../../db/client.ts';
import { formFindings, formGoals, formKeys, forms, indicators, type StoredFinding } from '../../db/schema.ts';
import { onChildOfKey, onFormOfKey } from '../../db/key-join.ts';
import { formFromRows } from '../forms/form-mapping.ts';
import { checkStoredForm } from '../checks/stored-findings.ts';

/**
 * The key of the shipped checks: a hash of the core package's sources (the rules and what they read),
 * so that a release whose checks differ computes its rows again instead of showing the old findings.
 */
let shippedKey: string | undefined;
export function shippedCheckerKey(): string {
  shippedKey ??= hashCoreSources();
  return shippedKey;
}

function hashCoreSources(): string {
  const root = fileURLToPath(new URL('../../../../core/src', import.meta.url));
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
        h.update(e.name).update(readFileSync(path));
    }
  };
  walk(root);
  return `core:${h.digest('hex').slice(0, 16)}`;
}

const BATCH = 200;

function byForm<T extends { formId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.formId);
    if (list) list.push(r);
    else out.set(r.formId, [r]);
  }
  return out;
}

/**
 * Checks the given forms as they are now and stores their rows. Each batch is read in one repeatable-read
 * transaction, so a form and its children are of the same version.
 */
export async function fillFormFindings(db: Db, check: FormChecker, checker: string, ids: readonly string[]) {
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    await db.transaction(
      async (tx) => {
        const [rows, goals, inds] = await readTogether(tx, [
          () =>
            tx
              .select({
                id: forms.id,
                regionCode: forms.regionCode,
                version: forms.version,
                rest: forms.rest,
              })
              .from(formKeys)
              .innerJoin(forms, onFormOfKey)
              .where(inArray(formKeys.id, batch)),
          // The children by their form's key with its year (form_keys): each form's partition only, by
          // the children's index led by (region_code, form_id) — never a scan of every year's rows.
          () =>
            tx
              .select(getTableColumns(formGoals))
              .from(formKeys)
              .innerJoin(formGoals, onChildOfKey(formGoals))
              .where(inArray(formKeys.id, batch))
              .orderBy(asc(formGoals.position)),
          () =>
            tx
              .select(getTableColumns(indicators))
              .from(formKeys)
              .innerJoin(indicators, onChildOfKey(indicators))
              .where(inArray(formKeys.id, batch))
              .orderBy(asc(indicators.position)),
        ]);
        const goalsOf = byForm(goals);
        const indicatorsOf = byForm(inds);
        const values = rows.map((r) => {
          const own = indicatorsOf.get(r.id) ?? [];
          const form = formFromRows(r.rest, goalsOf.get(r.id) ?? [], own);
          const findings: StoredFinding[] = checkStoredForm(check, form, r.id).map((f) => ({
            rule: f.rule,
            messageId: f.messageId,
            severity: f.severity,
            message: f.message,
          }));
          return {
            regionCode: r.regionCode,
            formId: r.id,
            version: r.version,
            checker,
            indicators: own.length,
            quantified: own.filter((x) => x.valueKind === 'quantitative').length,
            findings,
          };
        });
        if (values.length === 0) return;
        await tx
          .insert(formFindings)
          .values(values)
          .onConflictDoUpdate({
            target: [formFindings.regionCode, formFindings.formId],
            set: {
              version: sql`excluded.version`,
              checker: sql`excluded.checker`,
              indicators: sql`excluded.indicators`,
              quantified: sql`excluded.quantified`,
              findings: sql`excluded.findings`,
            },
          });
      },
      { isolationLevel: 'repeatable read' },
    );
  }
}
