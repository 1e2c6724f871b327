// Calls, bookings, conversion and emergencies over 7 or 30 days, and bookings per day as a bar chart
// drawn in inline SVG (no chart library: a few rectangles).
import { useState } from 'preact/hooks';
import { dayLabel } from '../shared/time.js';
import { ErrorMessage, Loading, useLoad } from '../shared/ui.js';
import { useDashboard } from './context.js';
import type { Stats } from './types.js';

export function StatsCards() {
  const { api } = useDashboard();
  const [days, setDays] = useState<7 | 30>(7);
  const stats = useLoad(
    () => api.request<Stats>(`Loading the ${days}-day numbers`, `/v1/owner/stats?days=${days}`),
    [api, days],
  );
  return (
    <section aria-labelledby="stats-heading" class="stats">
      <div class="row">
        <h2 id="stats-heading">Last {days} days</h2>
        <fieldset class="row gap">
          <legend class="visually-hidden">Period</legend>
          {([7, 30] as const).map((option) => (
            <button key={option} type="button" aria-pressed={days === option} onClick={() => setDays(option)}>
              {option} days
            </button>
          ))}
        </fieldset>
      </div>
      <ErrorMessage error={stats.error} />
      {stats.data ? <StatsBody stats={stats.data} /> : stats.error ? null : <Loading what="the numbers" />}
    </section>
  );
}

function StatsBody({ stats }: { stats: Stats }) {
  const cards: Array<[string, string]> = [
    ['Calls', String(stats.calls)],
    ['Chats', String(stats.chats)],
    ['Bookings', String(stats.bookings)],
    ['Conversion', `${Math.round(stats.conversion_rate * 100)} %`],
    ['Emergencies', String(stats.emergencies)],
  ];
  return (
    <>
      <dl class="cards">
        {cards.map(([label, value]) => (
          <div class="card" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <BookingsChart perDay={stats.bookings_per_day} />
    </>
  );
}

const HEIGHT = 80;

export function BookingsChart({ perDay }: { perDay: Stats['bookings_per_day'] }) {
  const max = Math.max(1, ...perDay.map((day) => day.count));
  const width = Math.max(perDay.length * 10, 70);
  const bar = width / Math.max(perDay.length, 1);
  const total = perDay.reduce((sum, day) => sum + day.count, 0);
  const first = perDay[0]?.date;
  const last = perDay[perDay.length - 1]?.date;
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Bookings per day: ${total} in ${perDay.length} days`}
      >
        {perDay.map((day, index) => {
          const height = (day.count / max) * (HEIGHT - 4);
          return (
            <rect
              key={day.date}
              x={index * bar + bar * 0.15}
              y={HEIGHT - height}
              width={bar * 0.7}
              height={height}
              class="bar"
            >
              <title>
                {dayLabel(day.date)}: {day.count}
              </title>
            </rect>
          );
        })}
      </svg>
      <figcaption class="muted small">
        Bookings per day{first && last ? `, ${dayLabel(first)} – ${dayLabel(last)}` : ''} (highest: {max})
      </figcaption>
    </figure>
  );
}
