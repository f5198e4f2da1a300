/**
 * Beoordelen op de eigen laptop, the coordinator's side (issue 23): making a package (sources,
 * confidential agreements, one transaction ending with the file), and reading a response in —
 * reviews audited as received from the package, the same file twice adds nothing, refusals
 * change nothing, and a verdict on a changed agreement says what changed — on the agreement's
 * reviews too; the regio-overzicht counts open and overdue packages.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  parseReviewPackage,
  REVIEW_RESPONSE_FORMAT,
  type ReviewPackage,
  type ReviewResponse,
} from '../../shared/review/formats';
import { verifyPackageHashes } from '../../electron/review/hash';
import { makeReviewPackage } from '../../electron/api/reviewPackageBuild';
import { reviewPackageRequest } from '../../shared/schemas/reviewPackage';
import { makeApi, type TestApi } from '../fixtures/api';
import { addContact } from '../fixtures/register';
import { agreementInput, sameAsNow, seed, type World } from './agreementsSeed';

let api: TestApi;
let w: World;
let wethouder: { id: string; name: string };
let ids: string[];
beforeEach(async () => {
  api = await makeApi();
  w = seed(api);
  wethouder = addContact(api, w.gemeente.id, 'Marja Wethouder', { function: 'Wethouder' });
  ids = ['Valpreventie', 'Mantelzorg', 'Eenzaamheid'].map(
    (title, i) =>
      api.call(
        'agreements.create',
        agreementInput(w, { title, confidential: i === 2, descriptionHtml: `<p>${title}</p>` }),
      ).id,
  );
});
afterEach(() => api.close());

/** Makes a package as the app and the CLI do; returns it as the file holds it. */
function make(input: Record<string, unknown> = {}) {
  let written = '';
  const request = reviewPackageRequest.parse({
    source: { kind: 'agreements', agreementIds: ids },
    reviewerId: wethouder.id,
    message: 'Graag vóór het overleg.',
    replyBy: '2026-12-01',
    ...input,
  });
  makeReviewPackage(api.ctx, request, (pkg) => {
    written = JSON.stringify(pkg);
  });
  const parsed = parseReviewPackage(written);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

function respond(pkg: ReviewPackage, verdicts: Partial<ReviewResponse['verdicts'][number]>[]) {
  const response: ReviewResponse = {
    format: REVIEW_RESPONSE_FORMAT,
    version: 1,
    packageId: pkg.packageId,
    reviewer: pkg.reviewer,
    savedAt: '2026-11-23T10:00:00.000Z',
    generalRemark: 'Goed werk.',
    verdicts: verdicts.map((v, i) => ({
      agreementId: pkg.agreements[i]!.id,
      hash: pkg.agreements[i]!.hash,
      verdict: 'akkoord' as const,
      remark: '',
      on: '2026-11-22',
      ...v,
    })),
  };
  return JSON.stringify(response);
}

const importText = (text: string) =>
  api.call('reviewPackages.importResponse', { text, fileName: 'reactie.regiodossier-reactie' });

const counts = () =>
  ['agreement_review', 'review_response', 'review_response_verdict', 'audit_log'].map((t) =>
    api.count(t),
  );

describe('making a package', () => {
  it('holds the snapshots the reviewer needs, sealed, without the confidential one unless asked', () => {
    const pkg = make();
    expect(pkg.agreements.map((a) => a.title)).toEqual(['Valpreventie', 'Mantelzorg']);
    expect(verifyPackageHashes(pkg)).toEqual([]);
    expect(pkg.reviewer).toEqual({ id: wethouder.id, name: 'Marja Wethouder' });
    expect(pkg.sender).toEqual({ name: 'Anna de Vries', organisation: 'Gemeente Leeuwarden' });
    expect(pkg.region.name).toBe('Friesland');
    const a = pkg.agreements[0]!;
    expect(a.themes).toEqual(['Ouderen', 'Preventie']);
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ['De Friesland Zorgverzekeraar', 'financier'],
      ['Gemeente Leeuwarden', 'trekker'],
    ]);
    expect(a.owner).toEqual({ name: 'Jan Jansen', function: 'Beleidsadviseur' });
    expect(a.statusLabel).toBe('Concept');
    expect(make({ includeConfidential: true }).agreements).toHaveLength(3);

    // Each agreement waits for a reaction and says to whom it was sent, in its history.
    const detail = api.call('agreements.get', { id: ids[0]! });
    expect(detail.reviewState).toBe('wacht');
    expect(detail.timeline.map((t) => t.text).join('\n')).toContain(
      'Beoordelingspakket: voorgelegd aan Marja Wethouder op 22 november 2026',
    );
    const list = api.call('reviewPackages.list', { regionId: w.region.id });
    expect(list.packages).toHaveLength(2);
    expect(list.open).toBe(2);
    expect(list.overdue).toBe(0);
    // After the reply-by date an unanswered package is overdue.
    api.setNow(new Date('2026-12-02T09:00:00Z'));
    const later = api.call('reviewPackages.list', { regionId: w.region.id });
    expect(later.overdue).toBe(2);
    expect(later.packages.every((p) => p.overdue && p.replyBy === '2026-12-01')).toBe(true);
    api.setNow(new Date('2026-11-22T10:00:00Z'));
    expect(api.call('reviewPackages.forAgreement', { id: ids[2]! }).packages).toHaveLength(1);
  });

  it('takes a meeting’s agenda or everything that waits; says why when nothing goes in', () => {
    const meeting = api.call('meetings.create', {
      regionId: w.region.id,
      kind: 'voortgangsgesprek',
      title: 'Voortgangsgesprek',
      date: '2026-12-10',
      startTime: '14:00',
      endTime: '16:00',
    });
    api.call('agenda.add', { meetingId: meeting.id, title: 'Punt 1', agreementIds: [ids[1]!] });
    api.call('agenda.add', { meetingId: meeting.id, title: 'Punt 2', agreementIds: [ids[2]!] });
    const preview = api.call('reviewPackages.preview', {
      source: { kind: 'meeting', meetingId: meeting.id },
    });
    expect(preview.agreements.map((a) => [a.title, a.included])).toEqual([
      ['Mantelzorg', true],
      ['Eenzaamheid', false],
    ]);
    expect(preview.confidentialLeftOut).toBe(1);

    expect(
      api.call('reviewPackages.preview', { source: { kind: 'waiting', regionId: w.region.id } })
        .included,
    ).toBe(0);
    api.call('agreements.requestReview', { agreementIds: [ids[0]!], on: '2026-11-20' });
    const waiting = make({ source: { kind: 'waiting', regionId: w.region.id } });
    expect(waiting.agreements.map((a) => a.title)).toEqual(['Valpreventie']);

    expect(() => make({ source: { kind: 'agreements', agreementIds: [ids[2]!] } })).toThrow(
      'De gekozen afspraak is vertrouwelijk',
    );
  });

  it('leaves nothing when the file cannot be written', () => {
    const before = counts();
    const request = reviewPackageRequest.parse({
      source: { kind: 'agreements', agreementIds: ids },
      reviewerId: wethouder.id,
    });
    expect(() =>
      makeReviewPackage(api.ctx, request, () => {
        throw new Error('schijf vol');
      }),
    ).toThrow('schijf vol');
    expect(counts()).toEqual(before);
    expect(api.count('review_package')).toBe(0);
    expect(api.call('agreements.get', { id: ids[0]! }).reviewState).toBeNull();
  });
});

