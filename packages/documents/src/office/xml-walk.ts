// Bounded streaming walk over XML (office parts) or HTML: htmlparser2 emits open/text/close events as chunks
// arrive, nothing is built as a tree and nothing recurses on the document's depth; a count of elements and
// a nesting limit refuse a hostile file early with 'document-too-complex'; a DTD is refused as 'unsafe-xml'.
import { Parser } from 'htmlparser2';
import { ImportError, tooComplex } from '../import-errors.ts';

/** What a reader does with the events, in document order. */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

export interface XmlLimits {
  /** Most elements (start tags) the walk accepts. */
  maxElements: number;
  /** Deepest nesting accepted; real office files stay below ~40. */
  maxDepth: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxElements: 3_000_000, maxDepth: 256 };

export interface XmlWalkOptions {
  limits?: XmlLimits;
  /** HTML rules (implied end tags, void elements) instead of strict XML. */
  html?: boolean;
  /** Elements already counted (several parts of one package share one budget). */
  counted?: number;
}

/** Feeds text chunks through one parser; `write` may throw ImportError from the limits or the handler. */
export class XmlWalk {
  private readonly parser: Parser;
  private readonly limits: XmlLimits;
  private depth = 0;
  private ending = false;
  private count: number;

  constructor(
    handler: XmlHandler,
    private readonly part: string,
    options: XmlWalkOptions = {},
  ) {
    this.limits = options.limits ?? DEFAULT_XML_LIMITS;
    this.count = options.counted ?? 0;
    const html = options.html === true;
    this.parser = new Parser(
      {
        onopentag: (name, attrs) => {
          if (++this.count > this.limits.maxElements)
            throw tooComplex(`${part} 中超过 ${this.limits.maxElements} 个元素`);
          if (++this.depth > this.limits.maxDepth)
            throw tooComplex(`${part} 中的元素嵌套超过 ${this.limits.maxDepth} 层`);
          handler.open(name, attrs);
        },
        onclosetag: (name) => {
          // Elements still open when the text ends: a strict XML part is truncated or malformed.
          if (this.ending && !html) throw this.malformed('标签未闭合，内容可能不完整');
          this.depth--;
          handler.close(name);
        },
        ontext: (text) => handler.text(text),
        onprocessinginstruction: (name) => {
          if (!html && name.startsWith('!')) throw unsafe(part);
        },
      },
      { xmlMode: !html, decodeEntities: true },
    );
  }

  /** Elements seen so far (including `counted`). */
  get elements(): number {
    return this.count;
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  end(): void {
    this.ending = true;
    this.parser.end();
  }

  private malformed(detail: string): ImportError {
    return new ImportError(
      'corrupt-archive',
      `文件中的 ${this.part} 不是有效的 XML（${detail}）：请在 Word/Excel 中重新另存后再导入`,
    );
  }
}

function unsafe(part: string): ImportError {
  return new ImportError(
    'unsafe-xml',
    `文件中的 ${part} 含有 DTD/实体声明（<!DOCTYPE> 或 <!ENTITY>），正常的 Word/Excel 文件不会有，可能是恶意构造的文件：请在 Word/Excel 中重新另存后再导入`,
  );
}

/** Walks a whole string (tests, small parts). */
export function walkXml(xml: string, handler: XmlHandler, part: string, options?: XmlWalkOptions): number {
  const walk = new XmlWalk(handler, part, options);
  walk.write(xml);
  walk.end();
  return walk.elements;
}
