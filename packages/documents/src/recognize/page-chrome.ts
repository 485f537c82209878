// A web page's own controls copied with the form (扫一扫在手机打开当前页, [打印] [关闭]): no text of the form, so
// never the wrapped end of a cell. The phrases are data: the words such a line is made of.
import { oneLine } from '../rows/clean-cell.ts';

/** Phrases of a page's controls and footer links, compared without spaces and brackets. */
export const PAGE_CONTROL_PHRASES: readonly string[] = [
  '扫一扫在手机打开当前页',
  '扫一扫在手机上查看当前页面',
  '打印本页',
  '关闭窗口',
  '打印',
  '关闭',
  '下载',
  '收藏',
  '分享到',
  '相关解读',
  '返回顶部',
  '返回',
  '字号',
  // a 政务公开 portal's links under the document (文件下载 / 政策咨询)
  '文件下载',
  '政策咨询',
  // a site's footer: the QR code image's text and the app's links (联系客服 关注微信 下载APP 返回顶部)
  'qrcode',
  '二维码',
  '手机扫码',
  '联系客服',
  '关注微信',
  '下载APP',
];

/**
 * Controls long enough that no form's text opens with them: a line opening with one and holding no figure is the
 * page's (手机扫码,畅快体验!); the short ones (打印, 下载, 返回) may open a name (下载量) and must make the whole line.
 */
const LEADING_CONTROLS = [
  '扫一扫',
  '手机扫码',
  '联系客服',
  '关注微信',
  '返回顶部',
  '打印本页',
  '关闭窗口',
  '分享到',
];

const CONTROLS = new RegExp(
  `^(?:${[...PAGE_CONTROL_PHRASES].sort((a, b) => b.length - a.length).join('|')})+$`,
  'i',
);

/**
 * A line made only of a page's controls (after list marks, brackets and spaces are dropped), or opening with a long
 * one and holding no figure.
 */
export function isPageChrome(text: string): boolean {
  const t = oneLine(text).replace(/[\s\u3000\-–—•·|[\]【】()（）:：]/g, '');
  if (t.length > 0 && CONTROLS.test(t)) return true;
  return !/\d/.test(t) && LEADING_CONTROLS.some((c) => t.startsWith(c));
}
