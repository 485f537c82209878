// The flags the server's Node process is started with (`npm start`, package.json), and with which the benches
// start the server they measure, so that they measure it as it runs.
//
// `--min-semi-space-size=16`: V8's young generation (where a request's objects are made and mostly die) is not
// shrunk below 16 MB. Left to itself, after a quiet spell a busy server started its next burst with about twice
// the collections a request (list-cpu.ts, forms page 1 after 31 s idle at 50 connections: 0.032–0.046 a request
// in five runs against 0.016–0.018 without the pause; with this flag 0.016–0.017 after the pause), each a pause of
// every request in hand — the bench's first uncached run had a tail the runs after it did not (docs/scale.md).
export const SERVER_NODE_FLAGS: readonly string[] = ['--min-semi-space-size=16'];
