// A document about a form rather than the form: 项目支出绩效自评表填写样例 (the example a notice appends, its file
// name heading a library's page), …自评表填报说明 (the notes on filling it in). Such words name a form the text need
// not hold — the example shown may be another form (附件3:样例 项目支出绩效目标申报表 项目名称 …) or the notes alone —
// so they say nothing of what the text is.

/**
 * The kind word of a form's title run into the words that make it a guide's (自评表填写样例, 监控表填报说明, 评价表
 * 编制指南 …): taking it out leaves no 自评表 or 监控表 title behind (项目支出绩效…).
 */
const GUIDE_CAPTION =
  /(?:自评|自评价|监控|评价)(?:情况)?表(?:的)?(?:填写|填报|编制)(?:样例|示例|范例|说明|指南)/gu;

/** The text with every guide's caption's kind word taken out (the rest kept as it was). */
export function withoutGuideCaptions(text: string): string {
  return text.replace(GUIDE_CAPTION, '');
}
