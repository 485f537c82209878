// 催报: finance (any unit) or a 主管部门 (its units) reminds the units that have not submitted a monitoring
// round's tables or their self-evaluations. One reminder per unit, seen in its 工作台; e-mailed to the unit's
// fillers who have an address when an SMTP server is configured. The reminder is saved first: a mail server
// that fails never loses it.
import { and, eq, inArray, isNull, ne, notInArray } from 'drizzle-orm';
import { onFormOfKey, onKey } from '../../db/key-join.ts';
import type { Db } from '../../db/client.ts';
import {
  forms,
  monitoringEntries,
  monitoringRounds,
  orgs,
  reminders,
  selfEvaluations,
  users,
  formKeys,
} from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { appendAudit } from '../audit/audit.repo.ts';
import { scopeWhere } from '../evaluation-common/evaluation-scope.ts';
import { listCandidates } from '../self-evaluation/self-evaluation.repo.ts';
import { workError } from './work.errors.ts';

export interface ReminderRequest {
  year: number;
  kind: 'monitoring' | 'self-evaluation';
  /** The monitoring round (kind monitoring). */
  roundId?: string | undefined;
  /** Only these units; default every unit in scope with work outstanding. */
  orgIds?: readonly string[] | undefined;
  message?: string | undefined;
}

interface Outstanding {
  orgId: string;
  orgName: string;
  projects: string[];
}

const DEFAULT_MESSAGE = '请尽快填报并提交。如有困难，请与财政部门联系。';

function group(rows: readonly { orgId: string; orgName: string; name: string }[]): Outstanding[] {
  const byOrg = new Map<string, Outstanding>();
  for (const r of rows) {
    const o = byOrg.get(r.orgId) ?? { orgId: r.orgId, orgName: r.orgName, projects: [] };
    o.projects.push(r.name);
    byOrg.set(r.orgId, o);
  }
  return [...byOrg.values()];
}

async function outstandingMonitoring(db: Db, actor: Actor, year: number, roundId: string | undefined) {
  if (!roundId) throw workError('round-not-found');
  const [round] = await db
    .select()
    .from(monitoringRounds)
    .where(and(eq(monitoringRounds.regionCode, actor.regionCode), eq(monitoringRounds.id, roundId)))
    .limit(1);
  if (!round || round.year !== year) throw workError('round-not-found');
  if (round.status !== 'open') throw workError('round-closed');
  const rows = await db
    .select({ orgId: monitoringEntries.orgId, orgName: orgs.name, name: forms.name })
    .from(monitoringEntries)
    .innerJoin(orgs, eq(orgs.id, monitoringEntries.orgId))
    .innerJoin(formKeys, onKey(formKeys, monitoringEntries.regionCode, monitoringEntries.formId))
    .innerJoin(forms, onFormOfKey)
    .where(
      and(
        // The round's whole key: its entries not submitted from monitoring_entries_round_open.
        eq(monitoringEntries.regionCode, round.regionCode),
        eq(monitoringEntries.roundId, round.id),
        ne(monitoringEntries.status, 'submitted'),
        scopeWhere(actor, monitoringEntries.orgId),
      ),
    );
  return { subject: `${round.title}：{n} 个项目未提交`, subjectId: round.id, units: group(rows) };
}

async function outstandingEvaluations(db: Db, actor: Actor, year: number) {
  const started = await db
    .select({ orgId: selfEvaluations.orgId, orgName: orgs.name, name: forms.name })
    .from(selfEvaluations)
    .innerJoin(orgs, eq(orgs.id, selfEvaluations.orgId))
    .innerJoin(formKeys, onKey(formKeys, selfEvaluations.regionCode, selfEvaluations.formId))
    .innerJoin(forms, onFormOfKey)
    .where(
      and(
        eq(selfEvaluations.year, year),
        notInArray(selfEvaluations.status, ['submitted', 'passed', 'confirmed']),
        scopeWhere(actor, selfEvaluations.orgId),
      ),
    );
  // Approved projects whose self-evaluation was never started are outstanding too.
  const notStarted = (await listCandidates(db, actor, year)).map((c) => ({
    orgId: c.orgId,
    orgName: c.orgName,
    name: c.name,
  }));
  return {
    subject: `${year}年绩效自评：{n} 个项目未提交`,
    subjectId: null,
    units: group([...started, ...notStarted]),
  };
}

