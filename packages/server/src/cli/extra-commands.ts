// Sub-commands that live with their features (export, administration), wired into `jixiao`.
import { runExport } from './export-command.ts';

export interface ExtraCommand {
  usage: string;
  /** Number of words that name the command (`user add` is 2). */
  words: number;
  matches(argv: string[]): boolean;
  run(args: string[]): Promise<number>;
}

const lazy = (load: () => Promise<{ run(args: string[]): Promise<number> }>) => async (args: string[]) =>
  (await load()).run(args);

export const extraCommands: ExtraCommand[] = [
  {
    usage: 'export 文件 --format xlsx|docx|pdf --out 路径   按官方表样导出',
    words: 1,
    matches: (a) => a[0] === 'export',
    run: runExport,
  },
  {
    usage: 'user add --username 用户名 --role filler|reviewer|finance|admin --org 组织   新增用户（管理员）',
    words: 2,
    matches: (a) => a[0] === 'user' && a[1] === 'add',
    run: lazy(() => import('../cli-commands/user-add.ts')),
  },
  {
    usage: 'org add …   新增组织（管理员）',
    words: 2,
    matches: (a) => a[0] === 'org' && a[1] === 'add',
    run: lazy(() => import('../cli-commands/org-add.ts')),
  },
  {
    usage: 'backup 输出文件   备份数据库（PGlite 或 PostgreSQL）',
    words: 1,
    matches: (a) => a[0] === 'backup',
    run: lazy(() => import('../cli-commands/backup.ts')),
  },
  {
    usage: 'restore 备份文件   从备份恢复数据库',
    words: 1,
    matches: (a) => a[0] === 'restore',
    run: lazy(() => import('../cli-commands/restore.ts')),
  },
];
