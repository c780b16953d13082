#!/usr/bin/env bash
# Before the first release the schema is still moving: migrations are kept as one `0000_init` generated from the
# module schemas. Run under a lock because several engineers share this tree. After the first release, this script
# is retired and `npx drizzle-kit generate` appends migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/sj-migrations.lock
flock 9
rm -rf drizzle
npx drizzle-kit generate --name init
# What drizzle-kit does not generate (functions, triggers): each module's src/modules/<m>/sql/*.sql, appended to
# the init migration in path order, one statement per `--> statement-breakpoint` chunk.
for f in src/modules/*/sql/*.sql; do
  [ -e "$f" ] || continue
  printf '\n--> statement-breakpoint\n' >>drizzle/0000_init.sql
  cat "$f" >>drizzle/0000_init.sql
done
