/**
 * Related cases shown together (docs/rules/risk.md#related-cases): the same plaintiff across cases (however written,
 * partyName.ts), the same contested act of the same agency, and the same group of plaintiffs (a mass dispute: cases
 * sharing at least two plaintiffs, chained). A related case is a risk signal (a repeat plaintiff, a mass dispute) and
 * what a 包案领导 must resolve together.
 */
import { groupParties, normalizePartyName, type PartyIdentity } from './partyName.js';

export interface RelatedCaseInput {
  id: string;
  plaintiffs: readonly PartyIdentity[];
  /** The contested act as written (被诉行政行为), e.g. 「某政府〔2025〕12号征收决定」. */
  contestedAct?: string | null;
  /** The first defendant: the same act text of two different agencies is not the same act. */
  defendantAgencyId?: string | null;
}

export type RelationKind = 'same_party' | 'same_act' | 'same_plaintiffs';

export const RELATION_LABELS: Record<RelationKind, string> = {
  same_party: '同一当事人',
  same_act: '同一被诉行为',
  same_plaintiffs: '同一原告群体',
};

export interface RelatedGroup {
  kind: RelationKind;
  /** What they share, for the reader: the party's name as first written, the act, or the plaintiffs' names. */
  label: string;
  /** At least two cases, in input order. */
  caseIds: string[];
}

/** How many plaintiffs two cases must share to be one plaintiffs group. */
export const SHARED_PLAINTIFFS_FOR_GROUP = 2;

/** The contested act reduced to what identifies it (spacing, brackets 〔〕 vs [] and full-width digits aside). */
export function normalizeAct(act: string): string {
  return normalizePartyName(act);
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** Union-find over case indexes. */
function components(n: number, edges: readonly (readonly [number, number])[]): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const [a, b] of edges) parent[find(a)] = find(b);
  const out = new Map<number, number[]>();
  for (let i = 0; i < n; i++) out.set(find(i), [...(out.get(find(i)) ?? []), i]);
  return [...out.values()].filter((g) => g.length > 1).sort((a, b) => a[0]! - b[0]!);
}

/** Every group of related cases among `cases`: by party, by act, by plaintiffs group. */
export function relatedCaseGroups(cases: readonly RelatedCaseInput[]): RelatedGroup[] {
  const groups: RelatedGroup[] = [];
  // Same party: group all plaintiffs of all cases, then keep the parties found in two cases or more.
  const flat = cases.flatMap((c, ci) => c.plaintiffs.map((p) => ({ p, ci })));
  const partyOfFlat = new Map<number, number>();
  const parties = groupParties(flat.map((f) => f.p));
  parties.forEach((members, pi) => {
    for (const m of members) partyOfFlat.set(m, pi);
  });
  for (const members of parties) {
    const caseIdx = [...new Set(members.map((m) => flat[m]!.ci))].sort((a, b) => a - b);
    if (caseIdx.length < 2) continue;
    groups.push({
      kind: 'same_party',
      label: flat[members[0]!]!.p.name.trim(),
      caseIds: unique(caseIdx.map((i) => cases[i]!.id)),
    });
  }
  // Same act of the same agency.
  const byAct = new Map<string, { label: string; idx: number[] }>();
  cases.forEach((c, i) => {
    if (!c.contestedAct) return;
    const act = normalizeAct(c.contestedAct);
    if (!act) return;
    const key = `${c.defendantAgencyId ?? ''}|${act}`;
    const entry = byAct.get(key) ?? { label: c.contestedAct.trim(), idx: [] };
    entry.idx.push(i);
    byAct.set(key, entry);
  });
  for (const { label, idx } of byAct.values()) {
    if (idx.length > 1) groups.push({ kind: 'same_act', label, caseIds: idx.map((i) => cases[i]!.id) });
  }
  // Plaintiffs group: cases sharing at least two plaintiffs, chained (A~B and B~C make one group).
  const partiesOfCase = cases.map(() => new Set<number>());
  flat.forEach((f, fi) => {
    partiesOfCase[f.ci]!.add(partyOfFlat.get(fi)!);
  });
  const edges: [number, number][] = [];
  for (let a = 0; a < cases.length; a++) {
    for (let b = a + 1; b < cases.length; b++) {
      let shared = 0;
      for (const p of partiesOfCase[a]!) if (partiesOfCase[b]!.has(p)) shared++;
      if (shared >= SHARED_PLAINTIFFS_FOR_GROUP) edges.push([a, b]);
    }
  }
  for (const comp of components(cases.length, edges)) {
    const shared = [...partiesOfCase[comp[0]!]!].filter((p) => comp.every((ci) => partiesOfCase[ci]!.has(p)));
    const names = (shared.length ? shared : [...partiesOfCase[comp[0]!]!])
      .slice(0, 3)
      .map((p) => flat[parties[p]![0]!]!.p.name.trim());
    groups.push({
      kind: 'same_plaintiffs',
      label: `${names.join('、')}等`,
      caseIds: comp.map((i) => cases[i]!.id),
    });
  }
  return groups;
}

/** The cases related to `caseId` among `cases`, each with the kinds of relation and their labels. */
export function relatedTo(
  caseId: string,
  cases: readonly RelatedCaseInput[],
): { caseId: string; relations: { kind: RelationKind; label: string }[] }[] {
  const out = new Map<string, { kind: RelationKind; label: string }[]>();
  for (const g of relatedCaseGroups(cases)) {
    if (!g.caseIds.includes(caseId)) continue;
    for (const other of g.caseIds) {
      if (other === caseId) continue;
      out.set(other, [...(out.get(other) ?? []), { kind: g.kind, label: g.label }]);
    }
  }
  return [...out].map(([id, relations]) => ({ caseId: id, relations }));
}
