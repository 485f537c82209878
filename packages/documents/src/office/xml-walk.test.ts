// The bounded streaming walk: events in document order, entities decoded, limits, DTDs, truncation, HTML.
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-errors.ts';
import { XmlWalk, walkXml, type XmlHandler } from './xml-walk.ts';

/** Records the events; text arriving in pieces (around entities, across chunks) is joined. */
function recorder(): XmlHandler & { events: string[] } {
  const events: string[] = [];
  let inText = false;
  const tag = (event: string) => {
    events.push(event);
    inText = false;
  };
  return {
    events,
    open: (name, attrs) =>
      tag(
        `<${name}${Object.entries(attrs)
          .map(([k, v]) => ` ${k}=${v}`)
          .join('')}>`,
      ),
    close: (name) => tag(`</${name}>`),
    text: (text) => {
      if (inText) events[events.length - 1] += text;
      else events.push(text);
      inText = true;
    },
  };
}

function codeOf(work: () => unknown): string {
  try {
    work();
    return 'no error';
  } catch (e) {
    if (e instanceof ImportError) return e.code;
    throw e;
  }
}

describe('XmlWalk', () => {
  it('reports elements, attributes and text in order, decoding only the XML entities', () => {
    const r = recorder();
    walkXml('<?xml version="1.0"?><a x="1 &amp; 2"><b/>甲&lt;乙&#x4E19;&unknown;<![CDATA[<c>]]></a>', r, 'p');
    expect(r.events).toEqual(['<a x=1 & 2>', '<b>', '</b>', '甲<乙丙&unknown;<c>', '</a>']);
  });

  it('accepts text cut anywhere across chunks', () => {
    const xml = '<a><b k="v">文字</b></a>';
    const whole = recorder();
    walkXml(xml, whole, 'p');
    const cut = recorder();
    const walk = new XmlWalk(cut, 'p');
    for (const ch of xml) walk.write(ch);
    walk.end();
    expect(cut.events).toEqual(whole.events);
  });

  it('counts elements and nesting against the limits', () => {
    const limits = { maxElements: 3, maxDepth: 2 };
    expect(codeOf(() => walkXml('<a><b/><b/></a>', recorder(), 'p', { limits }))).toBe('no error');
    expect(codeOf(() => walkXml('<a><b/><b/><b/></a>', recorder(), 'p', { limits }))).toBe(
      'document-too-complex',
    );
    expect(codeOf(() => walkXml('<a><b><c/></b></a>', recorder(), 'p', { limits }))).toBe(
      'document-too-complex',
    );
    // Several parts share one budget.
    expect(codeOf(() => walkXml('<a/>', recorder(), 'p', { limits, counted: 3 }))).toBe(
      'document-too-complex',
    );
  });

  it('refuses a DTD anywhere in XML, and a part cut short', () => {
    expect(codeOf(() => walkXml('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', recorder(), 'p'))).toBe(
      'unsafe-xml',
    );
    expect(codeOf(() => walkXml(`<a>${' '.repeat(10_000)}<!ENTITY e "x"></a>`, recorder(), 'p'))).toBe(
      'unsafe-xml',
    );
    expect(codeOf(() => walkXml('<a><b>', recorder(), 'p'))).toBe('corrupt-archive');
  });

  it('in HTML mode: a doctype, void elements and implied end tags are normal', () => {
    const r = recorder();
    walkXml('<!DOCTYPE html><table><tr><td>项目名称<br>甲<td>乙</table>', r, 'page.html', { html: true });
    expect(r.events).toEqual([
      '<table>',
      '<tr>',
      '<td>',
      '项目名称',
      '<br>',
      '</br>',
      '甲',
      '</td>',
      '<td>',
      '乙',
      '</td>',
      '</tr>',
      '</table>',
    ]);
  });
});
