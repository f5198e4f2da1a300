/**
 * The samenwerkingsmonitor's numbers the Dutch way: a rapportcijfer with one decimal ("6,5"), a
 * change against the nulmeting with its sign ("+2,0", "-0,5").
 */
const ONE_DECIMAL = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const SIGNED = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** "6,5" */
export const grade = (n: number): string => ONE_DECIMAL.format(n);

/** "+2,0", "-0,5", "0,0" */
export const change = (n: number): string => SIGNED.format(n);
