// The rows behind the other lists of the server bench, written by SQL from the loaded forms (untimed): a
// self-evaluation and a monitoring entry (one round) per form, a budget per unit, check-report batches
// and an audit log of a few entries per form. And, for each paged list, the paths of its first page and of
// 20 deep pages (cursors among its last thousand rows), as a client paging through it would ask them.
import { sql } from 'drizzle-orm';
import { parseIndicatorValue, scoreSelfEvaluation, type NewSelfEvaluation } from '@jixiao/core';
import { queryRows, type Database } from '../packages/server/src/db/client.ts';
import { encodeCursor, encodeIdCursor } from '../packages/server/src/http/list-cursor.ts';

/** The same hash of a row's id as the bench's `published` forms: spreads statuses and times without random(). */
const hash = (column: string) => `abs(hashtext(${column}::text))`;
/** A time within 100 days before now, by the row's hash (many rows share none: keyset ties are rare). */
const spreadTime = (column: string) => `now() - (${hash(column)} % 8640000) * interval '1 second'`;

/** The scored self-evaluations are written in this many transactions (see `seedLists`). */
const SCORED_PARTS = 40;

/** Writes the rows; `year` is the forms' year. Returns the monitoring round. */
export async function seedLists(database: Database, region: string, financeOrg: string, year: number) {
  const { db } = database;
  // The year opened as an administrator would (fiscal_years): its partitions exist before its rows are
  // written, so they land in the year's partition, not in DEFAULT (docs/scale.md, partitioning by year).
  await db.execute(sql`insert into fiscal_years (year) values (${year}) on conflict do nothing`);
  await db.execute(
    sql.raw(`
    insert into self_evaluations (region_code, form_id, org_id, year, status, data, created_at, updated_at)
    select region_code, id, org_id, ${year},
      (array['draft','scored','submitted','returned','passed','confirmed'])[1 + ${hash('id')} % 6],
      jsonb_build_object('budget', jsonb_build_object('annual', '100', 'executed', '80'), 'indicators', '[]'::jsonb),
      now(), ${spreadTime('id')}
    from forms where kind = 'project'`),
  );
  // The evaluations past scoring carry a scored self-evaluation of 15 indicators (one of a few variants,
  // by the row's hash), as the dashboard's most missed reads them. Written in parts, each its own
  // transaction: every confirmed evaluation's trigger updates the same few rows of the year's indicator
  // counts (self_evaluation_indicator_year_counts, one per indicator name), and within one transaction each
  // update walks all the versions that transaction left of its row — quadratic in the rows of one statement
  // (50,000 evaluations in one update took 50 minutes). Committed in parts, the old versions are pruned.
  const variants = evaluationVariants(year);
  const parts = SCORED_PARTS;
  for (let part = 0; part < parts; part++)
    await db.execute(
      sql`update self_evaluations s set data = v.data, result = v.result, total = v.total, grade = v.grade
          from (select (ord - 1)::int as k, x->'data' as data, x->'result' as result,
                  (x->>'total')::numeric as total, x->>'grade' as grade
                from jsonb_array_elements(${JSON.stringify(variants)}::jsonb) with ordinality as t(x, ord)) v
          where s.year = ${year} and s.status <> 'draft' and v.k = abs(hashtext(s.form_id::text || 'v')) % ${variants.length}
            and abs(hashtext(s.form_id::text || 'part')) % ${parts} = ${part}`,
    );
  const [round] = await queryRows<{ id: string }>(
    db,
    sql`insert into monitoring_rounds (region_code, year, month, title, thresholds)
        values (${region}, ${year}, 6, ${`${year}年1—6月绩效运行监控`}, '{}'::jsonb) returning id`,
  );
  // Each entry as opening the round writes it (monitoring.service.ts): the project's name, code and budget,
  // the round's year and month, and the form's annual indicators drafted with nothing reported yet. Its
  // data must be one the entry schema takes: the entry's page reads it as stored.
  const empty = JSON.stringify(parseIndicatorValue(''));
  await db.execute(sql`
    insert into monitoring_entries (region_code, round_id, year, form_id, org_id, status, data, worst_light, updated_at)
    select f.region_code, ${round!.id}::uuid, ${year}::int, f.id, f.org_id,
      (array['unfilled','pending','filled','submitted'])[1 + abs(hashtext(f.id::text)) % 4],
      jsonb_build_object('projectId', f.id, 'projectName', f.name, 'projectCode', f.code, 'year', ${year}::int,
        'month', 6,
        'budget', jsonb_build_object('annual', coalesce(f.budget_total::text, '0'), 'executedToDate', '0',
          'plannedShareToDate', null),
        'indicators', coalesce((
          select jsonb_agg(jsonb_build_object('indicatorId', i.id, 'goal', i.goal, 'level1', i.level1,
              'level2', i.level2, 'name', i.name, 'target', i.target, 'actualToDate', ${empty}::jsonb,
              'grade', null, 'expectedFullYear', ${empty}::jsonb, 'deviationReason', null,
              'reasonText', null, 'likelihood', null, 'correctiveMeasure', null) order by i.position)
          from indicators i
          where i.region_code = f.region_code and i.form_id = f.id and i.year = f.year and i.term = 'annual'),
          '[]'::jsonb)),
      (array['red','yellow','green', null])[1 + abs(hashtext(f.id::text)) % 4],
      now() - (abs(hashtext(f.id::text)) % 8640000) * interval '1 second'
    from forms f where f.kind = 'project'`);
  // A budget per unit and year (the unit stands for a department's budget here: what counts is the rows).
  await db.execute(
    sql.raw(`
    insert into budgets (region_code, org_id, year, department, updated_at)
    select o.region_code, o.id, ${year}, o.name, ${spreadTime('o.id')} from orgs o where o.kind = 'unit'`),
  );
  // Check-report batches: one per 30 forms, by finance.
  await db.execute(
    sql.raw(`
    insert into check_batches (region_code, org_id, year, title, status, total, done, created_at, updated_at, finished_at)
    select '${region}', '${financeOrg}', ${year}, '检查批次' || g, 'done', 30, 30,
      now() - g * interval '7 minutes', now() - g * interval '7 minutes', now() - g * interval '7 minutes'
    from generate_series(1, greatest(10, (select count(*) from forms) / 30)) g`),
  );
  // The audit log: three entries per form (created, saved, submitted), as the server would have written.
  await db.execute(
    sql.raw(`
    insert into audit_log (region_code, at, actor_name, action, entity, entity_id, after)
    select f.region_code, now() - (3 - k) * interval '1 hour', 'bench', a.action, 'form', f.id::text,
      jsonb_build_object('status', a.status)
    from forms f
    cross join lateral (values (1, 'create', 'draft'), (2, 'update', 'draft'), (3, 'submit', 'submitted'))
      as a(k, action, status)`),
  );
  return round!.id;
}

