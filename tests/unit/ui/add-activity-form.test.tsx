// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { AddActivityForm } from '../../../components/add-activity-form';
import { mount, waitFor } from './render';

const A = 'urn:li:fsd_profile:ACoAAFormAcct01';

async function submit(host: HTMLElement) {
  await act(async () => {
    host.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

function set(host: HTMLElement, selector: string, value: string, event = 'input') {
  const el = host.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
}

describe('AddActivityForm', () => {
  it('has the contract fields, today by default, and sends the entry for its account', async () => {
    const onAdd = vi.fn().mockResolvedValue({ ok: true, added: 4, at: 0 });
    const host = mount(<AddActivityForm account={A} today="2026-11-25" onAdd={onAdd} />);
    const kinds = [...host.querySelectorAll('form[name="add-activity"] select[name="kind"] option')].map(
      (o) => (o as HTMLOptionElement).value,
    );
    expect(kinds).toEqual(['invite', 'message', 'inmail', 'open-profile-message', 'profile-view']);
    expect((host.querySelector('input[name="date"]') as HTMLInputElement).value).toBe('2026-11-25');
    await act(async () => set(host, 'input[name="count"]', '4'));
    await act(async () => {
      const box = host.querySelector('input[type="checkbox"][name="with-note"]') as HTMLInputElement;
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await submit(host);
    expect(onAdd).toHaveBeenCalledWith({ kind: 'invite', count: 4, date: '2026-11-25', withNote: true }, A);
    await waitFor(() => host.textContent?.includes('Added 4 invites with a note today.'), 'the status');
  });

  it('drops the note box for other kinds, and shows the worker’s field errors', async () => {
    const onAdd = vi.fn().mockResolvedValue({
      ok: false,
      errors: [{ field: 'date', message: 'date: must not be in the future' }],
    });
    const host = mount(<AddActivityForm account={null} today="2026-11-25" onAdd={onAdd} />);
    await act(async () => set(host, 'select[name="kind"]', 'message', 'change'));
    expect(host.querySelector('input[name="with-note"]')).toBeNull();
    await act(async () => set(host, 'input[name="date"]', '2026-11-30'));
    await submit(host);
    expect(onAdd).toHaveBeenCalledWith({ kind: 'message', count: 1, date: '2026-11-30' }, null);
    await waitFor(() => host.querySelector('#add-date-error'), 'the date error');
    expect(host.querySelector('#add-date-error')?.textContent).toBe('must not be in the future');
    expect(host.querySelector('input[name="date"]')?.getAttribute('aria-invalid')).toBe('true');
    // A count out of range is not sent.
    await act(async () => set(host, 'input[name="count"]', '501'));
    await submit(host);
    expect(onAdd).toHaveBeenCalledTimes(1);
    expect(host.querySelector('#add-count-error')?.textContent).toBe('must be a whole number from 1 to 500');
  });
});
