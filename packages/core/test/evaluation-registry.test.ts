// Meta-test of the 自评表 / 监控表 checks' registry, as for the form checks: every r-*.ts of the folder is
// registered, sorted by id, exports its own id, has a test beside it and Chinese messages.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluationRules } from '../src/checks/evaluation/index.ts';

const dir = fileURLToPath(new URL('../src/checks/evaluation/', import.meta.url));
const files = readdirSync(dir).filter((f) => /^r-[a-z]+-\d+\.ts$/.test(f)).sort();

describe('evaluation document check registry', () => {
  it('lists every rule file, sorted by id', () => {
    expect(evaluationRules.map((r) => `${r.meta.id.toLowerCase()}.ts`)).toEqual(files);
  });
  it.each(files)('%s has a test beside it', (f) => expect(existsSync(dir + f.replace(/\.ts$/, '.test.ts'))).toBe(true));
  it.each(evaluationRules.map((r) => [r.meta.id, r] as const))('%s exports its own id and Chinese messages', async (id, rule) => {
    const mod = (await import(`${dir}${id.toLowerCase()}.ts`)) as { rule: unknown };
    expect(mod.rule).toBe(rule);
    expect(rule.meta.description).toMatch(/\p{Script=Han}/u);
    for (const text of Object.values(rule.meta.messages)) expect(text).toMatch(/：/);
    expect(rule.meta.appliesTo.length).toBeGreaterThan(0);
  });
});
