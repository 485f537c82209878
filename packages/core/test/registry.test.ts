// Meta-test of the check registry (STYLE.md): every rule file is registered, sorted by id, named after its
// id, and has a test beside it. Lives outside src because it reads the folder (core/src has no node:fs).
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/checks/rules/index.ts';

const dir = fileURLToPath(new URL('../src/checks/rules/', import.meta.url));
const ruleFiles = readdirSync(dir)
  .filter((f) => /^r-[a-z]+-\d+\.ts$/.test(f))
  .sort();
const fileOf = (id: string) => `${id.toLowerCase()}.ts`;

describe('check registry', () => {
  it('lists every rule file of the folder', () => {
    expect(rules.map((r) => fileOf(r.meta.id)).sort()).toEqual(ruleFiles);
  });

  it('is sorted by id, without duplicates', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ruleFiles)('%s has a test file beside it', (file) => {
    expect(existsSync(`${dir}${file.replace(/\.ts$/, '.test.ts')}`)).toBe(true);
  });

  it.each(rules.map((r) => [r.meta.id, r] as const))(
    '%s exports its own id from the file named after it',
    async (id, rule) => {
      const mod = (await import(`${dir}${fileOf(id)}`)) as { rule: unknown };
      expect(mod.rule).toBe(rule);
    },
  );

  it.each(rules.map((r) => [r.meta.id, r] as const))('%s has complete metadata', (_id, rule) => {
    expect(rule.meta.description).toMatch(/\p{Script=Han}/u);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const text of Object.values(rule.meta.messages)) expect(text).toMatch(/：/);
    expect(rule.meta.appliesTo.length).toBeGreaterThan(0);
  });
});
