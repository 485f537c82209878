import { describe, it } from 'vitest';
import { budgetFromDisclosure, generateDisclosure, type Disclosure } from '@jixiao/core';
import { importText } from '../src/import-document.ts';
import { seedText } from './seeds.ts';

describe('scratch', () => {
  it('prints', () => {
    const forms = importText(seedText('003'));
    const d = forms.find((f) => f.kind === 'disclosure') as Disclosure;
    const b = budgetFromDisclosure(d, forms);
    console.log(JSON.stringify(b, null, 1));
    const g = generateDisclosure(b);
    for (const s of g.sections.slice(2)) console.log(s.title + '\n' + s.text);
    for (const t of g.tables) { console.log('TABLE', t.title, t.note ?? ''); for (const r of t.rows) console.log(JSON.stringify(r)); }
  });
});
