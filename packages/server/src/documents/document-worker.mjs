// Entry of a document-pool worker thread. A worker starts as plain Node (the pool passes no execArgv), so it
// registers tsx itself before loading the TypeScript task: this works the same under `node --import tsx`
// (the server) and under vitest (tests), which each load TypeScript their own way on the main thread.
import { register } from 'tsx/esm/api';

register();
const { default: runDocumentTask } = await import('./document-task.ts');

export default runDocumentTask;
