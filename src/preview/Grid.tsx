// The simulated workbook: a grid with a name box, an edit bar and sheet tabs. Click to select, type
// or double-click to edit, Enter to commit (and move down), Escape to cancel, arrows to move,
// Delete to clear. It draws the fake Excel's state; the controller re-renders it after every change.
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { GridView, TypeResult } from './gridModel';
import { columnLabel } from './gridModel';

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

function parse(cell: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

export function Grid({ view, sheets, selected, onSelect, onActivate, onType }: GridProps) {
  // The cell being edited, and where: in the cell itself or in the edit bar.
  const [editing, setEditing] = useState<string | null>(null);
  const [via, setVia] = useState<'cell' | 'bar'>('cell');
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const sheet = view?.sheet ?? null;
  const sel = selected && selected.sheet === sheet ? selected.cell : null;
  const selCell = sel && view ? view.cells[parse(sel).row - 1]?.[parse(sel).col - 1] : undefined;

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

  if (!view || !sheet) return <div style={s.root} />;

  const commit = (cell: string, raw: string, move: boolean) => {
    const r = onType(sheet, cell, raw);
    setEditing(null);
    if (!r.ok) {
      setMessage(`${r.message} / ${r.messageEn}`);
      return;
    }
    setMessage(null);
    if (move) {
      const { row, col } = parse(cell);
      onSelect(sheet, `${columnLabel(col)}${Math.min(row + 1, view.rows)}`);
    }
    scrollRef.current?.focus();
  };

  const startEdit = (cell: string, initial: string, where: 'cell' | 'bar' = 'cell') => {
    setEditing(cell);
    setVia(where);
    setDraft(initial);
    setMessage(null);
  };

  const move = (dr: number, dc: number) => {
    if (!sel) return onSelect(sheet, 'A1');
    const { row, col } = parse(sel);
    const r = Math.min(Math.max(row + dr, 1), view.rows);
    const c = Math.min(Math.max(col + dc, 1), view.cols);
    onSelect(sheet, `${columnLabel(c)}${r}`);
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
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
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEdit(sel, e.key);
    }
  };

  const editorKey = (e: KeyboardEvent<HTMLInputElement>, cell: string) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(cell, draft, true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setEditing(null);
      scrollRef.current?.focus();
    }
  };

  const totalWidth = 36 + view.widths.reduce((a, b) => a + b, 0);
  return (
    <div style={s.root} data-testid="workbook">
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
      {message && (
        <div role="alert" style={s.message}>
          {message}
        </div>
      )}
      <div
        ref={scrollRef}
        style={s.scroll}
        tabIndex={0}
        onKeyDown={onKey}
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
                  {columnLabel(i + 1)}
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
                  const style: CSSProperties = {
                    ...s.cell,
                    background: c.fill ?? (view.protectedSheet && !c.locked ? '#fff' : undefined),
                    fontWeight: c.bold ? 600 : undefined,
                    color: c.color ?? undefined,
                    textAlign: c.align ?? (c.numeric ? 'right' : 'left'),
                    whiteSpace: c.wrap ? 'normal' : 'nowrap',
                    ...(isSel ? { outline: `2px solid ${SELECT}`, outlineOffset: '-2px', position: 'relative' } : {}),
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
                        if (editing && editing !== c.address) commit(editing, draft, false);
                        onSelect(sheet, c.address);
                      }}
                      onDoubleClick={() => startEdit(c.address, c.formula ?? c.text)}
                    >
                      {editing === c.address && via === 'bar' ? (
                        draft
                      ) : editing === c.address ? (
                        <input
                          autoFocus
                          aria-label={`编辑 ${sheet}!${c.address} / edit`}
                          value={draft}
                          onChange={(e) => setDraft(e.target.value)}
                          onKeyDown={(e) => editorKey(e, c.address)}
                          onBlur={() => editing === c.address && commit(c.address, draft, false)}
                          style={{ width: '100%', border: 'none', outline: 'none', font: 'inherit', padding: 0 }}
                        />
                      ) : (
                        c.text
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
