// Configuration variables whose parsing is a decision of their own.
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('IMPORT_WORKERS_WARM', () => {
  it('keeps a reading worker loaded from start-up unless told not to', () => {
    expect(loadConfig({}).importWorkersWarm).toBe(true);
    expect(loadConfig({ IMPORT_WORKERS_WARM: 'true' }).importWorkersWarm).toBe(true);
    expect(loadConfig({ IMPORT_WORKERS_WARM: 'false' }).importWorkersWarm).toBe(false);
    expect(loadConfig({ IMPORT_WORKERS_WARM: '0' }).importWorkersWarm).toBe(false);
  });

  it('refuses a value that is not a yes or a no', () => {
    expect(() => loadConfig({ IMPORT_WORKERS_WARM: 'sometimes' })).toThrow(/IMPORT_WORKERS_WARM/);
  });
});
