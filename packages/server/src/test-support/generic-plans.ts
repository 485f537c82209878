// The prepared list statements as PostgreSQL runs them on the generic-plan pool (db/prepared.ts
// `usesGenericPlans`): captured with their values while requests run, then each explained as executed with
// its generic plan and with a plan made for its values (`EXPLAIN (ANALYZE) EXECUTE` of a statement prepared
// by SQL on a connection of its own), and summed up: which table is read how (index or sequential scan),
// how many partitions were pruned as it ran. For generic-plans.test.ts and bench/generic-plans.ts.
import pg from 'pg';

export interface Captured {
  name: string;
  text: string;
  values: unknown[];
}

/** Captures the named statements sent on connections whose sessions force generic plans, while `run` runs. */
export async function captureGeneric(run: () => Promise<void>): Promise<Captured[]> {
  const captured = new Map<string, Captured>();
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [config, values] = args as [{ name?: string; text?: string; values?: unknown[] } | string, unknown];
    const options = (this as unknown as { connectionParameters?: { options?: string } }).connectionParameters
      ?.options;
    if (typeof config === 'object' && config.name && options?.includes('force_generic_plan'))
      captured.set(config.name, {
        name: config.name,
        text: config.text ?? '',
        values: (Array.isArray(values) ? values : config.values) ?? [],
      });
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = query;
  }
  return [...captured.values()];
}

/** A value as an SQL literal of unknown type (PostgreSQL gives it the parameter's type), as pg sends it. */
function literal(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  return pg.Client.prototype.escapeLiteral(textOf(v));
}

function textOf(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v))
    return `{${v.map((x) => (x === null ? 'NULL' : `"${textOf(x).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** One node of an executed plan (EXPLAIN FORMAT JSON). */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Subplans Removed'?: number;
  'Actual Loops'?: number;
  'Plan Rows'?: number;
  Plans?: PlanNode[];
}

export interface Explained {
  plan: PlanNode;
  planningMs: number;
  executionMs: number;
}

/** The statement's executed plan in `mode` (`force_generic_plan` or `force_custom_plan`). */
export async function explainExecuted(
  url: string,
  statement: Captured,
  mode: 'force_generic_plan' | 'force_custom_plan',
): Promise<Explained> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`set plan_cache_mode = ${mode}`);
    await client.query(`prepare jx_explained as ${statement.text}`);
    const args = statement.values.map(literal).join(', ');
    const r = await client.query(
      `explain (analyze, format json) execute jx_explained${args ? `(${args})` : ''}`,
    );
    const out = (
      r.rows[0] as { 'QUERY PLAN': [{ Plan: PlanNode; 'Planning Time': number; 'Execution Time': number }] }
    )['QUERY PLAN'][0];
    return { plan: out.Plan, planningMs: out['Planning Time'], executionMs: out['Execution Time'] };
  } finally {
    await client.end();
  }
}

/** Every node of a plan, depth first. */
export function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

/** The scans that ran (`Actual Loops` > 0), as `relation: node type [index]`, in plan order. */
export function scansOf(plan: PlanNode): string[] {
  return nodesOf(plan)
    .filter((n) => n['Relation Name'] && (n['Actual Loops'] ?? 1) > 0)
    .map((n) => `${n['Relation Name']}: ${n['Node Type']}${n['Index Name'] ? ` ${n['Index Name']}` : ''}`);
}

/** How many partitions the plan's Append nodes left out, at planning or as it ran. */
export function subplansRemoved(plan: PlanNode): number {
  return nodesOf(plan).reduce((n, node) => n + (node['Subplans Removed'] ?? 0), 0);
}
