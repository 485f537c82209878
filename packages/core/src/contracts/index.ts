// The HTTP contract between the server and the web: every request and response schema, one file per
// feature. The server validates with these schemas (through its Fastify type provider) and the web's API
// clients type their calls with `z.input` of the same schemas, so a change on one side fails `tsc` on
// the other. Dates travel as ISO strings (`timestamp`).
export * from './common.ts';
export * from './forms.ts';
