// `jixiao org add --name NAME --kind finance|department|unit [--parent ORG] [--code CODE]`
import { AppError } from '../http/errors.ts';
import { createOrg, orgKinds, type OrgKind } from '../features/orgs/orgs.service.ts';
import { fail, withDatabase } from './with-database.ts';
import { readOptions } from './cli-options.ts';
import { resolveOrg } from './resolve-org.ts';

const usage =
  '用法: jixiao org add --name 名称 --kind finance|department|unit [--parent 上级组织(名称、路径或 id)] [--code 代码]';

export async function run(args: string[]): Promise<number> {
  const values = readOptions(
    {
      args,
      options: {
        name: { type: 'string' },
        kind: { type: 'string' },
        parent: { type: 'string' },
        code: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    },
    usage,
  );
  if (typeof values === 'number') return values;
  if (!values.name || !values.kind) return fail(usage);
  if (!(orgKinds as readonly string[]).includes(values.kind))
    return fail(`--kind 须为 ${orgKinds.join(' / ')}\n${usage}`);
  return withDatabase(async ({ db }) => {
    let parentId: string | null = null;
    if (values.parent) {
      const parent = await resolveOrg(db, values.parent);
      if (typeof parent === 'string') return fail(parent);
      parentId = parent.id;
    }
    try {
      const org = await db.transaction((tx) =>
        createOrg(
          tx,
          { actor: null, ip: 'cli' },
          { name: values.name!, kind: values.kind as OrgKind, code: values.code ?? null, parentId },
        ),
      );
      console.log(`已创建组织 ${org.name} (${org.kind}) id=${org.id}`);
      return 0;
    } catch (e) {
      if (e instanceof AppError) return fail(e.message);
      throw e;
    }
  });
}
