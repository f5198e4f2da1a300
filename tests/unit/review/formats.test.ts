/**
 * The two files of issue 23 (docs/review-package.md): every refusal with its Dutch message,
 * hostile text kept as text, and the response's file name.
 */
import { describe, expect, it } from 'vitest';
import {
  parseReviewPackage,
  parseReviewResponse,
  REVIEW_FILE_MAX_BYTES,
  responseFileName,
  type ReviewParse,
} from '../../../shared/review/formats';
import {
  reviewPackageFixture,
  reviewResponseFixture,
  snapshotContent,
} from '../../fixtures/reviewPackage';

const json = (value: unknown) => JSON.stringify(value, null, 2);
/** The message of a refused file (fails the test when it was accepted). */
const refused = <T>(result: ReviewParse<T>): string => {
  expect(result.ok, 'the file should have been refused').toBe(false);
  return result.ok ? '' : result.message;
};
const pkgWith = (patch: (pkg: Record<string, unknown>) => void) => {
  const pkg = JSON.parse(json(reviewPackageFixture(2))) as Record<string, unknown>;
  patch(pkg);
  return json(pkg);
};
const firstAgreement = (pkg: Record<string, unknown>) =>
  (pkg.agreements as Record<string, unknown>[])[0]!;

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '"; DROP TABLE agreement; --',
  '{{constructor.constructor("alert(1)")()}}',
  '</textarea><b>vet</b>',
];

