// The simulated workbook: a grid with a name box, an edit bar and sheet tabs. Click to select, type
// or double-click to edit, Enter to commit (and move down), Escape to cancel, arrows to move,
// Delete to clear. It draws the fake Excel's state; the controller re-renders it after every change.
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { bothLanguages } from '../plan/message';
import type { GridView, TypeResult } from './gridModel';
import { colLetter, parseAddr } from '../workbook/a1';

export interface GridProps {
  view: GridView | null;
  /** Visible sheets in tab order, with their tab colour. */
  sheets: Array<{ name: string; color: string | null }>;
  selected: { sheet: string; cell: string } | null;
  onSelect(sheet: string, cell: string): void;
  onActivate(sheet: string): void;
  onType(sheet: string, cell: string, raw: string): TypeResult;
}

const HEAD_BG = '#f3f3f3';
const GRID_LINE = '#e1e1e1';
const SELECT = '#107c41';
/** Width of the row-number column and height of the column-letter row, in pixels. */
const ROW_HEAD = 36;
const COL_HEAD = 22;

const s: Record<string, CSSProperties> = {
  root: { display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0, background: '#fff' },
  bar: {
    display: 'flex',
    gap: '6px',
    padding: '6px 8px',
    borderBottom: `1px solid ${GRID_LINE}`,
    alignItems: 'center',
    fontSize: '13px',
  },
  nameBox: {
    width: '88px',
    padding: '3px 6px',
    border: `1px solid ${GRID_LINE}`,
    fontFamily: 'monospace',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
  },
  editBar: { flex: 1, padding: '3px 6px', border: `1px solid ${GRID_LINE}`, font: 'inherit', minWidth: 0 },
  message: { padding: '4px 8px', background: '#fde7e9', color: '#a4262c', fontSize: '13px' },
  scroll: { flex: 1, overflow: 'auto', outline: 'none' },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: '12px' },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    background: HEAD_BG,
    border: `1px solid ${GRID_LINE}`,
    fontWeight: 'normal',
    color: '#444',
    height: '20px',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    background: HEAD_BG,
    border: `1px solid ${GRID_LINE}`,
    fontWeight: 'normal',
    color: '#444',
    width: '36px',
    textAlign: 'center',
  },
  cell: {
    border: `1px solid ${GRID_LINE}`,
    padding: '1px 3px',
    height: '20px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    cursor: 'cell',
  },
  // The cell's input lies over the cell; idle, it is not seen (the cell's text shows through).
  cellInput: {
    position: 'absolute',
    inset: 0,
    width: '100%',
    height: '100%',
    boxSizing: 'border-box',
    border: 'none',
    outline: 'none',
    font: 'inherit',
    padding: '1px 3px',
    background: '#fff',
  },
  cellInputIdle: { opacity: 0, caretColor: 'transparent' },
  tabs: {
    display: 'flex',
    gap: '2px',
    padding: '0 8px',
    borderTop: `1px solid ${GRID_LINE}`,
    background: HEAD_BG,
    overflowX: 'auto',
  },
  tab: {
    borderWidth: '3px 0 3px 0',
    borderStyle: 'solid',
    borderTopColor: 'transparent',
    borderBottomColor: 'transparent',
    background: 'transparent',
    padding: '6px 12px',
    font: 'inherit',
    fontSize: '13px',
    cursor: 'pointer',
    whiteSpace: 'nowrap',
  },
};

/** A typed entry the grid refused, about one cell; `protectedCell`: the sheet's protection refused it. */
interface Refusal {
  sheet: string;
  cell: string;
  text: string;
  protectedCell: boolean;
}

/** A key that confirms or steers an input method's composition (拼音 → 已完成) belongs to it, not to the grid. */
function composing(e: KeyboardEvent<HTMLElement>): boolean {
  return e.nativeEvent.isComposing || e.key === 'Process';
}