export async function sendReminders(
  db: Db,
  mailer: Mailer | undefined,
  actor: Actor,
  ip: string | null,
  req: ReminderRequest,
) {
  const found =
    req.kind === 'monitoring'
      ? await outstandingMonitoring(db, actor, req.year, req.roundId)
      : await outstandingEvaluations(db, actor, req.year);
  const wanted = req.orgIds ? new Set(req.orgIds) : null;
  const units = found.units.filter((u) => !wanted || wanted.has(u.orgId));
  if (units.length === 0) throw workError('nothing-to-remind');
  const message = req.message?.trim() || DEFAULT_MESSAGE;
  const saved = await db.transaction(async (tx) => {
    const rows = await tx
      .insert(reminders)
      .values(
        units.map((u) => ({
          regionCode: actor.regionCode,
          orgId: u.orgId,
          year: req.year,
          kind: req.kind,
          subjectId: found.subjectId,
          subject: found.subject.replace('{n}', String(u.projects.length)),
          message,
          sentBy: actor.id,
        })),
      )
      .returning({ id: reminders.id, orgId: reminders.orgId, subject: reminders.subject });
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: 'reminder-send',
        entity: 'reminder',
        after: {
          kind: req.kind,
          year: req.year,
          subjectId: found.subjectId,
          units: units.map((u) => u.orgId),
        },
      },
    );
    return rows;
  });
  const emailed = mailer ? await emailUnits(db, mailer, saved, units, message) : { sent: 0, failed: 0 };
  return {
    reminded: units.map((u) => ({ orgId: u.orgId, orgName: u.orgName, outstanding: u.projects.length })),
    emailed: emailed.sent,
    emailFailed: emailed.failed,
  };
}

async function emailUnits(
  db: Db,
  mailer: Mailer,
  saved: readonly { id: string; orgId: string; subject: string }[],
  units: readonly Outstanding[],
  message: string,
) {
  const addresses = await db
    .select({ orgId: users.orgId, email: users.email })
    .from(users)
    .where(
      and(
        inArray(
          users.orgId,
          saved.map((s) => s.orgId),
        ),
        eq(users.role, 'filler'),
        eq(users.disabled, false),
      ),
    );
  let sent = 0;
  let failed = 0;
  for (const r of saved) {
    const to = addresses.filter((a) => a.orgId === r.orgId && a.email).map((a) => a.email!);
    if (to.length === 0) continue;
    const unit = units.find((u) => u.orgId === r.orgId)!;
    try {
      await mailer.send({
        to,
        subject: `【催报】${r.subject}`,
        text: `${unit.orgName}：\n\n${r.subject}：\n${unit.projects.map((p) => `  · ${p}`).join('\n')}\n\n${message}\n\n（本邮件由绩效管理系统发出，请登录系统在“工作台”查看。）`,
      });
      await db.update(reminders).set({ emailed: to.length }).where(eq(reminders.id, r.id));
      sent += to.length;
    } catch {
      failed += to.length;
    }
  }
  return { sent, failed };
}

/** A filler of the unit marks its reminder read (知道了). */
export async function markReminderRead(db: Db, actor: Actor, id: string) {
  const rows = await db
    .update(reminders)
    .set({ readAt: new Date(), readBy: actor.id })
    .where(and(eq(reminders.id, id), eq(reminders.orgId, actor.orgId), isNull(reminders.readAt)))
    .returning({ id: reminders.id });
  if (rows.length === 0) {
    const [exists] = await db
      .select({ id: reminders.id })
      .from(reminders)
      .where(and(eq(reminders.id, id), eq(reminders.orgId, actor.orgId)));
    if (!exists) throw workError('reminder-not-found');
  }
  return { ok: true as const };
}
