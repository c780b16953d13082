#!/usr/bin/env node
/**
 * Dependency audit gate: `npm audit --omit=dev` (production dependencies only) must show no high or critical
 * advisory unless it is justified in audit-allowlist.json:
 *
 *   { "entries": [ { "package": "name", "advisory": "GHSA-xxxx-xxxx-xxxx", "reason": "why it does not apply",
 *                    "expires": "2027-06-30" } ] }
 *
 * An entry needs a reason and an expiry date (so every exception is looked at again); expired entries count as
 * missing. Exit 0 = clean, 1 = unjustified findings, 2 = the audit could not run (the registry must answer; an audit
 * that did not happen is not a pass).
 *
 * Usage: node scripts/audit-deps.mjs [--input audit.json] [--allowlist audit-allowlist.json]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEVERE = new Set(['high', 'critical']);

/** The high/critical advisories of an `npm audit --json` report (v2), one per package and advisory. */
export function findings(report) {
  const out = new Map();
  for (const vuln of Object.values(report.vulnerabilities ?? {})) {
    for (const via of vuln.via ?? []) {
      if (typeof via !== 'object' || !SEVERE.has(via.severity)) continue;
      const advisory = /GHSA-[\w-]+/.exec(via.url ?? '')?.[0] ?? String(via.source);
      const key = `${via.name}|${advisory}`;
      if (!out.has(key)) {
        out.set(key, { package: via.name, advisory, severity: via.severity, title: via.title, range: via.range });
      }
    }
  }
  return [...out.values()];
}

/** Splits findings into justified and not, and lists allowlist entries that are expired or match nothing. */
export function evaluate(found, allowlist, today = new Date().toISOString().slice(0, 10)) {
  const entries = allowlist.entries ?? [];
  const valid = (e) => typeof e.reason === 'string' && e.reason.trim().length >= 10 && e.expires && e.expires >= today;
  const unjustified = [];
  const justified = [];
  for (const f of found) {
    const entry = entries.find((e) => e.package === f.package && e.advisory === f.advisory);
    if (entry && valid(entry)) justified.push({ ...f, reason: entry.reason, expires: entry.expires });
    else
      unjustified.push({ ...f, problem: entry ? 'allowlist entry expired or without a reason' : 'not in allowlist' });
  }
  const stale = entries.filter((e) => !found.some((f) => f.package === e.package && f.advisory === e.advisory));
  return { unjustified, justified, stale };
}

function arg(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function runAudit() {
  try {
    return execFileSync('npm', ['audit', '--omit=dev', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    // npm audit exits non-zero when it finds something; its JSON is still on stdout.
    if (err.stdout) return err.stdout;
    throw err;
  }
}

function main() {
  const input = arg('--input');
  const allowlistPath = arg('--allowlist') ?? `${ROOT}/audit-allowlist.json`;
  let report;
  try {
    report = JSON.parse(input ? readFileSync(input, 'utf8') : runAudit());
  } catch (err) {
    console.error(`audit-deps: could not run npm audit: ${err.message}`);
    process.exit(2);
  }
  if (!report.vulnerabilities) {
    console.error(
      `audit-deps: npm audit gave no report (${report.message ?? report.error?.summary ?? 'unknown error'}).`,
    );
    console.error('audit-deps: the registry must support the audit endpoint; an audit that did not run is not a pass.');
    process.exit(2);
  }
  const allowlist = existsSync(allowlistPath) ? JSON.parse(readFileSync(allowlistPath, 'utf8')) : { entries: [] };
  const { unjustified, justified, stale } = evaluate(findings(report), allowlist);
  for (const j of justified)
    console.log(`allowed  ${j.severity} ${j.package} ${j.advisory} until ${j.expires}: ${j.reason}`);
  for (const s of stale)
    console.warn(`stale    allowlist entry ${s.package} ${s.advisory} matches no finding; remove it`);
  for (const u of unjustified) {
    console.error(`FINDING  ${u.severity} ${u.package} ${u.advisory} (${u.range}): ${u.title} — ${u.problem}`);
  }
  if (unjustified.length > 0) {
    console.error(
      `audit-deps: ${unjustified.length} high/critical finding(s) without a justification in audit-allowlist.json`,
    );
    process.exit(1);
  }
  console.log(`audit-deps: ok (${justified.length} justified, production dependencies only)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
