/**
 * Each definition as SQL over the summary rows (schema.ts): the date that places a case in a period, the condition of
 * its denominator (null for a count) and of its numerator. Every condition reads only columns and flags the domain
 * decided (facts.ts), in the shape of the domain's `membership` (packages/domain/src/indicators/membership.ts,
 * docs/rules/indicators-and-sanctions.md#definitions) — so a count here is the domain's figure; the db test compares
 * them on random data.
 */
import type { IndicatorDefinition, Period } from '@shuangjiang/domain';
import { type SQL, sql } from 'drizzle-orm';

export interface DefinitionSql {
  /** The date column that places a case in the period. */
  date: SQL;
  /** The denominator's condition without the period; null for a count. */
  denominator: SQL | null;
  /** The numerator's condition without the period (for a rate: within the denominator). */
  numerator: SQL;
}

const f = (column: string) => sql.raw(`f.${column}`);
const TRUE = sql`true`;
const and = (...parts: SQL[]) => sql`(${sql.join(parts, sql` and `)})`;
const textArray = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;

/**
 * The SQL of a definition. `asOf`: today — a defence due today or later and not yet filed is still open. `over`: the
 * summary rows (`facts`) or the counts (`counts`, counts.ts: the same columns, dates the month's first day, the
 * defence as `defence_filed` / `defence_on_time` / `open_due_on` — the only predicate that reads them differently).
 */
export function definitionSql(
  def: IndicatorDefinition,
  asOf: string,
  over: 'facts' | 'counts' = 'facts',
): DefinitionSql | null {
  switch (def.kind) {
    case 'new_cases':
    case 'concluded':
      return {
        date: def.kind === 'new_cases' ? f('filed_on') : f('concluded_on'),
        denominator: null,
        numerator: and(
          sql`${f('kind')} = any(${textArray(def.caseKinds)})`,
          def.instances === 'all' ? TRUE : sql`(${f('kind')} <> 'litigation' or ${f('first_instance')})`,
        ),
      };
    case 'loss_rate': {
      const denominator = and(
        f('deciding'),
        def.denominator === 'concluded'
          ? TRUE
          : def.denominator === 'first-instance-concluded'
            ? f('first_instance')
            : def.denominator === 'judgments'
              ? and(f('first_instance'), f('is_judgment'))
              : f('is_final'),
      );
      const hidden = def.numerator === 'losses-and-withdrawals-after-change';
      const lost =
        def.scope === 'effective'
          ? f(hidden ? 'final_lost_hidden' : 'final_lost')
          : f(hidden ? 'own_lost_hidden' : 'own_lost');
      return { date: f('concluded_on'), denominator, numerator: lost };
    }
    case 'mediation_withdrawal_rate':
      return {
        date: f('concluded_on'),
        denominator: and(
          sql`${f('kind')} = ${def.caseKind}`,
          def.caseKind !== 'litigation' || def.instances === 'all' ? TRUE : f('first_instance'),
        ),
        numerator: f('mediated_or_withdrawn'),
      };
    case 'reconsideration_correction_rate':
      return {
        date: f('concluded_on'),
        denominator: sql`${f('kind')} = 'reconsideration'`,
        numerator: f('reconsideration_corrected'),
      };
    case 'litigation_after_reconsideration_rate':
      return {
        date: f('concluded_on'),
        denominator: sql`${f('kind')} = 'reconsideration'`,
        numerator: f('sued_after'),
      };
    case 'appeal_rate':
      return {
        date: f('concluded_on'),
        denominator:
          def.denominator === 'concluded' ? f('first_instance') : and(f('first_instance'), f('appealable_end')),
        numerator: f('appealed_any'),
      };
    case 'defence_on_time_rate':
      if (over === 'counts') {
        return {
          date: f('defence_due_on'),
          denominator: sql`not (not ${f('defence_filed')} and ${f('open_due_on')} >= ${asOf}::date)`,
          numerator: f('defence_on_time'),
        };
      }
      return {
        date: f('defence_due_on'),
        denominator: sql`not (${f('defence_filed_on')} is null and ${f('defence_due_on')} >= ${asOf}::date)`,
        numerator: sql`(${f('defence_filed_on')} is not null and ${f('defence_filed_on')} <= ${f('defence_due_on')})`,
      };
    default:
      // Head-appearance rates are the hearings module's figures (their facts are hearings, not the registry's rows).
      return null;
  }
}

/** The date within the period. */
export const inPeriodSql = (date: SQL, p: Period) => sql`${date} between ${p.from}::date and ${p.to}::date`;

/** The cases of one part of a figure for the period: the denominator's (a count: its cases) or the numerator's. */
export function partSql(d: DefinitionSql, p: Period, part: 'numerator' | 'denominator'): SQL {
  const base = d.denominator ? and(d.denominator, inPeriodSql(d.date, p)) : and(d.numerator, inPeriodSql(d.date, p));
  return part === 'denominator' || !d.denominator ? base : and(base, d.numerator);
}