describe('parseReviewPackage', () => {
  it('reads a package exactly as written (nothing trimmed or added), with a byte order mark too', () => {
    const pkg = reviewPackageFixture(3);
    const result = parseReviewPackage(`\uFEFF${json(pkg)}`);
    expect(result).toEqual({ ok: true, value: pkg });
  });

  it('refuses a file over 5 MB before reading it as JSON', () => {
    const big = `{"format":"regiodossier-beoordeling","x":"${'a'.repeat(REVIEW_FILE_MAX_BYTES)}"}`;
    expect(refused(parseReviewPackage(big))).toBe(
      'Dit bestand is te groot (5,1 MB): een beoordelingspakket is hoogstens 5 MB. Het is niet geopend.',
    );
    // Counted in UTF-8 bytes: 2 million "é" are 4 million bytes, 3 million are 6 million.
    expect(refused(parseReviewPackage(`"${'é'.repeat(2_000_000)}"`))).toBe(
      'Dit is geen beoordelingspakket van Regiodossier.',
    );
    expect(refused(parseReviewPackage(`"${'é'.repeat(3_000_000)}"`))).toContain(
      'te groot (5,8 MB)',
    );
  });

  it('calls a truncated, empty or non-JSON file damaged or incomplete', () => {
    const whole = json(reviewPackageFixture(2));
    for (const text of [whole.slice(0, whole.length / 2), '', 'PK\u0003\u0004binary', '<html>']) {
      expect(refused(parseReviewPackage(text))).toBe(
        'Dit bestand is beschadigd of onvolledig: het is geen leesbare JSON. Vraag de afzender het pakket opnieuw te sturen.',
      );
    }
  });

  it('refuses a foreign file, and says so when it is a response instead', () => {
    for (const value of [
      { hello: 'world' },
      [1, 2, 3],
      'regiodossier-beoordeling',
      null,
      { format: 'regiodossier', version: 1, regions: [] },
      { format: 'REGIODOSSIER-BEOORDELING', version: 1 },
    ]) {
      expect(refused(parseReviewPackage(JSON.stringify(value)))).toBe(
        'Dit is geen beoordelingspakket van Regiodossier.',
      );
    }
    expect(refused(parseReviewPackage(json(reviewResponseFixture())))).toBe(
      'Dit is geen beoordelingspakket van Regiodossier, maar een reactie op een pakket.',
    );
  });

  it('asks for a newer Regiodossier for a newer version, and refuses other versions', () => {
    expect(refused(parseReviewPackage(pkgWith((p) => (p.version = 2))))).toBe(
      'Dit beoordelingspakket is gemaakt met een nieuwere versie van Regiodossier (formaatversie 2). Werk Regiodossier bij om dit bestand te openen.',
    );
    for (const version of [0, '1', null]) {
      expect(refused(parseReviewPackage(pkgWith((p) => (p.version = version))))).toBe(
        'Dit beoordelingspakket klopt niet (version): Alleen versie 1 van dit formaat wordt ondersteund.',
      );
    }
  });

  it('names the first schema problem with its place, in Dutch', () => {
    const cases: [(p: Record<string, unknown>) => void, string][] = [
      [(p) => delete firstAgreement(p).title, ' (agreements[0].title): Titel ontbreekt.'],
      [(p) => (firstAgreement(p).title = '   '), ' (agreements[0].title): Titel is verplicht.'],
      [
        (p) => (firstAgreement(p).hash = 'ABC'),
        ' (agreements[0].hash): Ongeldige controlecode (verwacht 64 tekens 0-9 en a-f: SHA-256).',
      ],
      [(p) => (firstAgreement(p).status = 'klaar'), ' (agreements[0].status): Kies een status.'],
      [
        (p) => (firstAgreement(p).parties = [{ name: 'X', type: 'bank', role: 'trekker' }]),
        ' (agreements[0].parties[0].type): Kies een type organisatie.',
      ],
      [(p) => (p.agreements = []), ' (agreements): Het pakket bevat geen afspraken.'],
      [
        (p) => (p.agreements = [firstAgreement(p), firstAgreement(p)]),
        ' (agreements[1].id): Deze afspraak staat twee keer in het pakket.',
      ],
      [(p) => (p.extra = true), ': Onbekend veld: extra.'],
      [(p) => (p.packageId = 'pakket-1'), ' (packageId): Ongeldige id.'],
      [(p) => (p.replyBy = '2026-02-30'), ' (replyBy): Vul een geldige datum in (jjjj-mm-dd).'],
      [(p) => (p.createdAt = 'gisteren'), ' (createdAt): Ongeldig tijdstip.'],
      [
        (p) =>
          (firstAgreement(p).progress = Array.from({ length: 11 }, () => ({
            on: '2026-11-01',
            text: 'x',
          }))),
        ' (agreements[0].progress): Hoogstens de laatste 10 voortgangsberichten.',
      ],
    ];
    for (const [patch, message] of cases) {
      expect(refused(parseReviewPackage(pkgWith(patch)))).toBe(
        `Dit beoordelingspakket klopt niet${message}`,
      );
    }
  });

  it('refuses control characters in plain text, and line breaks in one-line fields', () => {
    const cases: [(p: Record<string, unknown>) => void, string][] = [
      [
        (p) => (firstAgreement(p).title = 'Val\u0000preventie'),
        'Titel bevat een onzichtbaar stuurteken',
      ],
      [
        (p) => (firstAgreement(p).title = 'exe.\u202Etxt'),
        'Titel bevat een onzichtbaar stuurteken',
      ],
      [(p) => (p.message = 'Hallo \u001b[2J'), 'Het bericht bevat een onzichtbaar stuurteken'],
      [(p) => (firstAgreement(p).title = 'Twee\nregels'), 'Titel moet op één regel passen'],
      [
        (p) => ((p.reviewer as Record<string, unknown>).name = 'Anna\u0007'),
        'Naam van de beoordelaar bevat een onzichtbaar stuurteken',
      ],
    ];
    for (const [patch, message] of cases) {
      expect(refused(parseReviewPackage(pkgWith(patch)))).toContain(message);
    }
    // Line breaks and tabs are text in multi-line fields.
    const ok = parseReviewPackage(pkgWith((p) => (p.message = 'Regel 1\n\tRegel 2\r\nRegel 3')));
    expect(ok.ok).toBe(true);
  });

  it('keeps hostile text as text, for the viewers to escape', () => {
    for (const hostile of HOSTILE) {
      const pkg = reviewPackageFixture(1, {
        message: hostile,
        sender: { name: hostile, organisation: hostile },
        agreements: [
          {
            ...reviewPackageFixture(1).agreements[0]!,
            ...snapshotContent(1, { title: hostile, themes: [hostile], descriptionHtml: hostile }),
          },
        ],
      });
      const result = parseReviewPackage(json(pkg));
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.value.message).toBe(hostile);
      expect(result.value.sender.name).toBe(hostile);
      expect(result.value.agreements[0]!.title).toBe(hostile);
      expect(result.value.agreements[0]!.themes).toEqual([hostile]);
      expect(result.value.agreements[0]!.descriptionHtml).toBe(hostile);
    }
  });
});

