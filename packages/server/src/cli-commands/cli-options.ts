// Shared by the admin commands: reading their options, where --help prints the usage and a bad option fails
// with it (exit 1, no stack trace).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fail } from './with-database.ts';

type Values<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>['values'];

/** The options as parseArgs reads them, or the exit code when the command has nothing more to do. */
export function readOptions<T extends ParseArgsConfig>(config: T, usage: string): Values<T> | number {
  let values: Values<T>;
  try {
    ({ values } = parseArgs(config));
  } catch (e) {
    return fail(`${(e as Error).message}\n${usage}`);
  }
  if ((values as { help?: unknown }).help === true) return (console.log(usage), 0);
  return values;
}
