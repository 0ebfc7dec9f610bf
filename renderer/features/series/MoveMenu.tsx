import { MenuButton } from '../../ui/MenuButton';

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
  const items = choices.map((c) => ({ key: String(c.target ?? 'none'), label: c.label, disabled: c.disabled, run: () => onChoose(c.target) }));
  return (
    <MenuButton className="small" label={label} menuLabel={menuLabel} items={items}>
      {text}
    </MenuButton>
  );
}
