/** The candidates tool's YAML: per target, observations ready to paste, each with its confidence and reason as a comment. */
import { stringify } from 'yaml';
import type { Target } from '../data/target-schema.ts';
import { datedGoal } from '../tracker/status.ts';
import { type PlaceNames, scopeLabel } from '../data/place-schema.ts';
import type { Proposal } from './targets.ts';

export function formatProposals(proposals: Proposal[], targets: Target[], places: PlaceNames = {}): string {
  const lines: string[] = [];
  for (const t of targets) {
    const mine = proposals.filter((p) => p.target_id === t.id).sort((a, b) => b.confidence - a.confidence);
    if (mine.length === 0) continue;
    lines.push(`# ${t.file} · ${t.id} · ${t.name}（${scopeLabel(t, places)}）：${datedGoal(t)}`, `${t.id}:`);
    for (const p of mine) {
      const observation = {
        value: p.value,
        year: p.year,
        doc: p.doc,
        place: p.place,
        ...(p.qualifier ? { qualifier: p.qualifier } : {}),
        metric: p.metric,
        ...(p.unit ? { unit: p.unit } : {}),
        ...(p.comparator ? { comparator: p.comparator } : {}),
        ...(p.indicator ? { indicator: p.indicator } : {}),
        ...(p.still_planned ? { still_planned: true } : {}),
        quote: p.quote,
      };
      lines.push(
        `  # ${p.confidence.toFixed(2)} ${p.reason}（#${p.paragraph}）`,
        `  - ${stringify(observation, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trim()}`,
      );
    }
    lines.push('');
  }
  lines.push(
    proposals.length
      ? `# ${proposals.length} proposals for ${new Set(proposals.map((p) => p.target_id)).size} targets. Review each against its paragraph: record it under observations, or under rejected with the reason.`
      : '# Nothing to review: every figure the documents report for a target is recorded or rejected.',
  );
  return lines.join('\n');
}
