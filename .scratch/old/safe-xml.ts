// XML parsing for office packages that refuses document type declarations (entity expansion,
// external entities) before any parser sees them.
import { XMLParser } from 'fast-xml-parser';
import { ImportError } from '../../packages/documents/src/import-errors.ts';

/** One node of fast-xml-parser's preserveOrder output: `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
export type XmlNode = Record<string, unknown>;

const UNSAFE = /<!DOCTYPE|<!ENTITY/i;

/** Throws ImportError('unsafe-xml') for XML that declares a DTD or entities. */
export function assertSafeXml(xml: string, part: string): void {
  if (UNSAFE.test(xml)) {
    throw new ImportError(
      'unsafe-xml',
      `文件中的 ${part} 含有 DTD/实体声明（<!DOCTYPE> 或 <!ENTITY>），正常的 Word/Excel 文件不会有，可能是恶意构造的文件：请在 Word/Excel 中重新另存后再导入`,
    );
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false, // decoded below: only the five XML entities and character references
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: false,
});

/** Parses an office XML part (after the safety check) into preserveOrder nodes. */
export function parseOfficeXml(xml: string, part: string): XmlNode[] {
  assertSafeXml(xml, part);
  try {
    return parser.parse(xml) as XmlNode[];
  } catch (e) {
    throw new ImportError(
      'corrupt-archive',
      `文件中的 ${part} 不是有效的 XML（${(e as Error).message}）：请在 Word/Excel 中重新另存后再导入`,
    );
  }
}

/** The tag name of a node ('#text' for text), ignoring the ':@' attribute key. */
export function tagOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const v = node[tagOf(node)];
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

export function attrOf(node: XmlNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, unknown> | undefined;
  const v = attrs?.[name];
  return v === undefined ? undefined : decodeEntities(String(v));
}

export function textOf(node: XmlNode): string {
  const v = node['#text'];
  return v === undefined ? '' : decodeEntities(String(v));
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined XML entities and numeric character references; anything else stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function firstChild(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}
