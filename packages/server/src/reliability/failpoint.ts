// Failpoints: named places in the server where a test can stop the process at a known state and then kill
// it, instead of killing it after a guessed time. `save-before-commit`: an import's save has written every
// form of its transaction and not committed it yet. The process announces the place on standard error and
// then waits there until it is killed.
//
// Inert in production: a failpoint is armed only from the environment at start (JIXIAO_FAILPOINT), and only
// when NODE_ENV=test as well; nothing a request sends can arm one, and an unarmed place costs one comparison.

export const FAILPOINTS = ['save-before-commit'] as const;
export type Failpoint = (typeof FAILPOINTS)[number];

/** The line a test waits for: the process is stopped at `name` and may be killed. */
export const failpointLine = (name: Failpoint): string => `failpoint ${name} reached`;

/**
 * The failpoint armed by this environment, if any: JIXIAO_FAILPOINT under NODE_ENV=test. Outside tests the
 * variable is ignored. Under tests a name that is no failpoint is an error, so that a misspelt one cannot
 * make a test pass without stopping anywhere.
 */
export function armedFailpoint(env: Record<string, string | undefined>): Failpoint | undefined {
  const name = env.JIXIAO_FAILPOINT;
  if (env.NODE_ENV !== 'test' || name === undefined || name === '') return undefined;
  if (!(FAILPOINTS as readonly string[]).includes(name))
    throw new Error(
      `配置错误 (configuration): JIXIAO_FAILPOINT=${name} 不是故障点（${FAILPOINTS.join('、')}）`,
    );
  return name as Failpoint;
}

/**
 * Passes `name` unless it is the armed failpoint; there it announces itself through `announce` (standard
 * error by default) and never returns, holding whatever the caller holds (a transaction) until the
 * process is killed.
 */
export async function failpoint(
  armed: Failpoint | undefined,
  name: Failpoint,
  announce: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<void> {
  if (armed !== name) return;
  announce(failpointLine(name));
  await new Promise<never>(() => undefined);
}