/** A few scored self-evaluations of 15 indicators (a pool of 40 names), each missing some of them. */
function evaluationVariants(year: number) {
  const levels = ['产出指标', '效益指标', '满意度指标'] as const;
  return Array.from({ length: 8 }, (_, v) => {
    const data: NewSelfEvaluation = {
      projectId: null,
      projectName: '项目',
      year,
      supervisor: null,
      executor: null,
      budget: { initial: null, annual: '100', executed: String(70 + v * 3) },
      goals: [],
      indicators: Array.from({ length: 15 }, (_, i) => {
        const name = `指标${(i * 3 + v * 5) % 40}`;
        return {
          indicatorId: name,
          goal: null,
          level1: levels[i % 3]!,
          level2: null,
          name,
          target: parseIndicatorValue('≥90%'),
          weight: null,
          actual: parseIndicatorValue(`${(i + v) % 4 === 0 ? 80 : 95}%`),
          grade: null,
          override: null,
          deviationAnalysis: null,
        };
      }),
      conclusions: { problems: null, improvements: null },
    };
    const result = scoreSelfEvaluation(data);
    return { data, result, total: result.total, grade: result.grade?.grade ?? null };
  });
}

/** The bench's monitoring round (the first one seeded), or undefined on a database without one. */
export async function firstRound(database: Database): Promise<{ id: string; year: number } | undefined> {
  const [round] = await queryRows<{ id: string; year: number }>(
    database.db,
    sql`select id, year from monitoring_rounds limit 1`,
  );
  return round;
}

/** Paths of the first page and of 20 deep pages of each paged list, as finance (the audit log: as admin). */
export async function listPaths(database: Database, roundId: string, year: number) {
  const { db } = database;
  const deep = async (table: string, time: string, where: string) => {
    const rows = await queryRows<{ at: string; id: string }>(
      db,
      sql.raw(`select ${time}::text as at, id from ${table} where ${where}
               order by ${time} desc nulls last, id
               offset greatest(0, (select count(*) from ${table} where ${where}) - 1000) limit 20`),
    );
    return rows.map((r) => encodeCursor(r));
  };
  const pages = (path: string, cursors: string[]) => ({
    first: [`${path}limit=50`],
    deep: cursors.map((c) => `${path}limit=50&cursor=${c}`),
  });
  const auditIds = await queryRows<{ id: string }>(
    db,
    // Past the first 500 entries, or the last 20 where a small data set holds fewer. Ordered by the table's column:
    // a bare `id` would name the output column, the text, and order 100447 before 99.
    sql`select id::text as id from audit_log order by audit_log.id offset least(500, greatest(0, (select count(*) from audit_log) - 20)) limit 20`,
  );
  return {
    'self-evaluations': pages(
      `/api/self-evaluations?year=${year}&`,
      await deep('self_evaluations', 'updated_at', `year = ${year}`),
    ),
    'monitoring-entries': pages(
      `/api/monitoring/rounds/${roundId}/entries?`,
      await deep('monitoring_entries', 'updated_at', `round_id = '${roundId}'`),
    ),
    budgets: pages('/api/budgets?', await deep('budgets', 'updated_at', 'true')),
    'check-batches': pages(
      `/api/check-batches?year=${year}&`,
      await deep('check_batches', 'created_at', `year = ${year}`),
    ),
    audit: pages(
      '/api/audit?',
      auditIds.map((r) => encodeIdCursor(Number(r.id))),
    ),
  };
}

/** The benches' named rows of the paged lists (gc-tail.ts, cpu-split.ts): each list's first page and its deep pages. */
export function listRows(lists: Awaited<ReturnType<typeof listPaths>>): Record<string, string[]> {
  return {
    'entries.first': lists['monitoring-entries'].first,
    'entries.deep': lists['monitoring-entries'].deep,
    'self-evaluations.first': lists['self-evaluations'].first,
    'self-evaluations.deep': lists['self-evaluations'].deep,
    'budgets.first': lists.budgets.first,
    'batches.first': lists['check-batches'].first,
    'batches.deep': lists['check-batches'].deep,
  };
}
