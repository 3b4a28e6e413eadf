import { useEffect } from 'react';

const SCROLLERS = '.ant-table-content, .ant-table-body, .my-scroll-x';
const MARK = 'data-scroll-focus';

/**
 * A region that scrolls sideways can be scrolled from the keyboard (WCAG 2.1.1; axe `scrollable-region-focusable`):
 * every table body (and `.my-scroll-x` box) on the page that is wider than its box gets `tabindex=0`, and loses it
 * when it fits again. Watches the document (pages, drawers and dialogs alike) once, from the app's shell, so no page
 * has to remember it when a tablet's width makes its table scroll.
 */
export function useFocusableScrollRegions(): void {
  useEffect(() => {
    if (typeof window === 'undefined' || typeof MutationObserver === 'undefined') return;
    let frame = 0;
    const scan = () => {
      frame = 0;
      for (const el of document.querySelectorAll<HTMLElement>(SCROLLERS)) {
        const scrolls = el.scrollWidth > el.clientWidth + 1;
        if (scrolls && !el.hasAttribute('tabindex')) {
          el.tabIndex = 0;
          el.setAttribute(MARK, '');
        } else if (!scrolls && el.hasAttribute(MARK)) {
          el.removeAttribute('tabindex');
          el.removeAttribute(MARK);
        }
      }
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(scan);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, []);
}
