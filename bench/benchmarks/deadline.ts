import { computeDeadline, createCalendar, deadlineRules, officialSchedule } from '@shuangjiang/domain';
import { type Benchmark, result } from '../lib/types.js';

/** Deadline computation for N (rule, date) pairs vs plain calendar-day addition of the same pairs. */
export const benchmark: Benchmark = {
  name: 'deadline',
  description: 'deadline computation for 1M (rule, date) pairs vs plain date addition',
  async run(ctx) {
    const n = ctx.scale === 'full' ? 1_000_000 : 200_000;
    const calendar = createCalendar(officialSchedule);
    const rules = deadlineRules.map((r) => r.id);
    const dates: string[] = [];
    const start = Date.UTC(2019, 0, 1);
    for (let i = 0; i < 2000; i++)
      dates.push(new Date(start + ((i * 37) % 2500) * 86_400_000).toISOString().slice(0, 10));

    let sink = 0;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const r = computeDeadline(rules[i % rules.length]!, dates[i % dates.length]!, calendar);
      sink += r.due.length;
    }
    const product = performance.now() - t0;

    const t1 = performance.now();
    for (let i = 0; i < n; i++) {
      const d = new Date(`${dates[i % dates.length]!}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + 15);
      sink += d.toISOString().slice(0, 10).length;
    }
    const baseline = performance.now() - t1;
    if (sink === 0) throw new Error('unreachable');
    const rate = n / (product / 1000);
    const baseRate = n / (baseline / 1000);
    return [
      result({
        name: 'deadline',
        db: 'none',
        value: rate,
        unit: 'pairs/s',
        baseline: 'plain date addition',
        baselineValue: baseRate,
        ratio: baseRate / rate,
        n,
      }),
    ];
  },
};
