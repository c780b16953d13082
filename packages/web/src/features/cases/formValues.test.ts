import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  changedFields,
  emptyFormValues,
  fieldPath,
  rebase,
  toCreateInput,
  toPartyInputs,
  toUpdateInput,
} from './formValues.js';

const base = () => ({ ...emptyFormValues('a1'), caseNumber: '（2026）苏0102行初1号', causeOfAction: '行政处罚' });

describe('case form values', () => {
  it('builds the create body with ISO dates and nulls for empty text', () => {
    const body = toCreateInput({ ...base(), filedDate: dayjs('2026-03-02'), notes: '  ' });
    expect(body.filedDate).toBe('2026-03-02');
    expect(body.notes).toBeNull();
    expect(body.parties?.[1]).toMatchObject({ side: 'defendant', partyType: 'agency', agencyId: 'a1', idNumber: null });
  });

  it('sends only the changed fields on edit', () => {
    const initial = base();
    const now = { ...initial, causeOfAction: '行政许可', filedDate: dayjs('2026-01-05') };
    expect(changedFields(now, initial).sort()).toEqual(['causeOfAction', 'filedDate']);
    expect(toUpdateInput(now, initial, 3)).toEqual({ version: 3, causeOfAction: '行政许可', filedDate: '2026-01-05' });
  });

  it('keeps stored ID numbers when a masked input is left empty', () => {
    const rows = [
      {
        id: 'p1',
        side: 'plaintiff' as const,
        partyType: 'person' as const,
        name: '张三',
        idNumber: '',
        maskedIdNumber: '3201**1234',
      },
    ];
    const originals = [
      {
        id: 'p1',
        side: 'plaintiff' as const,
        partyType: 'person' as const,
        name: '张三',
        agencyId: null,
        agencyName: null,
        defendantRole: null,
        idNumber: '320102199001011234',
        phone: null,
        masked: false,
        sortOrder: 0,
      },
    ];
    expect(toPartyInputs(rows, originals)[0]?.idNumber).toBe('320102199001011234');
  });

  it('maps server field paths onto form names', () => {
    expect(fieldPath('parties.0.agencyId')).toEqual(['parties', 0, 'agencyId']);
    expect(fieldPath('filedDate')).toEqual(['filedDate']);
    expect(fieldPath('regionCode')).toEqual(['parties']);
  });

  it('rebases my changes on the latest record after a conflict', () => {
    const initial = base();
    const mine = { ...initial, causeOfAction: '我的修改' };
    const latest = { ...initial, notes: '他人的修改' };
    expect(rebase(latest, mine, initial)).toMatchObject({ causeOfAction: '我的修改', notes: '他人的修改' });
  });
});
