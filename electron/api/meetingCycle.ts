import { formatDateNl } from '../../shared/dates';
import { agendaItemText, meetingText } from '../../shared/schemas/meeting';
import { nextWorkingDay } from '../../shared/workingDays';
import { writer, today, type ApiContext } from './context';
import { defineHandlers } from './handler';
import { requireRegion } from './lookups';

/** 'YYYY-MM-DD' plus `months` (the last day of a shorter month when the day does not exist). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

const monthYear = (date: string) => formatDateNl(date).replace(/^\d+ /, '');

/**
 * About six months after the last voortgangsgesprek; never in the past; on a working day (a
 * weekend or public holiday moves it to the next one, `shared/workingDays.ts`).
 */
function proposedDate(ctx: ApiContext, regionId: string): string {
  const now = today(ctx);
  const last = ctx.repos.meetings.lastProgressMeeting(regionId);
  const date = last ? addMonths(last, 6) : addMonths(now, 1);
  return nextWorkingDay(date < now ? addMonths(now, 1) : date);
}

function openActionCount(ctx: ApiContext, regionId: string, before: string) {
  return ctx.repos.decisions.openBefore(regionId, before).length;
}

export const meetingCycleHandlers = defineHandlers({
  'meetings.cycle': (ctx, { regionId }) => {
    requireRegion(ctx, regionId, 'regionId');
    const date = proposedDate(ctx, regionId);
    return {
      next: ctx.repos.meetingPlanning.nextPlanned(regionId, today(ctx)),
      proposal: {
        date,
        title: `Voortgangsgesprek ${monthYear(date)}`,
        agreements: ctx.repos.meetingPlanning.dueForEvaluation(regionId, date),
        openActions: openActionCount(ctx, regionId, date),
      },
    };
  },
  /**
   * Plans the voortgangsgesprek with its agenda: opening, the actiepuntenlijst when actions are
   * open, one item per agreement due for evaluation (linked), rondvraag.
   */
  'meetings.planNext': (ctx, { regionId, title, date, startTime, endTime }) => {
    requireRegion(ctx, regionId, 'regionId');
    const w = writer(ctx);
    const meeting = ctx.repos.meetings.create(
      {
        regionId,
        kind: 'voortgangsgesprek',
        title,
        date,
        startTime,
        endTime,
        ...meetingText.empty,
        online: false,
        chairId: null,
        minuteTakerId: null,
      },
      w,
    );
    const add = (itemTitle: string, agreementIds: string[] = []) =>
      ctx.repos.agenda.add(
        meeting.id,
        { title: itemTitle, ...agendaItemText.empty, confidential: false, agreementIds },
        undefined,
        w,
      );
    add('Opening en vaststellen van de agenda');
    if (openActionCount(ctx, regionId, date!) > 0) add('Actiepuntenlijst van het vorige overleg');
    for (const a of ctx.repos.meetingPlanning.dueForEvaluation(regionId, date!)) {
      add(`Evaluatie: ${a.title}`.slice(0, 200), [a.id]);
    }
    add('Rondvraag en sluiting');
    return meeting;
  },
});
