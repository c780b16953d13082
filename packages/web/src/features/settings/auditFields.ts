/**
 * The label of a field named in an audit entry (the before/after diff), in the UI language, by the entry's object
 * type: a case's fields as the case form names them, a user's as the user form does, and so on. A field no table
 * names is shown by its raw name (the screen always keeps the raw name in a tooltip).
 */
import type { TFunction } from 'i18next';
import { caseFieldLabel, labelFrom } from '../cases/fieldLabels.js';

const USER_FIELDS = {
  username: 'settings.users.username',
  usernames: 'settings.users.username',
  displayName: 'settings.users.displayName',
  role: 'settings.users.role',
  regionCode: 'settings.users.region',
  agencyId: 'settings.users.agency',
  phone: 'settings.users.phone',
  disabled: 'settings.users.statusDisabled',
  mustChangePassword: 'settings.users.mustChange',
  failedLogins: 'settings.audit.fields.failedLogins',
  lockedUntil: 'settings.audit.fields.lockedUntil',
  count: 'settings.audit.fields.count',
  source: 'settings.audit.fields.source',
  reason: 'settings.audit.fields.reason',
};

const SESSION_FIELDS = {
  userId: 'settings.audit.fields.userId',
  ip: 'settings.audit.ip',
  userAgent: 'settings.sessions.device',
  scope: 'settings.audit.fields.scope',
  count: 'settings.audit.fields.count',
};

const CALENDAR_FIELDS = {
  origin: 'calendar.origin',
  papers: 'calendar.papers',
  note: 'calendar.note',
  days: 'calendar.counts',
  workday: 'calendar.dayType',
  name: 'calendar.name',
  reason: 'calendar.reason',
  date: 'calendar.date',
  changedDeadlines: 'settings.audit.fields.changedDeadlines',
};

const FILE_FIELDS = {
  caseId: 'settings.audit.entities.case',
  file: 'settings.audit.fields.fileName',
  fileName: 'settings.audit.fields.fileName',
  type: 'settings.audit.fields.fileType',
  format: 'settings.audit.fields.fileType',
  size: 'settings.audit.fields.size',
  proposedOutcome: 'settings.audit.fields.proposedOutcome',
  rows: 'imports.rows',
  created: 'settings.audit.fields.created',
  updated: 'settings.audit.fields.updated',
  unchanged: 'imports.unchanged',
  filter: 'settings.audit.fields.filter',
};

const BY_ENTITY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  user: USER_FIELDS,
  session: SESSION_FIELDS,
  calendar_year: CALENDAR_FIELDS,
  calendar_override: CALENDAR_FIELDS,
  case_file: FILE_FIELDS,
  case_import: FILE_FIELDS,
  audit_log: FILE_FIELDS,
};

/** The label of `field` of an entry about an object of `entityType`; cases (and unknown types) use the case fields. */
export function auditFieldLabel(t: TFunction, entityType: string, field: string): string {
  const own = BY_ENTITY[entityType];
  return (own && labelFrom(own, t, field)) ?? (entityType === 'case' || !own ? caseFieldLabel(t, field) : field);
}
