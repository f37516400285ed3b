import { useState, type KeyboardEvent } from 'react';

export interface Option {
  id: string;
  label: string;
  detail?: string;
}

/**
 * A text box with a list of matches under it (the ARIA 1.2 combobox pattern): the arrows move
 * through the matches, Enter picks one, Escape closes the list. An extra last option (create
 * a new entity) is picked the same way.
 */
export function Combobox({
  id,
  label,
  text,
  setText,
  options,
  onPick,
  extra,
  loading,
}: {
  id: string;
  label: string;
  text: string;
  setText: (text: string) => void;
  options: Option[];
  onPick: (option: Option) => void;
  extra?: { label: string; onPick: () => void } | null;
  loading?: boolean;
}) {
  const [active, setActive] = useState(0);
  const [closed, setClosed] = useState(false);
  const count = options.length + (extra ? 1 : 0);
  const open = text.trim() !== '' && !closed && count > 0;
  const pick = (index: number) => {
    const option = options[index];
    if (option) onPick(option);
    else if (extra) extra.onPick();
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setClosed(false);
      if (count > 0) setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter') {
      // Enter picks; it never submits the whole form from here.
      event.preventDefault();
      if (open && !loading) pick(Math.min(active, count - 1));
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      event.nativeEvent.stopImmediatePropagation();
      setClosed(true);
    }
  };
  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div className="combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open ? optionId(Math.min(active, count - 1)) : undefined}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setClosed(false);
        }}
        onKeyDown={onKeyDown}
      />
      {loading ? <span className="muted"> searching…</span> : null}
      <ul id={`${id}-list`} role="listbox" aria-label={label} hidden={!open} className="options">
        {options.map((option, index) => (
          <li
            key={option.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(index)}
          >
            {option.label}
            {option.detail ? <span className="muted"> {option.detail}</span> : null}
          </li>
        ))}
        {extra ? (
          <li
            id={optionId(options.length)}
            role="option"
            aria-selected={active === options.length}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(options.length)}
          >
            {extra.label}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
