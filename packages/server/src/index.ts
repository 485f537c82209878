// @jixiao/server: the HTTP API, database layer and administrative commands.
export { buildApp, type BuildOptions } from './app.ts';
export { loadConfig, testConfig, type Config } from './config.ts';
export { openDatabase, fromPglite, fromPostgres, type Database, type Db } from './db/client.ts';
export { seedDemo } from './demo/seed-demo.ts';
