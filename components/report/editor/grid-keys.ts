// Keys that move between a table's inputs as in Excel or WPS: arrows, Enter (down),
// Shift+Enter (up), Tab (right, then the next row), Shift+Tab (back). Left and Right move only
// when the caret is at the edge of the text, or the whole text is selected, so that editing
// inside a number still works. Computed totals are passed over.
import type { KeyboardEvent } from "react";
import { moveFrom, type Move, type TablePositions } from "@/lib/editor/table-positions";
import { cellInputId } from "@/components/report/editor/ids";

function atStart(input: HTMLInputElement): boolean {
  return input.selectionStart === 0 && (input.selectionEnd === 0 || input.selectionEnd === input.value.length);
}

function atEnd(input: HTMLInputElement): boolean {
  const end = input.value.length;
  return input.selectionEnd === end && (input.selectionStart === end || input.selectionStart === 0);
}

function moveOf(event: KeyboardEvent<HTMLElement>, input: HTMLInputElement): Move | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case "ArrowUp":
      return "up";
    case "ArrowDown":
      return "down";
    case "Enter":
      return event.shiftKey ? "up" : "down";
    case "Tab":
      return event.shiftKey ? "previous" : "next";
    case "ArrowLeft":
      return !event.shiftKey && atStart(input) ? "left" : null;
    case "ArrowRight":
      return !event.shiftKey && atEnd(input) ? "right" : null;
    default:
      return null;
  }
}

/** The focusable element that comes after `container` in the page. */
function focusableAfter(container: HTMLElement): HTMLElement | undefined {
  const all = document.querySelectorAll<HTMLElement>("a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex='0']");
  return [...all].find((el) => !container.contains(el) && container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
}

export function focusCell(key: string) {
  const input = document.getElementById(cellInputId(key));
  if (!(input instanceof HTMLInputElement)) return;
  input.focus();
  input.select();
}

/**
 * Handles a key press in a table's input: moves and returns true, or leaves the key to the
 * browser. Tab from the table's last typed cell leaves the table, past its computed totals.
 */
export function handleGridKey(
  event: KeyboardEvent<HTMLElement>,
  options: { positions: TablePositions; skip: ReadonlySet<string>; keyOf: (id: string) => string | undefined; container: HTMLElement | null },
): boolean {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || event.nativeEvent.isComposing) return false;
  const from = options.keyOf(input.id);
  const move = from === undefined ? null : moveOf(event, input);
  if (from === undefined || move === null) return false;
  const to = moveFrom(options.positions, from, move, options.skip);
  if (to !== null) {
    event.preventDefault();
    focusCell(to);
    return true;
  }
  if (move === "next" && options.container) {
    const after = focusableAfter(options.container);
    if (after) {
      event.preventDefault();
      after.focus();
      return true;
    }
  }
  // Enter at the bottom stays put rather than submitting anything.
  if (event.key === "Enter") event.preventDefault();
  return false;
}
