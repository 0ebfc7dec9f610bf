import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './ui.css';

export interface MenuItem {
  key: string;
  label: string;
  run(): void;
  /** For toggles: rendered as menuitemcheckbox. */
  checked?: boolean;
  danger?: boolean;
  /** Starts a new visual group (a thin rule above it). */
  separated?: boolean;
  /** Shown but not offered (e.g. the part a section is already in); skipped by the arrow keys. */
  disabled?: boolean;
}

/** The items the arrow keys move between. */
const ITEMS = '[role^="menuitem"]:not(:disabled)';

interface MenuButtonProps {
  /** Accessible name (and tooltip) of the button; also the menu's name unless `menuLabel` is given. */
  label: string;
  menuLabel?: string;
  items: MenuItem[] | (() => MenuItem[]);
  /** What the button shows. */
  children: ReactNode;
  className?: string;
}

/**
 * The one menu button of the app (WAI-ARIA menu pattern): arrows move, Enter
 * runs, Esc or Tab closes and gives focus back. Used where a <select> would act
 * on every arrow key (moving a series section) and for the photo tiles' actions.
 * The popup is portalled to <body> so transformed or clipped containers (the
 * virtualised grid rows, a part's card) never hide it. `items` may be a
 * function: a grid of tiles then builds each menu only when it is opened.
 */
export function MenuButton({ label, menuLabel = label, items, children, className }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (!open || !trigger.current) return;
    const r = trigger.current.getBoundingClientRect();
    const width = 260;
    setPos({ top: Math.min(r.bottom + 4, window.innerHeight - 40), left: Math.max(8, Math.min(r.right - width, window.innerWidth - width - 8)) });
  }, [open]);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>(ITEMS)?.focus();
    const onDown = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && !trigger.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, pos]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  const onKey = (e: KeyboardEvent) => {
    const all = [...(menu.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[e.key];
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (next !== undefined) {
      e.preventDefault();
      all[(next + all.length) % all.length]?.focus();
    }
  };

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={className}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        onPointerDown={(e) => e.stopPropagation()}
      >
        {children}
      </button>
      {open &&
        pos &&
        createPortal(
          <div ref={menu} role="menu" aria-label={menuLabel} className="menu-popup" style={{ top: pos.top, left: pos.left }} onKeyDown={onKey}>
            {(typeof items === 'function' ? items() : items).map((item) => (
              <button
                key={item.key}
                type="button"
                role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
                aria-checked={item.checked}
                tabIndex={-1}
                disabled={item.disabled}
                className={`${item.danger ? 'danger' : ''} ${item.separated ? 'separated' : ''}`}
                onClick={() => {
                  close();
                  item.run();
                }}
              >
                {item.checked !== undefined && <span aria-hidden="true" className="check">{item.checked ? '✓' : ''}</span>}
                {item.label}
              </button>
            ))}
          </div>,
          document.body,
        )}
    </>
  );
}
