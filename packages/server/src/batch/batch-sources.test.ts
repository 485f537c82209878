import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_IMPORT_BYTES } from '@jixiao/documents';
import { afterAll, describe, expect, it } from 'vitest';
import { sourcesOfPaths } from './batch-sources.ts';

const tmp = mkdtempSync(join(tmpdir(), 'batch-sources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A sparse file of `size` bytes (quick to write, nothing read). */
function sized(name: string, size: number): string {
  const path = join(tmp, name);
  const fd = openSync(path, 'w');
  writeSync(fd, '\0', size - 1);
  closeSync(fd);
  return path;
}

describe('batch files past the cap', () => {
  it('refuses a file a byte past the cap with the shared wording: size to a tenth of a MB, the cap named', async () => {
    const [source] = await sourcesOfPaths([sized('over.txt', MAX_IMPORT_BYTES + 1)]);
    await expect(source!.load()).rejects.toMatchObject({
      code: 'file-too-large',
      message: '文件过大（50.0 MB，超过上限 50 MB）：请删去无关内容或拆分成几个文件后导入',
    });
  });
});