describe('reading a response in', () => {
  it('adds each verdict as a review, audited from the package; the same file twice adds nothing', () => {
    const pkg = make();
    const text = respond(pkg, [
      {},
      { verdict: 'opmerking', remark: '<script>x()</script> Kosten?' },
    ]);
    const first = importText(text);
    expect(first).toMatchObject({ alreadyRead: false, added: 2, earlierVersion: 0 });
    expect(first.generalRemark).toBe('Goed werk.');
    const reviews = api.call('agreements.get', { id: ids[1]! }).reviews;
    expect(reviews.map((r) => [r.reviewerName, r.verdict, r.remark])).toEqual([
      ['Marja Wethouder', 'opmerking', '<script>x()</script> Kosten?'],
    ]);
    const detail = api.call('agreements.get', { id: ids[0]! });
    expect(detail.reviewState).toBe('akkoord');
    expect(detail.timeline.map((t) => t.text).join('\n')).toContain(
      'ontvangen uit het beoordelingspakket van 22 november 2026 (reactie.regiodossier-reactie)',
    );
    const from = api.call('reviewPackages.forAgreement', { id: ids[0]! });
    expect(from.reviews).toEqual([
      expect.objectContaining({ packageId: pkg.packageId, changed: [] }),
    ]);
    expect(api.call('reviewPackages.list', { regionId: w.region.id }).open).toBe(0);

    const before = counts();
    expect(importText(text)).toMatchObject({ alreadyRead: true, added: 0, alreadyThere: 2 });
    expect(counts()).toEqual(before);

    // A later response of the same package adds only what is new.
    api.setNow(new Date('2026-11-22T12:00:00Z'));
    const later = respond(pkg, [{}, { verdict: 'akkoord' }]);
    expect(importText(later)).toMatchObject({ alreadyRead: false, added: 1, alreadyThere: 1 });
    expect(api.call('agreements.get', { id: ids[1]! }).reviewState).toBe('akkoord');
  });

  it('marks a verdict on an agreement changed since the package, with what changed', () => {
    const pkg = make();
    api.setNow(new Date('2026-11-23T09:00:00Z'));
    api.call('agreements.update', {
      ...sameAsNow(api.call('agreements.get', { id: ids[0]! })),
      title: 'Valpreventie 2027',
      endDate: '2029-12-31',
    });
    const result = importText(respond(pkg, [{}]));
    expect(result.earlierVersion).toBe(1);
    expect(result.verdicts[0]!.changed).toEqual(['Titel', 'Einde']);
    expect(api.call('reviewPackages.forAgreement', { id: ids[0]! }).reviews[0]!.changed).toEqual([
      'Titel',
      'Einde',
    ]);
    expect(
      api
        .call('agreements.get', { id: ids[0]! })
        .timeline.map((t) => t.text)
        .join('\n'),
    ).toContain('beoordeeld op een eerdere versie');
  });

  it('refuses a foreign, tampered, unknown, wrongly signed or outdated response; nothing changes', () => {
    const pkg = make();
    const other = make({ includeConfidential: true });
    const before = counts();
    const refused = (text: string) =>
      api.fail('reviewPackages.importResponse', { text, fileName: 'x.regiodossier-reactie' })
        .message;

    expect(refused('{"format":"regiodossier-beoordeling"}')).toContain(
      'maar het beoordelingspakket zelf',
    );
    expect(refused(respond(pkg, [{}]).slice(0, 80))).toContain('beschadigd of onvolledig');
    expect(refused(respond(pkg, [{ hash: 'a'.repeat(64) }]))).toContain(
      'De controlecode bij ‘Valpreventie’',
    );
    expect(
      refused(respond(pkg, [{}]).replace(pkg.packageId, '00000000-0000-4000-8000-000000000001')),
    ).toContain('niet in dit dossier is gemaakt');
    expect(refused(respond(pkg, [{}]).replace(wethouder.id, w.owner.id))).toContain(
      'maar het pakket was voor Marja Wethouder',
    );
    // A verdict on an agreement of the other package: not in this one.
    const mixed = JSON.parse(respond(pkg, [{}])) as ReviewResponse;
    mixed.verdicts[0]!.agreementId = other.agreements[2]!.id;
    mixed.verdicts[0]!.hash = other.agreements[2]!.hash;
    expect(refused(JSON.stringify(mixed))).toContain('staat niet in dit beoordelingspakket');
    expect(refused(respond(pkg, [{ on: '2026-12-24' }]))).toContain('na vandaag');

    api.call('agreements.delete', { id: ids[1]! });
    const afterDelete = counts();
    expect(refused(respond(pkg, [{}, {}]))).toContain(
      '‘Mantelzorg’ bestaat niet meer in dit dossier',
    );
    expect(counts()).toEqual(afterDelete);
    expect(afterDelete.slice(0, 3)).toEqual(before.slice(0, 3));
  });
});

