import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_LIMITS, archiveFiles } from './read-archive.ts';

describe('archive files past the cap of one file', () => {
  it('refuses an inner file past the cap with the shared wording: its size to a tenth of a MB and the cap named', () => {
    const inner = new Uint8Array(1.2 * 1048576).fill(0x41);
    const zip = zipSync({
      'big.txt': [inner, { level: 0 }],
      'small.txt': [new Uint8Array(10), { level: 0 }],
    });
    const files = archiveFiles(zip, { ...ARCHIVE_LIMITS, maxEntryBytes: 1048576 });
    const big = files.find((f) => f.name === 'big.txt')!;
    expect(() => big.read()).toThrow(
      expect.objectContaining({
        code: 'file-too-large',
        message: '文件过大（1.2 MB，超过上限 1 MB）：请删去无关内容或拆分成几个文件后导入',
      }),
    );
    expect(files.find((f) => f.name === 'small.txt')!.read().length).toBe(10);
  });

  it('names a cap that is not a whole number of MB to a tenth', () => {
    const zip = zipSync({ 'big.txt': [new Uint8Array(1048576), { level: 0 }] });
    const [big] = archiveFiles(zip, { ...ARCHIVE_LIMITS, maxEntryBytes: 300_000 });
    expect(() => big!.read()).toThrow('文件过大（1.0 MB，超过上限 0.3 MB）');
  });
});
