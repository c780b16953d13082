#!/usr/bin/env bash
# Retired with the first release: databases now exist that ran 0000–0002, so migrations are only ever appended.
#   cd packages/server && npx drizzle-kit generate --name <what_changed>
# Functions and triggers that drizzle-kit does not generate (src/modules/*/sql/*.sql, e.g. the audit log's
# append-only trigger, already in 0000_init) go into a custom migration: npx drizzle-kit generate --custom --name <x>.
echo "regen-migrations.sh is retired: append a migration with 'npx drizzle-kit generate --name <change>' (see the comment in this file)." >&2
exit 1