describe('packages on the other screens', () => {
  it('tells per review of an agreement where it came from and what changed since', () => {
    api.call('agreements.review', {
      agreementIds: [ids[0]!],
      reviewerName: 'Piet Bestuurder',
      on: '2026-11-21',
      verdict: 'akkoord',
    });
    const pkg = make();
    api.call('agreements.update', {
      ...sameAsNow(api.call('agreements.get', { id: ids[0]! })),
      title: 'Valpreventie 2027',
    });
    importText(respond(pkg, [{}, { verdict: 'opmerking', remark: '<img src=x onerror=y()>' }]));
    const reviews = api.call('agreements.get', { id: ids[0]! }).reviews;
    expect(reviews.map((r) => [r.reviewerName, r.fromPackage])).toEqual([
      [
        'Marja Wethouder',
        { packageId: pkg.packageId, packageCreatedAt: pkg.createdAt, changed: ['Titel'] },
      ],
      ['Piet Bestuurder', null],
    ]);
    const current = api.call('agreements.get', { id: ids[1]! }).reviews;
    expect(current.map((r) => [r.remark, r.fromPackage?.changed])).toEqual([
      ['<img src=x onerror=y()>', []],
    ]);
  });

  it('counts open and overdue packages in the regio-overzicht’s figures', () => {
    const summary = (regionId = w.region.id) => api.call('agreements.summary', { regionId });
    expect(summary()).toMatchObject({ reviewPackagesOpen: 0, reviewPackagesOverdue: 0 });
    const overdue = make({ replyBy: '2026-11-21' });
    make({ replyBy: '2026-11-22' });
    make({ replyBy: null });
    expect(summary()).toMatchObject({ reviewPackagesOpen: 3, reviewPackagesOverdue: 1 });
    const list = api.call('reviewPackages.list', { regionId: w.region.id });
    expect([list.open, list.overdue]).toEqual([3, 1]);

    importText(respond(overdue, [{}]));
    expect(summary()).toMatchObject({ reviewPackagesOpen: 2, reviewPackagesOverdue: 0 });
    const other = api.call('regions.create', { name: 'Elders' }).id;
    expect(summary(other)).toMatchObject({ reviewPackagesOpen: 0, reviewPackagesOverdue: 0 });
  });
});
