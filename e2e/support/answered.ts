// A write the page sends (a save, a workflow step) is done when the server has answered it: the answer
// is what a test waits for, not a toast that says so for a few seconds, and a failed answer is reported
// with the server's own words instead of as a missing text.
import type { Page, Response } from 'playwright-core';

/**
 * Does `act`, then waits for the answer to the first request it sends whose method is not GET and whose
 * path matches `path`; throws with the status and body when that answer is not a success, or with the
 * browser's reason when the request failed.
 */
export async function answered(page: Page, path: RegExp, act: () => Promise<void>): Promise<Response> {
  const sent = (r: { method(): string; url(): string }) =>
    r.method() !== 'GET' && path.test(new URL(r.url()).pathname);
  const response = page.waitForResponse((r) => sent(r.request()));
  const failed = page.waitForEvent('requestfailed', { predicate: sent }).then((r): never => {
    throw new Error(`${r.method()} ${r.url()} failed: ${r.failure()?.errorText ?? 'no answer'}`);
  });
  // Whichever does not happen rejects later (its hang guard, or the page closing): nobody waits for it then.
  response.catch(() => undefined);
  failed.catch(() => undefined);
  await act();
  const outcome = await Promise.race([response, failed]);
  if (!outcome.ok())
    throw new Error(
      `${outcome.request().method()} ${outcome.url()} answered ${outcome.status()}: ${await outcome.text()}`,
    );
  return outcome;
}
