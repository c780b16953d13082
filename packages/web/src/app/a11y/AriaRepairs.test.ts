// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { repairAria } from './AriaRepairs.js';

describe('repairAria', () => {
  it("drops aria-required from a Select's outer div and keeps it on its combobox", () => {
    document.body.innerHTML =
      '<div class="ant-select" aria-required="true"><input role="combobox" aria-required="true"></div>';
    repairAria(document);
    expect(document.querySelector('.ant-select')!.hasAttribute('aria-required')).toBe(false);
    expect(document.querySelector('input')!.getAttribute('aria-required')).toBe('true');
  });

  it('moves the tablist role from the tab bar (which holds the "more" button) to the list of tabs', () => {
    document.body.innerHTML = `<div class="ant-tabs-nav" role="tablist" aria-orientation="horizontal">
      <div class="ant-tabs-nav-wrap"><div class="ant-tabs-nav-list"><div class="ant-tabs-tab"><div role="tab">2026</div></div></div></div>
      <div class="ant-tabs-nav-operations"><button aria-controls="x">…</button></div></div>`;
    repairAria(document);
    expect(document.querySelector('.ant-tabs-nav')!.hasAttribute('role')).toBe(false);
    const list = document.querySelector('.ant-tabs-nav-list')!;
    expect(list.getAttribute('role')).toBe('tablist');
    expect(list.getAttribute('aria-orientation')).toBe('horizontal');
    expect(list.contains(document.querySelector('button'))).toBe(false);
  });

  it('makes a table that scrolls sideways a Tab stop, and leaves one that fits alone', () => {
    document.body.innerHTML =
      '<div class="ant-table-content" id="wide"></div><div class="ant-table-content" id="fits"></div>';
    const size = (id: string, scroll: number) => {
      const el = document.getElementById(id)!;
      Object.defineProperty(el, 'scrollWidth', { value: scroll });
      Object.defineProperty(el, 'clientWidth', { value: 300 });
    };
    size('wide', 520);
    size('fits', 300);
    repairAria(document);
    expect(document.getElementById('wide')!.tabIndex).toBe(0);
    expect(document.getElementById('fits')!.hasAttribute('tabindex')).toBe(false);
  });
});
