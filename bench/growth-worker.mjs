// Entry of a growth bench worker thread: it starts as plain Node, so it registers tsx itself before loading the
// TypeScript case (as packages/server/src/documents/document-worker.mjs does).
import { register } from 'tsx/esm/api';

register();
await import('./growth-worker.ts');
