// The server side of detail-http-ab-cpu.ts: the apps of two checkouts (CHECKOUT_A, CHECKOUT_B) over DATABASE_URL
// with their caches off, in this one process, each listening on a port of its own, so that their CPU a request
// is compared over real HTTP (parsing, sockets, writev) without the drift between two processes or two runs.
// Answers by IPC: 'cpu' → this process's CPU so far (ms); 'profile' / 'profile-stop' → a CPU profile of what
// runs in between, written to PROFILE_OUT. Started by the bench with the server's Node flags.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { checkoutApp } from './checkout-app.ts';

const checkouts = [process.env.CHECKOUT_A!, process.env.CHECKOUT_B!];
const password = process.env.BENCH_PASSWORD!;
const apps: Awaited<ReturnType<typeof checkoutApp>>[] = [];
for (const c of checkouts) apps.push(await checkoutApp(c, password));
const ports: number[] = [];
for (const a of apps) {
  await a.app.listen({ host: '127.0.0.1', port: 0 });
  ports.push((a.app.server.address() as { port: number }).port);
}
let session: Session | undefined;
process.on('message', (m) => {
  void (async () => {
    if (m === 'cpu') {
      const c = process.cpuUsage();
      process.send!({ cpuMs: (c.user + c.system) / 1000 });
    } else if (m === 'profile') {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 250 });
      await session.post('Profiler.start');
      process.send!({ profiling: true });
    } else if (m === 'profile-stop' && session) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(process.env.PROFILE_OUT ?? 'detail-http.cpuprofile', JSON.stringify(profile));
      session.disconnect();
      process.send!({ profiled: true });
    } else if (m === 'close') {
      for (const a of apps) {
        await a.app.close();
        await a.database.close();
      }
      process.exit(0);
    }
  })();
});
process.send!({ ports, cookies: apps.map((a) => a.cookie) });
