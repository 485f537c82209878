import { afterEach, describe, expect, it, vi } from 'vitest';
import { readOptions } from './cli-options.ts';

const config = (args: string[]) => ({
  args,
  options: { name: { type: 'string' as const }, help: { type: 'boolean' as const } },
  strict: true as const,
});

describe('readOptions', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the options read', () => {
    expect(readOptions(config(['--name', '某局']), '用法')).toEqual({ name: '某局' });
  });

  it('prints the usage for --help and ends with 0', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(readOptions(config(['--help']), '用法: x')).toBe(0);
    expect(log).toHaveBeenCalledWith('用法: x');
  });

  it('fails with the reason and the usage on an unknown option', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(readOptions(config(['--nme', 'x']), '用法: x')).toBe(1);
    expect(String(error.mock.calls[0]![0])).toMatch(/--nme[\s\S]*\n用法: x$/);
  });
});
