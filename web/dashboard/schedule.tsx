// Today and the week: one /v1/owner/schedule request per local day (in parallel), shown as a list per
// day on phones and as seven columns on wide screens.
import { useEffect, useState } from 'preact/hooks';
import { addDays, dayLabel, localParts, weekDates } from '../shared/time.js';
import { ErrorMessage, Loading, useLoad } from '../shared/ui.js';
import { type Dashboard, useDashboard } from './context.js';
import { href } from './router.js';
import { StatsCards } from './stats.js';
import type { Appointment, DaySchedule } from './types.js';

/** Performance mark set once, when the first schedule has been painted (read by the benchmark). */
export const SCHEDULE_MARK = 'schedule-rendered';

function todayIn(timeZone: string): string {
  return localParts(new Date().toISOString(), timeZone).date;
}

function loadDays(dashboard: Dashboard, dates: string[]): Promise<DaySchedule[]> {
  return Promise.all(
    dates.map((date) =>
      dashboard.api.request<DaySchedule>(
        `Loading the schedule of ${date}`,
        `/v1/owner/schedule?date=${date}`,
      ),
    ),
  );
}

function useScheduleMark(ready: boolean) {
  useEffect(() => {
    if (!ready || performance.getEntriesByName(SCHEDULE_MARK).length > 0) return;
    // requestAnimationFrame runs before the next paint; the timeout after it runs once it is painted.
    requestAnimationFrame(() => setTimeout(() => performance.mark(SCHEDULE_MARK), 0));
  }, [ready]);
}

export function Today() {
  const dashboard = useDashboard();
  const today = todayIn(dashboard.business.time_zone);
  const days = useLoad(() => loadDays(dashboard, [today]), [dashboard.api, today]);
  useScheduleMark(days.data !== null);
  return (
    <>
      <h1>Today, {dayLabel(today)}</h1>
      <ErrorMessage error={days.error} />
      {days.data ? (
        <DayList day={days.data[0]!} timeZone={dashboard.business.time_zone} headingLevel={2} />
      ) : days.error ? null : (
        <Loading what="today's schedule" />
      )}
      <StatsCards />
    </>
  );
}

/** The week; a page of its own (h1) or a panel beside the test chat (h2). */
export function Week({ refreshKey = 0, asPage = false }: { refreshKey?: number; asPage?: boolean }) {
  const Heading = asPage ? 'h1' : 'h2';
  const dashboard = useDashboard();
  const today = todayIn(dashboard.business.time_zone);
  const [anchor, setAnchor] = useState(today);
  const dates = weekDates(anchor);
  const week = useLoad(() => loadDays(dashboard, dates), [dashboard.api, dates[0], refreshKey]);
  useScheduleMark(week.data !== null);
  const total = week.data?.reduce((sum, day) => sum + day.appointments.length, 0) ?? 0;
  return (
    <section aria-labelledby="week-heading">
      <div class="row">
        <Heading id="week-heading">
          Week of {dayLabel(dates[0]!)}
          {week.data ? (
            <span class="muted small">
              {' '}
              · {total} {total === 1 ? 'appointment' : 'appointments'}
            </span>
          ) : null}
        </Heading>
        <div class="row gap">
          <button type="button" onClick={() => setAnchor(addDays(anchor, -7))}>
            ← Previous week
          </button>
          <button type="button" onClick={() => setAnchor(today)} disabled={dates.includes(today)}>
            This week
          </button>
          <button type="button" onClick={() => setAnchor(addDays(anchor, 7))}>
            Next week →
          </button>
        </div>
      </div>
      <ErrorMessage error={week.error} />
      {week.data ? (
        <div class="week" data-testid="week">
          {week.data.map((day) => (
            <DayList
              key={day.date}
              day={day}
              timeZone={dashboard.business.time_zone}
              headingLevel={3}
              isToday={day.date === today}
            />
          ))}
        </div>
      ) : week.error ? null : (
        <Loading what="the week" />
      )}
    </section>
  );
}

interface DayListProps {
  day: DaySchedule;
  timeZone: string;
  headingLevel: 2 | 3;
  isToday?: boolean;
}

function DayList({ day, timeZone, headingLevel, isToday = false }: DayListProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class={isToday ? 'day today' : 'day'} data-date={day.date}>
      <Heading class="day-heading">
        {headingLevel === 2 ? 'Appointments' : dayLabel(day.date)}
        {isToday ? <span class="badge">today</span> : null}
      </Heading>
      {day.appointments.length === 0 ? (
        <p class="muted small">Nothing booked.</p>
      ) : (
        <ul class="appointments">
          {day.appointments.map((appointment) => (
            <AppointmentItem key={appointment.id} appointment={appointment} timeZone={timeZone} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AppointmentItem({ appointment, timeZone }: { appointment: Appointment; timeZone: string }) {
  const start = localParts(appointment.start_time, timeZone).time;
  const end = localParts(appointment.end_time, timeZone).time;
  return (
    <li class={appointment.is_emergency ? 'appointment emergency' : 'appointment'}>
      <a href={href('appointments', appointment.id)}>
        <span class="time">
          {start}–{end}
        </span>
        <span class="who">{appointment.customer_name ?? 'Unnamed customer'}</span>
        <span class="what muted">
          {appointment.is_emergency ? 'Emergency · ' : ''}
          {appointment.service_type ?? 'Appointment'}
        </span>
      </a>
    </li>
  );
}
