/**
 * The Voorbeelddossier's meetings: two past voortgangsgesprekken with minutes, decisions and
 * actions (the first vastgesteld in the second), and one planned. Written through the
 * repositories, by the demo actor, after the rest of the demo has been imported.
 */
import type { Writer } from '../../db';
import { todayIso } from '../../shared/dates';
import type { ApiContext } from './context';
import { addMonths } from './meetingCycle';
import { approveMinutes } from './minutes';
import { prepareRichText } from '../text/richText';
import { agreementFilterQuery } from '../../shared/schemas/agreementList';
import { agendaItemText, meetingText } from '../../shared/schemas/meeting';

const DAY = 86_400_000;

export function addDemoMeetings(ctx: ApiContext, regionId: string, actor: string): void {
  const now = ctx.clock();
  const w: Writer = { actor, now: now.toISOString() };
  const day = (offsetDays: number) => todayIso(new Date(now.getTime() + offsetDays * DAY));
  const people = ctx.repos.contacts.list({
    partyId: null,
    regionId,
    search: '',
    includeInactive: false,
    day: todayIso(now),
  });
  const person = (i: number) => people[i % Math.max(1, people.length)]?.id ?? null;
  const agreement = (search: string) =>
    ctx.repos.agreementQueries
      .ids({ ...agreementFilterQuery.parse({ regionId, search }), day: todayIso(now) })
      .slice(0, 1);
  const meeting = (title: string, date: string, startTime = '14:00', endTime = '16:00') =>
    ctx.repos.meetings.create(
      {
        regionId,
        kind: 'voortgangsgesprek',
        title,
        date,
        startTime,
        endTime,
        ...meetingText.empty,
        location: 'Gemeentehuis Zeist, raadzaal',
        online: false,
        chairId: person(0),
        minuteTakerId: person(1),
      },
      w,
    );
  const item = (meetingId: string, title: string, minutes: string, agreementIds: string[] = []) => {
    const row = ctx.repos.agenda.add(
      meetingId,
      { title, ...agendaItemText.empty, confidential: false, agreementIds },
      undefined,
      w,
    );
    const safe = prepareRichText(minutes);
    ctx.repos.agenda.saveMinutes(row, safe.html, safe.text, w.now);
    return row.id;
  };
  const invite = (meetingId: string) =>
    ctx.repos.meetings.setAttendees(
      meetingId,
      people.slice(0, 6).map((p, i) => ({
        contactId: p.id,
        attendance: i === 4 ? 'afgemeld' : 'aanwezig',
      })),
      w,
    );

  // Voorjaar: vastgesteld in het najaarsoverleg.
  const spring = meeting('Voortgangsgesprek voorjaar', day(-190));
  invite(spring.id);
  item(
    spring.id,
    'Opening en vaststellen van de agenda',
    '<p>De voorzitter opent de vergadering en heet iedereen welkom. De agenda wordt ongewijzigd vastgesteld.</p>',
  );
  const fall = item(
    spring.id,
    'Voortgang valpreventie thuiswonende ouderen',
    '<p>De trekker licht de cijfers toe: in zes van de tien gemeenten draait de cursus <em>In Balans</em>.</p><ul><li>De wachttijd voor een valrisicotest is gedaald naar drie weken.</li><li>De zorgverzekeraar vraagt om een gezamenlijke evaluatie na een jaar.</li></ul>',
    agreement('Valpreventie'),
  );
  const continued = ctx.repos.decisions.addDecision(
    fall,
    'De aanpak valpreventie wordt in alle tien gemeenten voortgezet.',
    w,
  );
  // The besluit and the afspraak it is about point at each other (as "Bestaande afspraak wijzigen").
  for (const id of agreement('Valpreventie'))
    ctx.repos.decisionLinks.link(id, continued.id, 'changed');
  const figures = ctx.repos.decisions.addAction(
    { agendaItemId: fall },
    {
      text: 'Cijfers valincidenten per gemeente aanleveren',
      ownerId: person(2),
      dueDate: day(-130),
    },
    w,
  );
  ctx.repos.decisions.updateAction(
    figures,
    { ...figures, status: 'afgerond', doneOn: day(-135) },
    w,
  );
  const crisis = item(
    spring.id,
    'Crisiszorg GGZ en verward gedrag',
    '<p>Het meldpunt is sinds maart 24 uur per dag bereikbaar. De politie meldt minder inzet bij verward gedrag; de gemeenten willen de kosten per melding inzichtelijk hebben.</p>',
    agreement('Crisiszorg'),
  );
  ctx.repos.decisions.addAction(
    { agendaItemId: crisis },
    {
      text: 'Kostenoverzicht meldpunt per gemeente opstellen',
      ownerId: person(3),
      dueDate: day(-60),
    },
    w,
  );
  item(
    spring.id,
    'Rondvraag en sluiting',
    '<p>Geen vragen. De voorzitter sluit de vergadering om 15.45 uur.</p>',
  );
  approveMinutes(ctx, spring, day(-20), 'Voortgangsgesprek najaar', w);

  // Najaar: notulen nog in concept.
  const autumn = meeting('Voortgangsgesprek najaar', day(-20));
  invite(autumn.id);
  item(
    autumn.id,
    'Opening en vaststellen van het verslag',
    '<p>Het verslag van het voorjaarsoverleg wordt ongewijzigd vastgesteld.</p>',
  );
  item(
    autumn.id,
    'Actiepuntenlijst van het vorige overleg',
    '<p>Het kostenoverzicht van het meldpunt is nog niet klaar; het blijft op de lijst.</p>',
  );
  const care = item(
    autumn.id,
    'Mantelzorgondersteuning dementie',
    '<p>Casemanagers dementie zien de vraag naar respijtzorg stijgen. Het zorgkantoor verkent logeeropvang in de regio.</p>',
    agreement('Mantelzorg'),
  );
  ctx.repos.decisions.addDecision(
    care,
    'Het zorgkantoor werkt een voorstel voor logeeropvang uit voor het voorjaarsoverleg.',
    w,
  );
  ctx.repos.decisions.addAction(
    { agendaItemId: care },
    { text: 'Voorstel logeeropvang uitwerken', ownerId: person(5), dueDate: day(120) },
    w,
  );
  item(autumn.id, 'Rondvraag en sluiting', '<p>De volgende bijeenkomst is in het voorjaar.</p>');

  // Gepland: het volgende voortgangsgesprek, ongeveer zes maanden later.
  const planned = meeting('Voortgangsgesprek voorjaar', addMonths(day(-20), 6), '10:00', '12:00');
  invite(planned.id);
  for (const title of [
    'Opening en vaststellen van de agenda',
    'Actiepuntenlijst van het vorige overleg',
    'Rondvraag en sluiting',
  ]) {
    ctx.repos.agenda.add(
      planned.id,
      { title, ...agendaItemText.empty, confidential: false, agreementIds: [] },
      undefined,
      w,
    );
  }
}