export function Grid({ view, sheets, selected, onSelect, onActivate, onType }: GridProps) {
  // The cell being edited, and where: in the cell itself or in the edit bar.
  const [editing, setEditing] = useState<string | null>(null);
  const [via, setVia] = useState<'cell' | 'bar'>('cell');
  const [draft, setDraft] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The selected cell holds a text input that has the keyboard whenever the grid has it (an input
  // method composes only into an editable element); it becomes the cell's editor when typing starts.
  const inputRef = useRef<HTMLInputElement>(null);
  const sheet = view?.sheet ?? null;
  const sel = selected && selected.sheet === sheet ? selected.cell : null;
  const selCell = sel && view ? view.cells[parseAddr(sel).row - 1]?.[parseAddr(sel).col - 1] : undefined;
  const inputAt = editing ? (via === 'cell' ? editing : null) : sel;
  const protectedNow = !!view?.protectedSheet && selCell?.locked !== false;
  // A refusal speaks of the cell still selected and, for protection, while it still holds.
  const refusalHolds =
    !!refusal && refusal.sheet === sheet && refusal.cell === sel && (!refusal.protectedCell || protectedNow);

  // Keep the selected cell in view (a finding's cell may be far down the sheet), clear of the
  // sticky headers; a cell wider than the view shows its left edge.
  useEffect(() => {
    const box = scrollRef.current;
    if (!sel || !box) return;
    const el = box.querySelector<HTMLElement>(`[data-address="${sel}"]`);
    if (!el) return;
    const left = el.offsetLeft - ROW_HEAD;
    const top = el.offsetTop - COL_HEAD;
    if (left < box.scrollLeft || el.offsetLeft + el.offsetWidth > box.scrollLeft + box.clientWidth)
      box.scrollLeft = Math.max(0, Math.min(left, el.offsetLeft + el.offsetWidth - box.clientWidth));
    if (top < box.scrollTop || el.offsetTop + el.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = Math.max(0, Math.min(top, el.offsetTop + el.offsetHeight - box.clientHeight));
    if (el.offsetWidth > box.clientWidth - ROW_HEAD) box.scrollLeft = Math.max(0, left);
  }, [sel, sheet]);

  useEffect(() => {
    setEditing(null);
  }, [sheet]);

  useEffect(() => {
    if (refusal && !refusalHolds) setRefusal(null);
  }, [refusal, refusalHolds]);

  // The cell's input moves with the selection: it takes the keyboard when the grid had it, or when
  // nothing had it (a focused cell's input was just replaced), never from the pane or the edit bar.
  useLayoutEffect(() => {
    const input = inputRef.current;
    const active = document.activeElement;
    if (!input || active === input) return;
    const gridHad = active === document.body || (!!active && !!rootRef.current?.contains(active));
    if (gridHad && !(editing && via === 'bar')) input.focus({ preventScroll: true });
  }, [inputAt, sheet, editing, via]);

  if (!view || !sheet) return <div style={s.root} />;

  const focusGrid = () => (inputRef.current ?? scrollRef.current)?.focus({ preventScroll: true });

  const commit = (cell: string, raw: string, move: boolean): boolean => {
    const r = onType(sheet, cell, raw);
    setEditing(null);
    if (!r.ok) {
      setRefusal({ sheet, cell, text: bothLanguages(r.message), protectedCell: r.reason === 'protected' });
      return false;
    }
    setRefusal(null);
    if (move) {
      const { row, col } = parseAddr(cell);
      onSelect(sheet, `${colLetter(col)}${Math.min(row + 1, view.rows)}`);
    }
    focusGrid();
    return true;
  };

  const startEdit = (cell: string, initial: string, where: 'cell' | 'bar' = 'cell') => {
    setEditing(cell);
    setVia(where);
    setDraft(initial);
    setRefusal(null);
  };

  const move = (dr: number, dc: number) => {
    if (!sel) return onSelect(sheet, 'A1');
    const { row, col } = parseAddr(sel);
    const r = Math.min(Math.max(row + dr, 1), view.rows);
    const c = Math.min(Math.max(col + dc, 1), view.cols);
    onSelect(sheet, `${colLetter(c)}${r}`);
  };

  // Keys on the selected cell when not editing. Characters are not taken here: they (and an input
  // method's composition) go into the cell's input, whose change starts the edit.
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    if (editing || composing(e)) return;
    const keys: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, e.shiftKey ? -1 : 1],
    };
    if (keys[e.key] && !(e.key === 'Tab' && !sel)) {
      e.preventDefault();
      move(...keys[e.key]);
    } else if (!sel) {
      return;
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startEdit(sel, selCell?.formula ?? selCell?.text ?? '');
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      commit(sel, '', false);
    }
  };

  const editorKey = (e: KeyboardEvent<HTMLInputElement>, cell: string) => {
    if (composing(e)) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(cell, draft, true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setEditing(null);
      focusGrid();
    }
  };

  const totalWidth = 36 + view.widths.reduce((a, b) => a + b, 0);
  return (
    <div ref={rootRef} style={s.root} data-testid="workbook">
      <div style={s.bar}>
        <output style={s.nameBox} aria-label="名称框 / name box" data-testid="name-box">
          {sel ? `${sheet}!${sel}` : sheet}
        </output>
        <input
          style={s.editBar}
          aria-label="编辑栏 / edit bar"
          data-testid="edit-bar"
          value={editing && editing === sel ? draft : (selCell?.formula ?? selCell?.text ?? '')}
          readOnly={!sel}
          onFocus={() => sel && editing !== sel && startEdit(sel, selCell?.formula ?? selCell?.text ?? '', 'bar')}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => sel && editing === sel && via === 'bar' && setEditing(null)}
          onKeyDown={(e) => sel && editorKey(e, sel)}
        />
      </div>
      {refusal && refusalHolds && (
        <div role="alert" style={s.message}>
          {refusal.text}
        </div>
      )}
      <div
        ref={scrollRef}
        style={s.scroll}
        tabIndex={0}
        onFocus={(e) => e.target === e.currentTarget && inputRef.current?.focus({ preventScroll: true })}
        onKeyDown={(e) => e.target === e.currentTarget && onKey(e)}
        role="grid"
        aria-label={`工作表 ${sheet} / sheet ${sheet}`}
        aria-rowcount={view.rows}
        aria-colcount={view.cols}
      >
        <table style={{ ...s.table, width: `${totalWidth}px` }} role="presentation">
          <colgroup>
            <col style={{ width: '36px' }} />
            {view.widths.map((w, i) => (
              <col key={i} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr role="row">
              <th style={{ ...s.colHead, left: 0, zIndex: 3 }} />
              {view.widths.map((_, i) => (
                <th
                  key={i}
                  role="columnheader"
                  style={{ ...s.colHead, ...(selCell?.col === i + 1 ? { background: '#d2e8da' } : {}) }}
                >
                  {colLetter(i + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.cells.map((line, r) => (
              <tr key={r} role="row">
                <th
                  role="rowheader"
                  style={{ ...s.rowHead, ...(selCell?.row === r + 1 ? { background: '#d2e8da' } : {}) }}
                >
                  {r + 1}
                </th>
                {line.map((c) => {
                  if (c.hidden) return null;
                  const isSel = c.address === sel;
                  const hostsInput = c.address === inputAt;
                  const editingHere = hostsInput && editing === c.address;
                  const style: CSSProperties = {
                    ...s.cell,
                    background: c.fill ?? (view.protectedSheet && !c.locked ? '#fff' : undefined),
                    fontWeight: c.bold ? 600 : undefined,
                    color: c.color ?? undefined,
                    textAlign: c.align ?? (c.numeric ? 'right' : 'left'),
                    whiteSpace: c.wrap ? 'normal' : 'nowrap',
                    ...(isSel ? { outline: `2px solid ${SELECT}`, outlineOffset: '-2px' } : {}),
                    ...(isSel || hostsInput ? { position: 'relative' } : {}),
                  };
                  return (
                    <td
                      key={c.address}
                      role="gridcell"
                      data-address={c.address}
                      aria-selected={isSel}
                      title={c.note ?? undefined}
                      rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
                      colSpan={c.colSpan > 1 ? c.colSpan : undefined}
                      style={style}
                      onMouseDown={() => {
                        // As in Excel, a refused entry keeps its cell selected, with the reason shown.
                        if (editing && editing !== c.address && !commit(editing, draft, false)) return;
                        onSelect(sheet, c.address);
                      }}
                      onDoubleClick={() => startEdit(c.address, c.formula ?? c.text)}
                    >
                      {editingHere ? null : editing === c.address ? draft : c.text}
                      {hostsInput && (
                        <input
                          key="cell-input"
                          ref={inputRef}
                          aria-label={`编辑 ${sheet}!${c.address} / edit`}
                          value={editingHere ? draft : ''}
                          onCompositionStart={() => !editingHere && startEdit(c.address, '')}
                          onChange={(e) =>
                            editingHere ? setDraft(e.target.value) : startEdit(c.address, e.target.value)
                          }
                          onKeyDown={(e) => (editingHere ? editorKey(e, c.address) : onKey(e))}
                          onBlur={() => editingHere && commit(c.address, draft, false)}
                          style={editingHere ? s.cellInput : { ...s.cellInput, ...s.cellInputIdle }}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div role="tablist" aria-label="工作表 / sheets" style={s.tabs}>
        {sheets.map(({ name, color }) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === sheet}
            style={{
              ...s.tab,
              // Every colour set each time: React leaves a removed longhand to the browser's default.
              borderTopColor: color ?? 'transparent',
              borderBottomColor: name === sheet ? SELECT : 'transparent',
              background: name === sheet ? '#fff' : 'transparent',
              fontWeight: name === sheet ? 600 : 400,
              color: name === sheet ? SELECT : '#333',
            }}
            onClick={() => onActivate(name)}
          >
            {name}
          </button>
        ))}
      </div>
    </div>
  );
}
