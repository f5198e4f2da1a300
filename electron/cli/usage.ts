/** `--help`: the commands in Dutch (docs/cli.md has the long version). */
export const USAGE = `Regiodossier — opdrachtregel

Gebruik: npm run -s cli -- [--db <bestand>] [--user <naam>] <opdracht> [argumenten]

Opdrachten:
  init                              Maak de database aan of werk hem bij naar de nieuwste versie
  demo                              Laad het voorbeelddossier (Regio Utrecht-Oost)
  import <bestand.json>             Lees een uitwisselbestand in (alles of niets)
  export <bestand.json> [--region <naam of id>]
                                    Schrijf alles, of één regio, naar een uitwisselbestand
  dossier --region <naam of id> --out <bestand.pdf> [--from jjjj-mm-dd] [--to jjjj-mm-dd]
          [--sections <lijst>] [--marking geen|concept|vertrouwelijk] [--include-confidential]
          [--minutes vastgesteld|alle] [--no-minutes-text] [--no-cards] [--title <tekst>] [--author <naam>]
                                    Maak het regiodossier als PDF (met een lokale Chromium,
                                    Chrome of Edge; anders REGIODOSSIER_BROWSER=<pad>)
  notulen --meeting <id> --out <bestand.pdf> [--include-confidential]
                                    Maak de notulen van één overleg als PDF
  overdracht --person <naam of id> --out <bestand.pdf>
                                    Maak de overdracht van iemand die vertrekt als PDF (rollen,
                                    afspraken, open actiepunten, overleggen, verslagen, contacten)
  review-package --region <naam of id> --reviewer <naam of id> --out <bestand.regiodossier-beoordeling>
          [--agreements <id,id,…> | --meeting <id>] [--include-confidential] [--message <tekst>]
          [--reply-by <dd-mm-jjjj>] [--html]
                                    Maak een beoordelingspakket (zonder --agreements of --meeting:
                                    alle afspraken die wachten op reactie); --html schrijft er de
                                    losse webpagina naast (zelfde naam, .html)
  review-import <bestand.regiodossier-reactie>
                                    Lees een reactie op een beoordelingspakket in (alles of niets;
                                    dezelfde reactie twee keer voegt niets toe)
  review-respond <pakket> --reviewer-name <naam> [--akkoord <id,id,…>] [--remark <id>=<tekst>]...
          [--general <tekst>] --out <bestand.regiodossier-reactie>
                                    Schrijf de reactie op een beoordelingspakket, zoals de
                                    beoordelaar dat doet (alleen bestanden, geen database)
  check                             Controleer de database op beschadiging en ongeldige verwijzingen
  backup <bestand.db> [--force]     Maak een reservekopie terwijl de database in gebruik kan zijn
  generate --profile klein|groot [--seed <getal>]
                                    Vul de database met verzonnen gegevens voor metingen

Opties:
  --db <bestand>   Het databasebestand (anders $REGIODOSSIER_DB, anders de map van de app)
  --user <naam>    Wie de wijzigingen doet, voor de geschiedenis (anders $REGIODOSSIER_USER,
                   anders de gebruikersnaam van het systeem)
  --debug          Toon technische details bij fouten
  --help, -h       Toon deze hulp

Afsluitcodes: 0 gelukt, 1 mislukt, 2 verkeerd gebruik.
`;
