// Whether a box that scrolls sideways hides part of its content on either side: the document pane shows a
// shade on that edge and offers to fit the table to its width, so a wide table (a 自评表 of ten columns, a
// disclosure's 元 table) never looks as if it ended where the pane does.

export interface ScrollEdges {
  /** Content lies to the left of what is shown (the user has scrolled right). */
  left: boolean;
  /** Content lies to the right of what is shown. */
  right: boolean;
}

/**
 * The hidden sides of a box from its scroll measures. A pixel or two of difference is rounding (zoomed pages
 * give fractional widths), not content.
 */
export function scrollEdges(box: {
  scrollLeft: number;
  scrollWidth: number;
  clientWidth: number;
}): ScrollEdges {
  const slack = 2;
  const hidden = box.scrollWidth - box.clientWidth;
  if (hidden <= slack) return { left: false, right: false };
  return { left: box.scrollLeft > slack, right: box.scrollLeft < hidden - slack };
}

export const NO_HIDDEN_EDGES: ScrollEdges = { left: false, right: false };
