/**
 * The agreements of the Voorbeelddossier (demoAgreements.ts). Days are "days ago" relative to
 * the day the demo is loaded (negative: in the future). Parties and owners by name.
 */
import type { AgreementPartyRole, AgreementStatus, FinancingStream } from '../../shared/domain';

export interface DemoAgreement {
  title: string;
  /** The zaaknummer in the lead municipality's document system, once it has one. */
  caseNumber?: string;
  themes: string[];
  parties: [string, AgreementPartyRole][];
  /** The party whose ambtelijk aanspreekpunt owns it, 'regiocoördinator', or null. */
  owner: string | null;
  financing: FinancingStream[];
  description: string;
  /** The lifecycle: [status, days ago]; the first step is concept. */
  steps: [AgreementStatus, number][];
  reason?: string;
  start?: number;
  end?: number;
  evaluation?: number;
  dekking?: [string, number];
  progress?: [number, string][];
  confidential?: boolean;
  review?: { requested: number; on?: number; verdict?: 'akkoord' | 'opmerking'; remark?: string };
}

const PHO = 'Portefeuillehoudersoverleg Zorg en Welzijn';
const BO = 'Bestuurlijk overleg gemeenten en Zilverlinde';

export const DEMO_AGREEMENTS: DemoAgreement[] = [
  {
    title: 'Valpreventie thuiswonende ouderen',
    caseNumber: 'Z/2026/004512',
    themes: ['Ouderen', 'Preventie'],
    parties: [
      ['GGD Utrecht-Oost', 'trekker'],
      ['Zorgverzekeraar Zilverlinde', 'financier'],
      ['Gemeente De Bilt', 'financier'],
      ['Welzijn Heuvel & Rijn', 'uitvoerder'],
      ['Thuiszorg Lekstroom', 'uitvoerder'],
    ],
    owner: 'GGD Utrecht-Oost',
    financing: ['wmo', 'zvw'],
    description:
      '<p>Ouderen die thuis wonen en een verhoogd valrisico hebben, krijgen een <strong>valrisicotest</strong> en zo nodig een erkende valpreventietraining.</p>' +
      '<ul><li>Huisartsen en wijkverpleging signaleren</li><li>De GGD coördineert de trainingen</li><li>Gemeenten (Wmo) en Zilverlinde (Zvw) financieren samen</li></ul>',
    steps: [
      ['concept', 400],
      ['in_bespreking', 370],
      ['vastgesteld', 340],
      ['in_uitvoering', 300],
    ],
    start: 300,
    end: -430,
    evaluation: -30,
    dekking: [PHO, 340],
    progress: [
      [250, 'Eerste groep van 40 deelnemers gestart in De Bilt en Zeist.'],
      [150, 'Tussenstand: 180 ouderen getest, 95 volgen een training.'],
      [40, 'Wachtlijst voor trainingen in Houten; extra trainer ingehuurd.'],
    ],
    review: { requested: 20, on: 10, verdict: 'akkoord' },
  },
  {
    title: 'Wijkverpleging en sociaal wijkteam één aanspreekpunt',
    themes: ['Ouderen', 'Wijkgericht werken'],
    parties: [
      ['Stichting Heuvelrug Zorg', 'trekker'],
      ['Gemeente Zeist', 'uitvoerder'],
      ['Zorgverzekeraar Zilverlinde', 'financier'],
      ['Verzekeraar Rijnstroom', 'betrokken'],
    ],
    owner: 'Stichting Heuvelrug Zorg',
    financing: ['wmo', 'zvw'],
    description:
      '<p>Inwoners met zorg en ondersteuning thuis hebben <strong>één aanspreekpunt</strong>: de wijkverpleegkundige of de consulent van het sociaal wijkteam.</p>' +
      '<ul><li>Gezamenlijk keukentafelgesprek</li><li>Eén ondersteuningsplan</li></ul>',
    steps: [
      ['concept', 260],
      ['in_bespreking', 230],
      ['vastgesteld', 200],
      ['in_uitvoering', 150],
    ],
    start: 150,
    evaluation: 20,
    dekking: [BO, 200],
    progress: [
      [120, 'Werkwijze beschreven; pilot in Zeist-Noord gestart.'],
      [20, 'Pilot loopt goed; uitbreiding naar Driebergen voorbereid.'],
    ],
  },
  {
    title: 'Crisiszorg GGZ en verward gedrag — meldpunt',
    caseNumber: 'Z/2025/018877',
    themes: ['GGZ', 'Verward gedrag'],
    parties: [
      ['GGZ Kromme Rijn', 'trekker'],
      ['Gemeente Zeist', 'financier'],
      ['Gemeente Nieuwegein', 'betrokken'],
      ['Zorgverzekeraar Zilverlinde', 'financier'],
    ],
    owner: 'GGZ Kromme Rijn',
    financing: ['wmo', 'zvw'],
    description:
      '<p>Eén regionaal <strong>meldpunt niet-acute zorg</strong> voor signalen over inwoners met verward gedrag, dag en nacht bereikbaar.</p>' +
      '<ul><li>Terugkoppeling aan de melder binnen 24 uur</li><li>Doorverwijzing naar de crisisdienst als het moet</li></ul>',
    steps: [
      ['concept', 420],
      ['in_bespreking', 400],
      ['vastgesteld', 380],
      ['in_uitvoering', 330],
    ],
    start: 330,
    evaluation: -90,
    dekking: [PHO, 380],
    progress: [
      [300, 'Meldpunt bereikbaar via één telefoonnummer.'],
      [230, 'Eerste halfjaar: 310 meldingen, 40 doorverwezen naar de crisisdienst.'],
    ],
    review: {
      requested: 40,
      on: 35,
      verdict: 'opmerking',
      remark: 'Graag de kosten per gemeente toelichten voordat we verlengen.',
    },
  },
  {
    title: 'Langer thuis: doorstroom naar Wlz',
    caseNumber: 'Z/2026/001203',
    themes: ['Ouderen'],
    parties: [
      ['Zorgkantoor Utrecht', 'trekker'],
      ['Thuiszorg Lekstroom', 'uitvoerder'],
      ['Gemeente Houten', 'betrokken'],
      ['Zorgverzekeraar Zilverlinde', 'betrokken'],
    ],
    owner: 'Zorgkantoor Utrecht',
    financing: ['wmo', 'zvw', 'wlz'],
    description:
      '<p>Ouderen die Wlz-zorg nodig hebben, stromen zonder onderbreking door: <strong>geen gat</strong> tussen Zvw-wijkverpleging, Wmo-ondersteuning en Wlz-zorg thuis.</p>' +
      '<ul><li>Warme overdracht door de wijkverpleging</li><li>Het zorgkantoor bemiddelt binnen twee weken</li></ul>',
    steps: [
      ['concept', 150],
      ['in_bespreking', 100],
      ['vastgesteld', 60],
    ],
    start: 30,
    end: -700,
    evaluation: -90,
    dekking: [PHO, 60],
  },
  {
    title: 'Mantelzorgondersteuning dementie',
    caseNumber: 'Z/2025/020114',
    themes: ['Dementie', 'Mantelzorg', 'Ouderen'],
    parties: [
      ['Welzijn Heuvel & Rijn', 'trekker'],
      ['Gemeente Bunnik', 'financier'],
      ['Gemeente Wijk bij Duurstede', 'financier'],
      ['Stichting Heuvelrug Zorg', 'uitvoerder'],
    ],
    owner: null,
    financing: ['wmo'],
    description:
      '<p>Mantelzorgers van mensen met dementie krijgen <strong>vaste ondersteuning</strong>: een mantelzorgconsulent, lotgenotencontact en respijt.</p>',
    steps: [
      ['concept', 330],
      ['in_bespreking', 300],
      ['vastgesteld', 270],
      ['in_uitvoering', 240],
    ],
    start: 240,
    evaluation: -120,
    dekking: [PHO, 270],
    progress: [
      [90, 'Alzheimer Café in Bunnik en Wijk bij Duurstede gestart.'],
      [30, 'Eigenaar vertrokken; nieuwe trekker wordt gezocht.'],
    ],
  },
  {
    title: 'Preventieakkoord: alcohol en roken jongeren',
    themes: ['Preventie'],
    parties: [
      ['GGD Utrecht-Oost', 'trekker'],
      ['Gemeente Utrechtse Heuvelrug', 'financier'],
      ['Gemeente IJsselstein', 'betrokken'],
      ['Zorgverzekeraar Zilverlinde', 'betrokken'],
    ],
    owner: 'GGD Utrecht-Oost',
    financing: ['wmo'],
    description:
      '<p>Minder jongeren die drinken en roken, met de regionale uitwerking van het <strong>preventieakkoord</strong>.</p>' +
      '<ul><li>Rookvrije schoolpleinen</li><li>Alcoholcontroles bij sportkantines</li><li>Voorlichting aan ouders</li></ul>',
    steps: [
      ['concept', 330],
      ['in_bespreking', 290],
      ['vastgesteld', 250],
    ],
    start: 240,
    evaluation: -60,
    dekking: [PHO, 250],
    review: { requested: 5 },
  },
  {
    title: 'Gezamenlijke inkoop valpreventietrainingen',
    themes: ['Preventie', 'Ouderen'],
    parties: [
      ['Zorgverzekeraar Zilverlinde', 'trekker'],
      ['Verzekeraar Rijnstroom', 'financier'],
      ['GGD Utrecht-Oost', 'betrokken'],
    ],
    owner: 'Zorgverzekeraar Zilverlinde',
    financing: ['zvw'],
    description:
      '<p>De zorgverzekeraars kopen de valpreventietrainingen <strong>samen</strong> in, met dezelfde kwaliteitseisen en tarieven.</p>',
    steps: [
      ['concept', 60],
      ['in_bespreking', 25],
    ],
    evaluation: -45,
  },
  {
    title: 'Eenzaamheid onder ouderen: samen in de wijk',
    caseNumber: 'Z/2025/011390',
    themes: ['Ouderen', 'Wijkgericht werken'],
    parties: [
      ['Gemeente De Bilt', 'trekker'],
      ['Welzijn Heuvel & Rijn', 'uitvoerder'],
    ],
    owner: 'Gemeente De Bilt',
    financing: ['wmo'],
    description:
      '<p>Buurtgerichte activiteiten tegen eenzaamheid: <strong>huisbezoeken</strong> aan 75-plussers en een wekelijkse ontmoetingsplek per kern.</p>',
    steps: [
      ['concept', 700],
      ['in_bespreking', 680],
      ['vastgesteld', 650],
      ['in_uitvoering', 620],
      ['afgerond', 30],
    ],
    start: 620,
    end: 30,
    dekking: [PHO, 650],
    progress: [
      [300, 'Huisbezoeken in alle kernen van De Bilt afgerond.'],
      [40, 'Eindevaluatie: 1.200 ouderen bezocht; ontmoetingsplekken blijven.'],
    ],
  },
  {
    title: 'Casemanagement dementie: één regionale toegang',
    themes: ['Dementie'],
    parties: [
      ['Stichting Heuvelrug Zorg', 'uitvoerder'],
      ['Zorgverzekeraar Zilverlinde', 'financier'],
      ['Zorgkantoor Utrecht', 'betrokken'],
    ],
    owner: 'Stichting Heuvelrug Zorg',
    financing: ['zvw'],
    description:
      '<p>Eén toegang tot casemanagement dementie voor de hele regio, met een <strong>wachttijd van hoogstens twee weken</strong>.</p>',
    steps: [['concept', 20]],
  },
  {
    title: 'Respijtzorg en logeeropvang mantelzorgers',
    themes: ['Mantelzorg'],
    parties: [
      ['Gemeente Houten', 'trekker'],
      ['Welzijn Heuvel & Rijn', 'uitvoerder'],
      ['Zorgkantoor Utrecht', 'financier'],
    ],
    owner: 'Gemeente Houten',
    financing: ['wmo', 'wlz'],
    description:
      '<p>Logeeropvang zodat mantelzorgers <strong>even op adem</strong> kunnen komen.</p>',
    steps: [
      ['concept', 300],
      ['in_bespreking', 260],
      ['vervallen', 200],
    ],
    reason: 'Opgenomen in de bredere afspraak Mantelzorgondersteuning dementie.',
  },
  {
    title: 'Wijk-GGZ: ervaringsdeskundigen in de sociale wijkteams',
    themes: ['GGZ', 'Wijkgericht werken'],
    parties: [
      ['Gemeente Nieuwegein', 'trekker'],
      ['GGZ Kromme Rijn', 'uitvoerder'],
      ['Verzekeraar Rijnstroom', 'financier'],
    ],
    owner: 'Gemeente Nieuwegein',
    financing: ['wmo', 'zvw'],
    description:
      '<p>Ervaringsdeskundigen werken mee in de sociale wijkteams, zodat inwoners met psychische klachten <strong>sneller passende hulp</strong> krijgen.</p>',
    steps: [
      ['concept', 200],
      ['in_bespreking', 170],
      ['vastgesteld', 140],
      ['in_uitvoering', 110],
    ],
    start: 110,
    evaluation: -150,
    progress: [[60, 'Vier ervaringsdeskundigen aan de slag in Nieuwegein en IJsselstein.']],
  },
  {
    title: 'Eerstelijnsverblijf na ziekenhuisopname',
    caseNumber: 'Z/2026/002764',
    themes: ['Ouderen'],
    parties: [
      ['Zorgverzekeraar Zilverlinde', 'trekker'],
      ['Thuiszorg Lekstroom', 'uitvoerder'],
    ],
    owner: 'Zorgverzekeraar Zilverlinde',
    financing: ['zvw'],
    description:
      '<p>Voldoende bedden voor kortdurend <strong>eerstelijnsverblijf</strong>, met één bedden-coördinatiepunt. Vertrouwelijk: de tarieven zijn nog in onderhandeling.</p>',
    steps: [
      ['concept', 160],
      ['in_bespreking', 130],
      ['vastgesteld', 100],
    ],
    start: 90,
    evaluation: 10,
    dekking: [BO, 100],
    progress: [[45, 'Bedden-coördinatiepunt ingericht bij Thuiszorg Lekstroom.']],
    confidential: true,
  },
  {
    title: 'Mentale gezondheid jongeren: preventieve steun op school',
    themes: ['Preventie', 'GGZ'],
    parties: [
      ['GGD Utrecht-Oost', 'trekker'],
      ['GGZ Kromme Rijn', 'uitvoerder'],
      ['Gemeente Vijfheerenlanden', 'betrokken'],
      ['Gemeente Lopik', 'betrokken'],
    ],
    owner: null,
    financing: ['wmo'],
    description:
      '<p>Praktijkondersteuners jeugd op middelbare scholen, <strong>vóórdat</strong> klachten ernstig worden.</p>',
    steps: [
      ['concept', 90],
      ['in_bespreking', 50],
    ],
  },
  {
    title: 'Dementievriendelijke gemeenten',
    caseNumber: 'Z/2024/030521',
    themes: ['Dementie'],
    parties: [
      ['Gemeente Wijk bij Duurstede', 'trekker'],
      ['Welzijn Heuvel & Rijn', 'uitvoerder'],
    ],
    owner: 'Gemeente Wijk bij Duurstede',
    financing: ['wmo'],
    description:
      '<p>Winkels, sportclubs en vrijwilligers leren <strong>dementie herkennen</strong> en er goed mee omgaan.</p>',
    steps: [
      ['concept', 800],
      ['in_bespreking', 780],
      ['vastgesteld', 760],
      ['in_uitvoering', 740],
      ['afgerond', 120],
    ],
    start: 740,
    end: 120,
    dekking: [PHO, 760],
    progress: [[130, 'Alle tien gemeenten dragen het keurmerk dementievriendelijk.']],
  },
  {
    title: 'Verward gedrag: zorg- en veiligheidsoverleg',
    themes: ['Verward gedrag', 'GGZ'],
    parties: [
      ['Gemeente Nieuwegein', 'trekker'],
      ['GGZ Kromme Rijn', 'uitvoerder'],
      ['GGD Utrecht-Oost', 'betrokken'],
    ],
    owner: 'regiocoördinator',
    financing: ['wmo', 'zvw'],
    description:
      '<p>Een vast <strong>casusoverleg</strong> van zorg, gemeente en politie voor inwoners met verward gedrag en veiligheidsrisico’s.</p>',
    steps: [['concept', 12]],
    evaluation: -60,
  },
];

export const DEMO_REVIEWER = 'Wethouder M. de Graaf';
