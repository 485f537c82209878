// Meta-test of the one check registry (STYLE.md): every rule file of every check folder is registered,
// sorted by id, named after its id, with complete metadata and data tests (a valid and an invalid case
// through the rule tester); and every rule id any code of the product reports is a registered rule. Lives
// outside src because it reads the folders (core/src has no node:fs).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { registry } from '../src/checks/registry.ts';
import { isFormRule } from '../src/checks/types.ts';

const checks = fileURLToPath(new URL('../src/checks/', import.meta.url));
const packages = fileURLToPath(new URL('../../', import.meta.url));
const folders = ['rules', 'budget', 'evaluation', 'history', 'monitoring'];
const ruleFiles = folders.flatMap((folder) =>
  readdirSync(join(checks, folder))
    .filter((f) => /^r-[a-z]+-\d+\.ts$/.test(f))
    .map((f) => ({ folder, file: f })),
);
const fileOf = (id: string) => `${id.toLowerCase()}.ts`;
const folderOf = (id: string) => ruleFiles.find((r) => r.file === fileOf(id))?.folder ?? '';

/** Every .ts/.tsx source of the product (tests left out: they name ids to check them). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'test') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Rule ids written as string literals ('R-…-NN') in code: what findings can carry. */
function reportedIds(): Set<string> {
  const ids = new Set<string>();
  for (const pkg of ['core', 'documents', 'server', 'web'])
    for (const file of sources(join(packages, pkg, 'src')))
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`](R-[A-Z]+-\d+)['"`]/g)) ids.add(m[1]!);
  return ids;
}

describe('check registry', () => {
  it('lists every rule file of every check folder', () => {
    expect(registry.map((r) => fileOf(r.meta.id)).sort()).toEqual(ruleFiles.map((r) => r.file).sort());
  });

  it('is sorted by id, without duplicates', () => {
    const ids = registry.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds every rule id that any finding of the product can carry', () => {
    const registered = new Set(registry.map((r) => r.meta.id));
    const reported = [...reportedIds()];
    expect(reported.length).toBeGreaterThan(registry.length / 2);
    expect(reported.filter((id) => !registered.has(id))).toEqual([]);
  });

  it.each(registry.map((r) => [r.meta.id, r] as const))(
    '%s exports its own id from the file named after it',
    async (id, rule) => {
      const mod = (await import(join(checks, folderOf(id), fileOf(id)))) as { rule: unknown };
      expect(mod.rule).toBe(rule);
    },
  );

  it.each(registry.map((r) => [r.meta.id, r] as const))('%s has complete metadata', (_id, rule) => {
    expect(rule.meta.description).toMatch(/\p{Script=Han}/u);
    expect(rule.meta.reference).toMatch(/^DOMAIN §\d/);
    expect(rule.meta.subjects.length).toBeGreaterThan(0);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    // A message says what to change; a template that relays a working's own message ({detail}) is that message.
    for (const text of Object.values(rule.meta.messages)) expect(text).toMatch(/[：须]|\{detail\}/);
    if (isFormRule(rule)) expect(rule.meta.appliesTo.length).toBeGreaterThan(0);
  });

  it.each(registry.map((r) => [r.meta.id] as const))('%s has data tests through the rule tester', (id) => {
    const test = join(checks, folderOf(id), fileOf(id).replace(/\.ts$/, '.test.ts'));
    expect(existsSync(test)).toBe(true);
    // The tester itself fails a rule without a valid and an invalid case.
    expect(readFileSync(test, 'utf8')).toMatch(
      /\b(ruleTester|subjectRuleTester|evaluationRuleTester)\(rule,/,
    );
  });
});
