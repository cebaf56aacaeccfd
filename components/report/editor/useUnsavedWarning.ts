"use client";
import { useEffect, useRef } from "react";

export const LEAVE_QUESTION = "本页有未保存的修改，离开后可能丢失。确定要离开吗？";

/** A click that would take the browser to another page: a link elsewhere, opened here. */
function leavingLink(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return false;
  const to = new URL(link.href, window.location.href);
  return to.origin !== window.location.origin || to.pathname !== window.location.pathname || to.search !== window.location.search;
}

/**
 * Asks before the page is left while there are unsaved changes: closing or reloading the tab
 * (beforeunload), and every link or form of the page (the header's links, 退出). The click
 * and submit are caught on the document before anything else sees them, so that a declined
 * question stops the client-side navigation as well as the browser's.
 */
export function useUnsavedWarning(dirty: boolean) {
  const leaving = useRef(false);
  useEffect(() => {
    if (!dirty) return;
    leaving.current = false;
    const confirmLeave = (event: Event) => {
      if (window.confirm(LEAVE_QUESTION)) {
        leaving.current = true;
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const onClick = (event: MouseEvent) => {
      if (leavingLink(event)) confirmLeave(event);
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target instanceof HTMLFormElement ? event.target : null;
      if (form && !form.closest(".report-editor")) confirmLeave(event);
    };
    const warn = (event: BeforeUnloadEvent) => {
      if (!leaving.current) event.preventDefault();
    };
    document.addEventListener("click", onClick, true);
    document.addEventListener("submit", onSubmit, true);
    window.addEventListener("beforeunload", warn);
    return () => {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("submit", onSubmit, true);
      window.removeEventListener("beforeunload", warn);
    };
  }, [dirty]);
}
