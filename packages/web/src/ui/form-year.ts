// A form's year as every list writes it: "2026年", or "年度未填" when the document named none (a 批复表
// may carry no year) — a list never leaves the year blank, so that a form filed under no year is seen.
export function formYearText(year: number | null | undefined): string {
  return year ? `${year}年` : '年度未填';
}