describe('parseReviewResponse', () => {
  it('reads a response exactly as written', () => {
    const response = reviewResponseFixture({ generalRemark: 'Goed werk.\nTot het overleg.' });
    expect(parseReviewResponse(json(response))).toEqual({ ok: true, value: response });
  });

  it('refuses too large, damaged, foreign, swapped and newer files with their own words', () => {
    expect(refused(parseReviewResponse(`"${'x'.repeat(REVIEW_FILE_MAX_BYTES + 1)}"`))).toBe(
      'Dit bestand is te groot (5,1 MB): een reactie is hoogstens 5 MB. Het is niet geopend.',
    );
    expect(refused(parseReviewResponse(json(reviewResponseFixture()).slice(0, 100)))).toBe(
      'Dit bestand is beschadigd of onvolledig: het is geen leesbare JSON. Vraag de beoordelaar de reactie opnieuw op te slaan en te sturen.',
    );
    expect(refused(parseReviewResponse('{"format":"iets anders"}'))).toBe(
      'Dit is geen reactie op een beoordelingspakket van Regiodossier.',
    );
    expect(refused(parseReviewResponse(json(reviewPackageFixture(1))))).toBe(
      'Dit is geen reactie op een beoordelingspakket van Regiodossier, maar het beoordelingspakket zelf.',
    );
    expect(refused(parseReviewResponse(json(reviewResponseFixture({ version: 7 as 1 }))))).toBe(
      'Deze reactie is gemaakt met een nieuwere versie van Regiodossier (formaatversie 7). Werk Regiodossier bij om dit bestand te openen.',
    );
  });

  it('refuses two verdicts on one agreement, and a remark verdict without a remark', () => {
    const response = reviewResponseFixture();
    const [akkoord, opmerking] = response.verdicts;
    const twice = {
      ...response,
      verdicts: [akkoord!, opmerking!, { ...akkoord!, verdict: 'opmerking', remark: 'Toch niet' }],
    };
    expect(refused(parseReviewResponse(json(twice)))).toBe(
      'Deze reactie klopt niet (verdicts[2].agreementId): Er staan twee oordelen over dezelfde afspraak in de reactie.',
    );
    const empty = { ...response, verdicts: [{ ...opmerking!, remark: ' \n ' }] };
    expect(refused(parseReviewResponse(json(empty)))).toBe(
      'Deze reactie klopt niet (verdicts[0].remark): Schrijf uw opmerking.',
    );
    const wrongVerdict = { ...response, verdicts: [{ ...akkoord!, verdict: 'misschien' }] };
    expect(refused(parseReviewResponse(json(wrongVerdict)))).toBe(
      'Deze reactie klopt niet (verdicts[0].verdict): Kies akkoord of opmerking.',
    );
    const long = { ...response, generalRemark: 'x'.repeat(5001) };
    expect(refused(parseReviewResponse(json(long)))).toBe(
      'Deze reactie klopt niet (generalRemark): Te lang: hoogstens 5000 tekens.',
    );
  });

  it('keeps hostile remarks as text and refuses control characters in them', () => {
    const response = reviewResponseFixture();
    for (const hostile of HOSTILE) {
      const verdicts = [{ ...response.verdicts[1]!, remark: hostile }];
      const result = parseReviewResponse(json({ ...response, generalRemark: hostile, verdicts }));
      expect(result.ok && [result.value.generalRemark, result.value.verdicts[0]!.remark]).toEqual([
        hostile,
        hostile,
      ]);
    }
    const nul = { ...response, verdicts: [{ ...response.verdicts[1]!, remark: 'a\u0000b' }] };
    expect(refused(parseReviewResponse(json(nul)))).toBe(
      'Deze reactie klopt niet (verdicts[0].remark): De opmerking bevat een onzichtbaar stuurteken (zoals een escape- of richtingteken); haal het weg.',
    );
  });
});

describe('responseFileName', () => {
  it('is "<regio> - reactie <naam> - <datum>" with a Dutch date', () => {
    expect(responseFileName('Regio Utrecht-Oost', 'Anna de Vries', '2026-11-22')).toBe(
      'Regio Utrecht-Oost - reactie Anna de Vries - 22-11-2026.regiodossier-reactie',
    );
  });

  it('leaves out what Windows and macOS refuse in a file name', () => {
    const name = responseFileName('Regio 1/2: "Oost"', 'A*n?n<a>|\\\u0007\u202e', '2026-01-05');
    expect(name).toBe('Regio 1-2- -Oost- - reactie A-n-n-a- - 05-01-2026.regiodossier-reactie');
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect([...name].some((c) => c.charCodeAt(0) < 0x20 || c === '\u202e')).toBe(false);
    expect(responseFileName('..Regio', 'x', '2026-01-05')).toMatch(/^Regio - reactie x/);
  });
});
