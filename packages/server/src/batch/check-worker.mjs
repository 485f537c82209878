// Entry of a batch-check worker thread: registers tsx (the pool passes no execArgv; see
// documents/document-worker.mjs) before loading the TypeScript task.
import { register } from 'tsx/esm/api';

register();
const { default: checkDocument } = await import('./check-task.ts');

export default checkDocument;
