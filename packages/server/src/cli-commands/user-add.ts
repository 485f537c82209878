// `jixiao user add --username NAME --role filler|reviewer|finance|admin --org ORG [--name 显示名]`
// The password is generated and printed once (or read from stdin with --password-stdin).
import { AppError } from '../http/errors.ts';
import { roles, type Role } from '../http/access.ts';
import { createUser } from '../features/users/users.service.ts';
import { fail, withDatabase } from './with-database.ts';
import { readOptions } from './cli-options.ts';
import { resolveOrg } from './resolve-org.ts';

const usage =
  '用法: jixiao user add --username 用户名 --role filler|reviewer|finance|admin --org 组织(名称、路径或 id) [--name 显示名] [--password-stdin]';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function run(args: string[]): Promise<number> {
  const values = readOptions(
    {
      args,
      options: {
        username: { type: 'string' },
        role: { type: 'string' },
        org: { type: 'string' },
        name: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    },
    usage,
  );
  if (typeof values === 'number') return values;
  if (!values.username || !values.role || !values.org) return fail(usage);
  if (!(roles as readonly string[]).includes(values.role))
    return fail(`--role 须为 ${roles.join(' / ')}\n${usage}`);
  if (!/^[A-Za-z0-9_.-]{3,50}$/.test(values.username)) return fail('用户名为 3–50 个字母、数字或 _ . -');
  const password = values['password-stdin'] ? await readStdin() : undefined;
  return withDatabase(async ({ db }) => {
    const org = await resolveOrg(db, values.org!);
    if (typeof org === 'string') return fail(org);
    try {
      const { user, generatedPassword } = await db.transaction((tx) =>
        createUser(
          tx,
          { actor: null, ip: 'cli' },
          {
            username: values.username!,
            displayName: values.name,
            role: values.role as Role,
            orgId: org.id,
            password,
          },
        ),
      );
      console.log(`已创建用户 ${user.username} (${user.role}) 于 ${org.name}`);
      if (generatedPassword) console.log(`初始密码（只显示这一次）: ${generatedPassword}`);
      return 0;
    } catch (e) {
      if (e instanceof AppError) return fail(e.message);
      throw e;
    }
  });
}
