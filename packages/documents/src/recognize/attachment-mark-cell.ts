// An attachment's number in a cell of its own: 附件2 | 某某资金绩效目标表. A notice's attachments open with their number
// on its own line (附件2) and the title on the next; a copy that writes a table's cells one a line, each closed by
// ' |', runs the two into one row, the mark its first cell. The mark is no part of the title, and the row is the title's.
// A line that opens inside a bracket is the other half of that habit: a title broken after its opening bracket
// (…补助（第二批 / 应急救助）资金绩效目标表) leaves a tail that is no title of its own.

/** 附件, 附表 or 附 with a number (2, 二, 1-2), a colon or stop after it or not, and nothing else. */
const ATTACHMENT_MARK =
  /^\s*附(?:件|表)?\s*(?:\d{1,2}(?:\s*-\s*\d{1,2})?|[一二三四五六七八九十]{1,3})\s*[:：.．、]?\s*$/;

/** Whether a cell is an attachment's number alone (附件2, 附表一：). */
export function isAttachmentMark(cell: string): boolean {
  return ATTACHMENT_MARK.test(cell);
}

/** Whether a text's first bracket closes one (应急救助）资金绩效目标表): it opens inside a bracket the line above began. */
export function opensInsideBracket(text: string): boolean {
  const m = /[（(）)]/.exec(text);
  return m !== null && (m[0] === '）' || m[0] === ')');
}
