import { MessageChannel } from 'node:worker_threads';
const d = new Uint8Array(14 * 1024 * 1024).map((_, i) => i);
const { port1, port2 } = new MessageChannel();
port2.on('message', () => {});
for (let i = 0; i < 3; i++) {
  let t = performance.now(); structuredClone(d); const a = performance.now() - t;
  t = performance.now(); port1.postMessage(d); const b = performance.now() - t;
  t = performance.now(); const c = d.slice(); port1.postMessage(c, [c.buffer]); const e = performance.now() - t;
  console.log({ clone: a.toFixed(1), post: b.toFixed(1), sliceTransfer: e.toFixed(1) });
}
port1.close();
