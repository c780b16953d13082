import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../platform/auth/principal.js';
import { agencies, regions } from '../org/schema.js';

/**
 * Accounts (用户). One role per account (docs/rules/roles-and-scope.md#roles); the scope is a region (coordinators, leaders) or an agency
 * (clerks, heads, court liaisons — their region is the agency's). Usernames are stored lower-case. Passwords are
 * argon2id hashes; nothing else about the password is kept.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    regionCode: text('region_code').references(() => regions.code),
    agencyId: uuid('agency_id').references(() => agencies.id),
    /** Work phone of the staff member; shown masked in lists. */
    phone: text('phone'),
    /** Where notifications reach the user (modules/notifications): e-mail, 企业微信 userid, 钉钉 userId. */
    email: text('email'),
    wecomUserId: text('wecom_user_id'),
    dingtalkUserId: text('dingtalk_user_id'),
    /** Set for accounts created or reset by an administrator: the first sign-in must choose a new password. */
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabled: boolean('disabled').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(t.username),
    index('users_region_idx').on(t.regionCode),
    index('users_agency_idx').on(t.agencyId),
    index('users_role_idx').on(t.role).where(sql`not ${t.disabled}`),
  ],
);

export type UserRow = typeof users.$inferSelect;
