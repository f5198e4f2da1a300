/** Word lists for the synthetic data generator (generateData.ts). */
import type { MembershipRole, PartyType, RoleKind } from '../../shared/domain';
import { FIRST as DEMO_FIRST_NAMES, LAST as DEMO_LAST_NAMES } from '../api/demoDossierData';

export const START = [
  'Noord',
  'Zuid',
  'Oost',
  'West',
  'Hoog',
  'Laag',
  'Groot',
  'Klein',
  'Nieuw',
  'Oud',
  'Ber',
  'Wes',
  'Ame',
  'Dor',
  'Har',
  'Lin',
  'Mid',
  'Rijs',
  'Schaar',
  'Valk',
  'Wil',
  'Zand',
  'Eik',
  'Beek',
];
export const END = [
  'broek',
  'dam',
  'veen',
  'horst',
  'wijk',
  'dijk',
  'hoven',
  'lo',
  'rade',
  'sloot',
  'meer',
  'dorp',
  'berg',
  'burg',
  'hem',
  'schoten',
  'woude',
  'donk',
  'zijl',
  'enk',
];
/** The demo dossier's first names, and more. */
export const FIRST = [
  ...DEMO_FIRST_NAMES,
  'Daan',
  'Emma',
  'Sophie',
  'Thijs',
  'Noor',
  'Lars',
  'Julia',
  'Mehmet',
  'Iris',
  'Karin',
  'Martijn',
  'Femke',
  'Ahmed',
  'Linda',
  'Bas',
];
/** The demo dossier's surnames, and more. */
export const LAST = [
  ...DEMO_LAST_NAMES,
  'Janssen',
  'de Boer',
  'Meijer',
  'de Jong',
  'Brouwer',
  'Koster',
  'Prins',
  'Huisman',
  'Kaya',
  'Postma',
  'Wijnands',
];
export const PREFIX: Record<PartyType, readonly string[]> = {
  gemeente: ['Gemeente'],
  zorgverzekeraar: ['Zorgverzekeraar', 'Verzekeraar'],
  zorgkantoor: ['Zorgkantoor'],
  zorgaanbieder: ['Zorggroep', 'Thuiszorg', 'Stichting Zorg', 'Woonzorg', 'GGZ', 'Zorgcentrum'],
  ggd: ['GGD'],
  welzijn: ['Welzijn', 'Stichting Welzijn', 'Buurtwerk'],
  overig: ['Woningcorporatie', 'Huisartsenkring', 'Adviesraad Sociaal Domein'],
};
export const FUNCTIONS: Record<PartyType, readonly string[]> = {
  gemeente: [
    'wethouder Zorg en Welzijn',
    'beleidsadviseur Wmo',
    'beleidsadviseur gezondheid',
    'teamleider sociaal domein',
  ],
  zorgverzekeraar: ['zorginkoper', 'regiomanager', 'manager zorginkoop'],
  zorgkantoor: ['zorginkoper Wlz', 'regiomanager', 'adviseur zorgbemiddeling'],
  zorgaanbieder: ['bestuurder', 'manager wijkverpleging', 'beleidsmedewerker', 'locatiemanager'],
  ggd: ['directeur publieke gezondheid', 'beleidsadviseur preventie', 'epidemioloog'],
  welzijn: ['directeur', 'coördinator mantelzorg', 'opbouwwerker'],
  overig: ['adviseur', 'voorzitter', 'projectleider'],
};
/** Per region: the structural parties first, then the rest by weight. */
export const STRUCTURE: [PartyType, MembershipRole][] = [
  ['zorgkantoor', 'deelnemer'],
  ['zorgverzekeraar', 'preferente_zorgverzekeraar'],
  ['zorgverzekeraar', 'volgende_zorgverzekeraar'],
  ['ggd', 'deelnemer'],
];
export const WEIGHTED: PartyType[] = [
  'gemeente',
  'gemeente',
  'zorgaanbieder',
  'zorgaanbieder',
  'zorgaanbieder',
  'zorgaanbieder',
  'zorgaanbieder',
  'welzijn',
  'welzijn',
  'overig',
];
export const OTHER_ROLES: RoleKind[] = [
  'trekker_thema',
  'trekker_thema',
  'secretaris',
  'regiocoordinator',
  'coordinerend_wethouder',
];

// ── Afsprakenregister ───────────────────────────────────────────────────────────────────────

export const AGREEMENT_SUBJECTS = [
  'Valpreventie thuiswonende ouderen',
  'Wijkverpleging en sociaal wijkteam één aanspreekpunt',
  'Crisiszorg GGZ en verward gedrag',
  'Langer thuis: doorstroom naar Wlz',
  'Mantelzorgondersteuning dementie',
  'Preventieakkoord: alcohol en roken jongeren',
  'Gezamenlijke inkoop valpreventietrainingen',
  'Casemanagement dementie',
  'Eenzaamheid onder ouderen',
  'Respijtzorg en logeeropvang',
  'Eerstelijnsverblijf na ziekenhuisopname',
  'Mentale gezondheid jongeren',
  'Wonen met zorg in de kern',
  'Zorgtechnologie thuis',
  'Beweegaanbod senioren',
  'Ervaringsdeskundigen in de wijk-GGZ',
  'Gezond gewicht kinderen',
  'Ketenzorg kwetsbare ouderen',
  'Levenseinde en palliatieve zorg',
  'Schulden en gezondheid',
];
export const AGREEMENT_SUFFIXES = [
  '',
  ': pilot',
  ': regionale aanpak',
  ': uitrol',
  ': werkafspraken',
  ': convenant',
  ' in de wijk',
];
export const AGREEMENT_GOALS = [
  'Inwoners krijgen één vast aanspreekpunt en hoeven hun verhaal maar één keer te vertellen.',
  'Minder spoedopnames door eerder signaleren en samen plannen.',
  'De partners delen de kosten naar rato van het bereik per gemeente.',
  'Uitvoerders werken met één gezamenlijk signaleringsformulier.',
  'De aanpak wordt na een jaar geëvalueerd op bereik en tevredenheid.',
];
export const AGREEMENT_ACTIONS = [
  'Gezamenlijke scholing van wijkverpleging en wijkteams',
  'Vaste overlegtafel per kern, eens per maand',
  'Nulmeting en halfjaarlijkse voortgangsrapportage',
  'Inkoop via de preferente zorgverzekeraar',
  'Communicatie via huisartsen en apotheken',
  'Doorverwijzing binnen vijf werkdagen',
];
export const DEKKING_BY = [
  'Portefeuillehoudersoverleg Zorg en Welzijn',
  'Bestuurlijk overleg gemeenten en zorgverzekeraar',
  'Regionaal bestuurlijk overleg',
  'Colleges van B&W',
  'Directieoverleg zorgkantoor',
];
export const PROGRESS_TEXTS = [
  'Eerste bijeenkomst met de uitvoerders gehouden; planning vastgesteld.',
  'Werving van deelnemers loopt volgens plan.',
  'Tussenevaluatie besproken in het ambtelijk overleg.',
  'Financiering voor het tweede jaar is rond.',
  'Vertraging door personeelstekort bij de uitvoerder; nieuwe planning volgt.',
  'Nulmeting afgerond; resultaten gedeeld met de partners.',
  'Werkafspraken met de huisartsen vastgelegd.',
  'Meer inwoners bereikt dan verwacht.',
];
export const REVIEW_REMARKS = [
  'Graag de kosten per gemeente toelichten.',
  'Hoe meten we het effect? Graag een indicator toevoegen.',
  'Betrek ook de adviesraad sociaal domein.',
];
