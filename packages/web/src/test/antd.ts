/** Driving antd controls in jsdom the way a user does (open, click), for the web component tests. */
import { fireEvent, waitFor } from '@testing-library/react';

/** Opens the antd Select `select` (its root element) and clicks the option labelled `label`. */
export async function pickOption(select: HTMLElement, label: string): Promise<void> {
  fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
  const option = await waitFor(() => {
    const shown = document.querySelectorAll<HTMLElement>(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
    );
    const found = [...shown].find((o) => o.getAttribute('title') === label);
    if (!found) throw new Error(`no option “${label}” in the open list: ${[...shown].map((o) => o.title).join(', ')}`);
    return found;
  });
  fireEvent.click(option);
}

/** Chooses `file` in the file input inside `within` (an antd Upload), as picking it in the browser's dialog does. */
export function chooseFile(within: HTMLElement, file: File): void {
  const input = within.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input here');
  fireEvent.change(input, { target: { files: [file] } });
}

/** Types `date` (YYYY-MM-DD) into the antd DatePicker whose input is `input` and confirms it with Enter. */
export function typeDate(input: HTMLElement, date: string): void {
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.blur(input);
}
