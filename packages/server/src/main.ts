// Start the server: read the configuration, open and migrate the database (PGlite in ./data by
// default), seed the demo city into a new database (default with PGlite, or with --demo / DEMO=true),
// listen; close everything on SIGINT/SIGTERM.
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { seedDemo, type DemoResult } from './demo/seed-demo.ts';

function printDemo(result: DemoResult): void {
  const lines = [
    '',
    '演示数据已创建 (demo city created). 以下密码只显示这一次 (passwords are shown once):',
    ...result.accounts.map((a) => `  ${a.role.padEnd(9)} ${a.username.padEnd(14)} ${a.password}   ${a.org}`),
    `  导入表单 ${result.forms} 份${result.notes.length ? '；' + result.notes.join('；') : ''}`,
    '',
  ];
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: closing`);
    try {
      await app?.close();
    } finally {
      await database.close();
      process.exit(0);
    }
  };
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await database.migrate();
    if (config.demo || process.argv.includes('--demo')) {
      const demo = await seedDemo(database);
      if (demo) printDemo(demo);
    }
    app = await buildApp({ config, database, warmDocuments: config.importWorkersWarm });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(
      `Jixiao server: http://${config.host}:${port}/api/docs (${database.driver === 'pglite' ? `PGlite ${config.dataDir}` : 'PostgreSQL'})`,
    );
  } catch (e) {
    console.error(e);
    await app?.close();
    await database.close();
    process.exit(1);
  }
}

void main();
