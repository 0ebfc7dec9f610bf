import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MoveChoice {
  label: string;
  /** The part's index, or null for "not in any part". */
  target: number | null;
  disabled?: boolean;
}

interface Props {
  /** Visible text of the button ("Move to…"). */
  text: string;
  /** Accessible name of the button ("Move Day 2 to part…"). */
  label: string;
  menuLabel: string;
  choices: MoveChoice[];
  onChoose(target: number | null): void;
}

/**
 * A menu button listing where a section can go. A <select> would move the
 * section on every arrow key in Chromium; a menu only acts on Enter or a click.
 */
export function MoveMenu({ text, label, menuLabel, choices, onChoose }: Props) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (e.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="move-menu">
      <button
        ref={button}
        type="button"
        className="small"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {text}
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={menuLabel}
          className="move-menu-list"
          onKeyDown={onKeyDown}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== button.current) setOpen(false);
          }}
        >
          {choices.map((c) => (
            <li key={c.target ?? 'none'} role="none">
              <button
                type="button"
                role="menuitem"
                disabled={c.disabled}
                onClick={() => {
                  close(false);
                  onChoose(c.target);
                }}
              >
                {c.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
