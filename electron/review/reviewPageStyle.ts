/**
 * The one inline style of the standalone review page (reviewPage.ts): the app's calm review
 * mode without the app — one column of at most 70 characters, large type from the system's own
 * fonts (nothing is loaded), generous spacing, and colours with at least 4.5:1 contrast for text
 * and 3:1 for the edges of controls (WCAG 2.1 AA). Its SHA-256 goes into the page's CSP, so the
 * text is a constant: no package text is ever put in here.
 */
export const REVIEW_PAGE_STYLE = String.raw`
:root {
  color-scheme: light;
  --tekst: #1b1b1b;
  --gedempt: #4a4a4a;
  --lijn: #6b6b6b;
  --scheiding: #d4d4d4;
  --accent: #1a4d8f;
  --accent-licht: #e9eff8;
  --fout: #a30014;
  --fout-licht: #fdeced;
  --let-op: #7a5b00;
  --let-op-licht: #fff7d6;
  --goed: #1d6637;
  --goed-licht: #e7f4eb;
}
[hidden] { display: none !important; }
html { font-size: 118.75%; background: #fff; color: var(--tekst); }
body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.65;
  overflow-wrap: break-word;
}
.pagina { max-width: 70ch; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.3; }
h1 { font-size: 2rem; margin: 0.2em 0 0.4em; }
h2 { font-size: 1.6rem; margin: 0.2em 0 0.4em; }
h3 { font-size: 1.15rem; margin: 1.6em 0 0.4em; }
h4, h5, h6 { font-size: 1rem; margin: 1.2em 0 0.3em; }
p { margin: 0 0 0.8em; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 3px; }
h1:focus, h2:focus { outline: none; }
h2:focus-visible { outline: 3px solid var(--accent); }
.naar-inhoud {
  position: absolute;
  left: 1rem;
  top: -10rem;
  background: #fff;
  color: var(--accent);
  padding: 0.5em 1em;
  border: 2px solid var(--accent);
  border-radius: 6px;
  font-weight: 600;
}
.naar-inhoud:focus { top: 1rem; }
.verborgen {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
}
.regio { color: var(--gedempt); font-weight: 600; margin: 0; }
.afzender { color: var(--gedempt); }
.bericht {
  margin: 1em 0;
  padding: 0.6em 1em;
  border-left: 4px solid var(--scheiding);
  white-space: pre-line;
}
.termijn { font-size: 1.05rem; }
.voortgang {
  display: inline-block;
  margin: 0.4em 0 1em;
  padding: 0.3em 0.9em;
  border-radius: 999px;
  background: var(--accent-licht);
  color: var(--accent);
  font-weight: 700;
}
.melding {
  margin: 1em 0;
  padding: 0.8em 1em;
  border-left: 5px solid var(--lijn);
  background: #f3f3f3;
}
.melding p:last-child { margin-bottom: 0; }
.melding.let-op { border-left-color: var(--let-op); background: var(--let-op-licht); }
.melding.fout { border-left-color: var(--fout); background: var(--fout-licht); }
.melding.gelukt { border-left-color: var(--goed); background: var(--goed-licht); }
.afspraak { margin-top: 3.5rem; padding-top: 2rem; border-top: 2px solid var(--scheiding); }
.plaats { color: var(--gedempt); margin: 0; }
.labels { margin: 0.2em 0 0.6em; }
.label {
  display: inline-block;
  margin: 0 0.5em 0.3em 0;
  padding: 0.1em 0.75em;
  border-radius: 999px;
  background: var(--accent-licht);
  color: #16406f;
  font-weight: 600;
  font-size: 0.95rem;
}
.label.vertrouwelijk { background: var(--fout-licht); color: #8a0012; }
.feiten {
  display: grid;
  grid-template-columns: minmax(9em, max-content) 1fr;
  gap: 0.35em 1.25em;
  margin: 1em 0;
}
.feiten dt { font-weight: 600; color: #333; }
.feiten dd { margin: 0; min-width: 0; }
.feiten ul, .lijst-kaal { margin: 0; padding: 0; list-style: none; }
.gedempt { color: var(--gedempt); }
.meerregelig { white-space: pre-line; }
.beschrijving blockquote { margin: 0.8em 0; padding-left: 1em; border-left: 4px solid var(--scheiding); }
.beschrijving ul, .beschrijving ol, .gemeld { padding-left: 1.3em; }
.gemeld li { margin-bottom: 0.6em; }
.oordeel {
  margin-top: 2rem;
  padding: 1.25rem 1.25rem 0.5rem;
  border: 2px solid var(--scheiding);
  border-radius: 8px;
}
.veldnaam { display: block; font-weight: 700; margin: 0 0 0.3em; }
.keuzerij { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem 1.5rem; margin-bottom: 1em; }
.keuzes { display: flex; flex-wrap: wrap; gap: 0.75rem; }
.keuze {
  display: inline-flex;
  align-items: center;
  gap: 0.55em;
  padding: 0.45em 1.1em 0.45em 0.8em;
  border: 2px solid var(--lijn);
  border-radius: 6px;
  cursor: pointer;
  font-weight: 600;
}
.keuze.gekozen { border-color: var(--accent); background: var(--accent-licht); }
.keuze input { width: 1.2em; height: 1.2em; margin: 0; accent-color: var(--accent); }
.veld { margin: 0 0 1.2em; }
.hint { color: var(--gedempt); font-size: 0.95rem; margin: 0 0 0.3em; }
textarea {
  display: block;
  box-sizing: border-box;
  width: 100%;
  min-height: 6.5em;
  padding: 0.5em 0.7em;
  font: inherit;
  color: inherit;
  border: 2px solid var(--lijn);
  border-radius: 6px;
  resize: vertical;
}
textarea[aria-invalid="true"] { border-color: var(--fout); }
.foutmelding { color: var(--fout); font-weight: 600; margin: 0.3em 0 0; }
.knop {
  font: inherit;
  font-weight: 700;
  padding: 0.55em 1.3em;
  border: 2px solid var(--accent);
  border-radius: 6px;
  background: var(--accent);
  color: #fff;
  cursor: pointer;
}
.knop.tweede { background: #fff; color: var(--accent); }
.knop.stil {
  padding: 0.2em 0.1em;
  border: 0;
  background: none;
  color: var(--accent);
  font-weight: 600;
  text-decoration: underline;
}
.knoppen { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: 0.8em; }
.afronden { margin-top: 3.5rem; padding-top: 2rem; border-top: 2px solid var(--scheiding); }
.voet { margin-top: 3.5rem; color: var(--gedempt); font-size: 0.9rem; }
.zonder-script { max-width: 70ch; margin: 2rem auto; padding: 0 1.25rem; }
@media (max-width: 34em) {
  .feiten { grid-template-columns: 1fr; gap: 0 1em; }
  .feiten dd { margin-bottom: 0.5em; }
}
@media print {
  .naar-inhoud, .oordeel, .afronden { display: none; }
  .afspraak { break-before: page; }
}
`;
