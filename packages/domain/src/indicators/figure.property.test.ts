import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_CASE_OUTCOMES } from '../outcomes/byKind.js';
import { DEMO_CITY_DEFINITIONS, type IndicatorDefinition } from './definitions.js';
import type { CaseFacts } from './facts.js';
import { agencyUnits, computeFigure, computeFigureBy } from './figure.js';
import { formatRate } from './format.js';
import { quarterPeriod } from './periods.js';

const DAYS = ['2025-06-30', '2025-07-01', '2025-08-15', '2025-09-30', '2025-10-01', null] as const;
const AGENCIES = ['a1', 'a2', 'a3'] as const;

/** Random registries: cases of every kind and instance, outcomes, links to earlier cases, one 第一被告 each. */
const registry = fc
  .array(
    fc.record({
      kind: fc.constantFrom('litigation', 'litigation', 'reconsideration', 'dispute'),
      instance: fc.constantFrom('first', 'first', 'appeal', 'retrial', 'jurisdiction', null),
      filedOn: fc.constantFrom(...DAYS),
      concludedOn: fc.constantFrom(...DAYS),
      outcome: fc.option(fc.constantFrom(...ALL_CASE_OUTCOMES), { nil: null }),
      reviews: fc.option(fc.nat(30), { nil: null }),
      afterRecon: fc.option(fc.nat(30), { nil: null }),
      appealed: fc.option(fc.boolean(), { nil: null }),
      defenceDueOn: fc.constantFrom(...DAYS),
      defenceFiledOn: fc.constantFrom(...DAYS),
      first: fc.constantFrom(...AGENCIES),
      co: fc.option(fc.constantFrom(...AGENCIES), { nil: null }),
      heard: fc.option(
        fc.record({ valid: fc.boolean(), principal: fc.boolean(), spoke: fc.boolean(), on: fc.constantFrom(...DAYS) }),
        { nil: null },
      ),
    }),
    { maxLength: 30 },
  )
  .map((rows) =>
    rows.map(
      (r, i): CaseFacts => ({
        id: `c${i}`,
        kind: r.kind,
        instance: r.kind === 'litigation' ? r.instance : null,
        filedOn: r.filedOn,
        concludedOn: r.concludedOn,
        outcome: r.outcome,
        reviewsCaseId: r.reviews !== null && r.reviews < i ? `c${r.reviews}` : null,
        afterReconsiderationCaseId: r.afterRecon !== null && r.afterRecon < rows.length ? `c${r.afterRecon}` : null,
        appealed: r.appealed,
        defenceDueOn: r.defenceDueOn,
        defenceFiledOn: r.defenceFiledOn,
        appearance: r.heard && {
          heardOn: r.heard.on,
          heard: r.heard.on !== null,
          valid: r.heard.valid,
          principalAppeared: r.heard.valid && r.heard.principal,
          spoke: r.heard.valid && r.heard.spoke,
          absence: r.heard.valid ? 'none' : 'unapproved',
          judicialSuggestionRisk: false,
        },
        defendants: [
          { agencyId: r.first, role: 'first' },
          ...(r.co && r.co !== r.first ? [{ agencyId: r.co, role: 'reconsideration_body' as const }] : []),
        ],
      }),
    ),
  );

const DEFINITIONS: IndicatorDefinition[] = [
  ...DEMO_CITY_DEFINITIONS.definitions,
  ...(['concluded', 'judgments', 'effective'] as const).map(
    (denominator): IndicatorDefinition => ({
      id: `loss_${denominator}`,
      kind: 'loss_rate',
      label: '败诉率',
      numerator: 'losses',
      denominator,
      scope: 'effective',
      format: { rounding: 'truncate', decimals: 2 },
      coDefendants: 'first-defendant',
    }),
  ),
];
const Q3 = quarterPeriod(2025, 3);

describe('figures over random registries (docs/rules/indicators-and-sanctions.md#figures)', () => {
  it('numerator within denominator, counts equal the case lists, value and display from the counts', () => {
    fc.assert(
      fc.property(registry, (cases) => {
        for (const def of DEFINITIONS) {
          const f = computeFigure(def, cases, Q3);
          expect(f.numerator).toBe(f.numeratorCaseIds.length);
          expect(new Set(f.numeratorCaseIds).size).toBe(f.numerator);
          if (f.denominator === null) continue;
          expect(f.denominator).toBe(f.denominatorCaseIds.length);
          expect(f.numeratorCaseIds.every((id) => f.denominatorCaseIds.includes(id))).toBe(true);
          expect(f.value).toBe(f.denominator === 0 ? null : f.numerator / f.denominator);
          if ('format' in def) expect(f.display).toBe(formatRate(f.numerator, f.denominator, def.format));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('by 第一被告, the agencies add up to the total; with the hidden loss the numerator only grows', () => {
    fc.assert(
      fc.property(registry, (cases) => {
        for (const def of DEFINITIONS) {
          const d = { ...def, coDefendants: 'first-defendant' as const };
          const total = computeFigure(d, cases, Q3);
          const parts = [...computeFigureBy(d, cases, Q3, agencyUnits(d)).values()];
          expect(parts.reduce((s, p) => s + p.numerator, 0)).toBe(total.numerator);
          expect(parts.reduce((s, p) => s + (p.denominator ?? 0), 0)).toBe(total.denominator ?? 0);
          if (def.kind === 'loss_rate') {
            const hidden = computeFigure({ ...def, numerator: 'losses-and-withdrawals-after-change' }, cases, Q3);
            expect(hidden.denominatorCaseIds).toEqual(total.denominatorCaseIds);
            expect(total.numeratorCaseIds.every((id) => hidden.numeratorCaseIds.includes(id))).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
