// A stand-in document worker for the pool's own tests: a task's file name says what to do — "busy:MS" keeps
// the thread busy for MS milliseconds, "hog" allocates until the heap cap ends the thread, anything else
// answers at once with no rows, naming the thread it ran on.
import { threadId } from 'node:worker_threads';

export default function standIn(task) {
  const [what, arg] = task.fileName.split(':');
  if (what === 'busy') {
    const until = Date.now() + Number(arg);
    while (Date.now() < until);
  }
  if (what === 'hog') {
    const kept = [];
    for (;;) kept.push(new Array(1_000_000).fill(kept.length));
  }
  return { ok: true, format: 'text', rows: [{ cells: [String(threadId)], table: false }] };
}
