// Typed text that a cell has not handed on yet (typing paused less than the commit pause) must survive
// any structural action taken at once: the action flushes it first, into the row it was typed in.
import { describe, expect, it } from 'vitest';
import { blankIndicator, parseIndicatorValue, type Indicator } from '@jixiao/core';
import { trainingSuggestion } from '../../indicator-library/utils/test-suggestion.ts';
import { gridActions, type GridActions } from './grid-actions.ts';
import type { EditableColumn } from './indicator-ops.ts';
import { createPendingEdits, NO_PENDING_EDITS, type PendingEdits } from './pending-edits.ts';

const row = (name: string | null, level2 = '数量指标'): Indicator => ({
  ...blankIndicator('annual', '年度绩效目标1', '产出指标', level2),
  name,
});

/**
 * A grid over a list held as the editor page holds it (each change applied at once to the latest list),
 * with cells that keep typed text until flushed or left, as GridInput does.
 */
function rig(initial: Indicator[], pending: PendingEdits = createPendingEdits()) {
  let list = initial;
  const focused: { index: number; column: EditableColumn }[] = [];
  const actions: GridActions = gridActions({
    term: 'annual',
    edit: (change) => {
      list = change(list);
    },
    pending,
    shown: () => list,
    focus: (index, column) => focused.push({ index, column }),
    focusWhenShown: (index, column) => focused.push({ index, column }),
  });
  /** Types into a cell (the row at `index` as the grid shows it) and does not leave it. */
  const type = (index: number, column: EditableColumn, text: string) => {
    let typed: string | null = text;
    const flush = () => {
      const t = typed;
      typed = null;
      if (t !== null) actions.setCell(index, column, t);
    };
    const release = pending.hold(flush);
    /** The cell is left (or the page goes): it hands on what it still holds. */
    return () => {
      release();
      flush();
    };
  };
  return { actions, type, names: () => list.map((i) => i.name), list: () => list, focused };
}

describe('grid actions with text still pending in a cell', () => {
  it('move: the row moves with the name just typed into it', () => {
    const g = rig([row('培训人次'), row(null)]);
    const leave = g.type(1, 'name', '覆盖社区');
    g.actions.move(1, -1);
    leave();
    expect(g.names()).toEqual(['覆盖社区', '培训人次']);
  });

  it('move by the keyboard (Alt+↑): the row and the focus go up together, the name with them', () => {
    const g = rig([row('培训人次'), row(null)]);
    const leave = g.type(1, 'name', '覆盖社区');
    const key = { key: 'ArrowUp', shift: false, alt: true, caretAtStart: false, caretAtEnd: true };
    expect(g.actions.navKey(1, 0, key)).toBe(true);
    leave();
    expect(g.names()).toEqual(['覆盖社区', '培训人次']);
    expect(g.focused.at(-1)).toEqual({ index: 0, column: 'name' });
  });

  it('insert: the new row is empty and the typed name stays in its row', () => {
    const g = rig([row('a'), row('b')]);
    const leave = g.type(1, 'name', 'b2');
    g.actions.insertAfter(0);
    leave();
    expect(g.names()).toEqual(['a', null, 'b2']);
    expect(g.focused.at(-1)).toEqual({ index: 1, column: 'name' });
  });

  it('remove of a row above: the typed 指标值 stays with its row', () => {
    const g = rig([row('a'), row('b'), row('c')]);
    const leave = g.type(2, 'target', '≥12个');
    g.actions.remove(0);
    leave();
    expect(g.list().map((i) => [i.name, i.target.raw])).toEqual([
      ['b', ''],
      ['c', '≥12个'],
    ]);
  });

  it('add a 二级指标 before the row typed in: the typed text stays with its row', () => {
    const benefit = { ...row('q', '社会效益指标'), level1: '效益指标' };
    const g = rig([row('a'), benefit]);
    const leave = g.type(1, 'basis', '计划标准');
    g.actions.addLevel2('年度绩效目标1', '产出指标', '时效指标');
    leave();
    expect(g.list().map((i) => [i.level2, i.name, i.basis])).toEqual([
      ['数量指标', 'a', null],
      ['时效指标', null, null],
      ['社会效益指标', 'q', '计划标准'],
    ]);
  });

  it('a library suggestion chosen under the name: it replaces the typed part, not the other way round', () => {
    const g = rig([{ ...row(null), target: parseIndicatorValue('') }]);
    const leave = g.type(0, 'name', '培训');
    g.actions.pick(0, trainingSuggestion);
    leave();
    expect(g.names()).toEqual(['培训人次']);
  });

  it('rows pasted from Excel over the row typed in: the paste, which came last, stays', () => {
    const g = rig([row(null), row('b')]);
    const leave = g.type(0, 'name', '培训人次');
    expect(g.actions.tablePaste(0, 'name', '受训满意度\t≥90%\t行业标准\n覆盖社区\t≥5个\t计划标准\n')).toBe(
      true,
    );
    leave();
    expect(g.names()).toEqual(['受训满意度', '覆盖社区']);
  });

  it('without pending edits to flush (no editor page), the typed name lands on the wrong row', () => {
    // The failing example: what the grid did before its actions flushed the cells.
    const g = rig([row('培训人次'), row(null)], NO_PENDING_EDITS);
    const leave = g.type(1, 'name', '覆盖社区');
    g.actions.move(1, -1);
    leave();
    expect(g.names()).toEqual([null, '覆盖社区']);
  });
});

describe('pending edits', () => {
  it('flushes every cell held, and none that was released', () => {
    const pending = createPendingEdits();
    const flushed: string[] = [];
    const releaseA = pending.hold(() => flushed.push('a'));
    pending.hold(() => flushed.push('b'));
    pending.flush();
    releaseA();
    pending.flush();
    expect(flushed).toEqual(['a', 'b', 'b']);
  });
});
