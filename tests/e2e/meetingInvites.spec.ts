import { expect, expectAccessible, test, type AppFixture } from './fixtures';
import { open } from './agreementsSeed';
import { expectScreen, selectField } from './pages/ui';

/**
 * Invitees in bulk (issue 19): "Alle aanspreekpunten uitnodigen" and the aanspreekpunten of one
 * party, by keyboard; the list shows each invitee's organisation.
 */
function seed(app: AppFixture) {
  const region = app.api('regions.create', {
    name: 'Heuvelrug',
    zorgkantoorNumber: null,
    description: '',
  });
  app.api('settings.update', { userName: 'Anna de Vries', currentRegionId: region.id });
  const party = (name: string, type: 'gemeente' | 'zorgverzekeraar') =>
    app.api('parties.create', {
      type,
      name,
      notes: '',
      membership: { regionId: region.id, role: 'deelnemer', since: null, until: null },
    });
  const zeist = party('Gemeente Zeist', 'gemeente');
  const vgz = party('VGZ', 'zorgverzekeraar');
  const person = (partyId: string, name: string, role: 'bestuurlijk' | 'ambtelijk') => {
    const contact = app.api('contacts.create', { name, partyId });
    app.api('roles.create', {
      regionId: region.id,
      contactId: contact.id,
      role: `${role}_aanspreekpunt`,
    });
    return contact;
  };
  const anna = person(zeist.id, 'Anna Bos', 'bestuurlijk');
  person(zeist.id, 'Piet de Boer', 'ambtelijk');
  person(vgz.id, 'Karin Smit', 'bestuurlijk');
  const meeting = app.api('meetings.create', {
    regionId: region.id,
    kind: 'bestuurlijk_regio_overleg',
    title: 'Bestuurlijk overleg',
    date: '2027-01-12',
    startTime: '10:00',
    endTime: '12:00',
  });
  // Anna is invited already, one at a time.
  app.api('meetings.setAttendees', {
    meetingId: meeting.id,
    attendees: [{ contactId: anna.id }],
  });
  return meeting;
}

test('invite all aanspreekpunten, then one party’s, by keyboard; each invitee shows their organisation', async ({
  app,
  page,
}) => {
  const meeting = seed(app);
  await open(app, page, `/overleggen/${meeting.id}`);
  await expectScreen(page, 'Bestuurlijk overleg');
  const invitees = page.getByRole('table', { name: 'Genodigden' });
  await expect(invitees.getByRole('row')).toHaveCount(2);

  const all = page.getByRole('button', { name: 'Alle aanspreekpunten uitnodigen' });
  await all.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('2 genodigden toegevoegd; 1 stond er al op.')).toBeVisible();
  await expect(invitees.getByRole('row')).toHaveCount(4);
  for (const [name, organisation] of [
    ['Anna Bos', 'Gemeente Zeist'],
    ['Piet de Boer', 'Gemeente Zeist'],
    ['Karin Smit', 'VGZ'],
  ]) {
    const row = invitees.getByRole('row').filter({ hasText: name! });
    await expect(row.getByRole('cell', { name: organisation, exact: true })).toBeVisible();
  }
  await expect(all).toBeFocused();
  await expectAccessible(page, 'overleg met alle aanspreekpunten uitgenodigd');

  // One party: choose it in the field by keyboard, Tab to its button, Enter.
  const partyField = selectField(page, 'Aanspreekpunten van één partij');
  await partyField.focus();
  await page.keyboard.type('VGZ');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(partyField).toHaveValue('VGZ');
  // The button is enabled once the choice is in the form; Tab skips it while it is disabled.
  await expect(page.getByRole('button', { name: 'Partij uitnodigen' })).toBeEnabled();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Partij uitnodigen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Geen genodigden toegevoegd; die stond er al op.')).toBeVisible();
  await expect(invitees.getByRole('row')).toHaveCount(4);
  await expectAccessible(page, 'overleg, aanspreekpunten van een partij');
  expect(
    app.api('meetings.get', { id: meeting.id }).attendees.map((a) => [a.name, a.organisation]),
  ).toEqual([
    ['Anna Bos', 'Gemeente Zeist'],
    ['Piet de Boer', 'Gemeente Zeist'],
    ['Karin Smit', 'VGZ'],
  ]);
});
