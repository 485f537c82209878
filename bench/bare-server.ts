// bare-routes.ts in a process of its own (the page's bytes sent by the parent before it listens): beside an
// uncached server forked on its own, a baseline left in the harness's process would share the harness's
// garbage collections and CPU and flatter every ratio against it. WORKERS=N (N > 1): in N processes sharing the
// port (node:cluster), as the uncached server then runs, so that a ratio compares like with like.
import cluster from 'node:cluster';
import { bareRoutes } from './bare-routes.ts';
import { superviseWorkers } from '../packages/server/src/cluster/supervise-workers.ts';

const workers = Math.max(1, Number(process.env.WORKERS ?? 1));
const page = await new Promise<string>((resolve) => {
  process.once('message', (m) => resolve((m as { page: string }).page));
  // A worker asks its primary once it listens for messages (one sent before would be lost).
  if (cluster.isWorker) process.send!('page?');
});
if (cluster.isPrimary && workers > 1) {
  const supervisor = superviseWorkers({ count: workers, log: (line) => console.error(line) });
  cluster.on('message', (worker, m) => {
    if (m === 'page?') worker.send({ page });
  });
  const port = await supervisor.listening;
  process.on('SIGTERM', () => void supervisor.stop().then(() => process.exit(0)));
  process.send!({ port });
} else {
  const app = bareRoutes(Buffer.from(page, 'base64'));
  await app.listen({ host: '127.0.0.1', port: 0 });
  if (cluster.isPrimary) process.send!({ port: (app.server.address() as { port: number }).port });
  process.on('SIGTERM', () => process.exit(0));
}
