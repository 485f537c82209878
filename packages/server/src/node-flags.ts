// The flags the server's Node process is started with (`npm start`, package.json), and with which the benches
// start the server they measure, so that they measure it as it runs.
//
// `--min-semi-space-size=16`: V8's young generation (where a request's objects are made and mostly die) is not
// shrunk below 16 MB. Left to itself, after a quiet spell a busy server started its next burst with about twice
// the collections a request (list-cpu.ts, forms page 1 after 31 s idle at 50 connections: 0.032–0.046 a request
// in five runs against 0.016–0.018 without the pause; with this flag 0.016–0.017 after the pause), each a pause of
// every request in hand — the bench's first uncached run had a tail the runs after it did not (docs/scale.md).
//
// `--max-semi-space-size=64`: under load the young generation may grow to four times V8's default most (16 MB a
// semi-space, 32 MB in all), and shrinks back to the floor above in a quiet spell. At 50 connections a list page
// allocates ~270 kB a request (the rows, their strings, the answer's text and bytes) and each collection copies the
// objects of every request in hand: with the default most a collection came every ~60 requests, with this one
// every ~150–250, and the collections' pauses a request were about a third (list-cpu.ts TAIL=1, forms page 1,
// self-evaluations and check batches, in turn: 0.06–0.28 ms → 0.013–0.067; docs/scale.md, thirty-first session).
// The cost: up to 96 MB more memory while busy.
//
// `--heap-growing-percent=100`: after a mark-compact V8 lets the old generation grow by its own live size (a
// factor of 2) before it marks again, instead of a factor it picks from its speeds — 1.1 in a busy server whose
// requests promote little. V8 counts the external memory made since the last mark-compact (Buffers,
// ArrayBuffers: a page's bytes read from PostgreSQL and its answer) as if it were old generation, and starts
// marking when the room left is less than the young generation: a list page of few objects and many bytes (a
// round's entries, the audit log: ~45 kB of buffers to ~56 kB of objects a request) raises that count by ~30 MB
// between two scavenges, more than the ~8 MB of room a factor of 1.1 leaves a ~66 MB heap, so one mark-compact
// followed another, 3–9 in a run of 5 s, each in a scavenge's place (`bench/gc-tail.ts`, docs/scale.md, h-gc38).
// The cost: the old generation may reach twice its live size before it is collected (~66 → ~130 MB in the server
// bench's process), and a program that promotes fast grows it by 2 where V8 would have allowed up to 4.
export const SERVER_NODE_FLAGS: readonly string[] = [
  '--min-semi-space-size=16',
  '--max-semi-space-size=64',
  '--heap-growing-percent=100',
];
