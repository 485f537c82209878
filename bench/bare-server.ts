// bare-routes.ts in a process of its own (the page's bytes sent by the parent before it listens): beside an
// uncached server forked on its own, a baseline left in the harness's process would share the harness's
// garbage collections and CPU and flatter every ratio against it.
import { bareRoutes } from './bare-routes.ts';

const page = await new Promise<Buffer>((resolve) =>
  process.once('message', (m) => resolve(Buffer.from((m as { page: string }).page, 'base64'))),
);
const app = bareRoutes(page);
await app.listen({ host: '127.0.0.1', port: 0 });
process.send!({ port: (app.server.address() as { port: number }).port });
process.on('SIGTERM', () => process.exit(0));
