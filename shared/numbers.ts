/** Dutch numbers: a dot between thousands ("10.000"), as a Dutch reader expects. */
const NL = new Intl.NumberFormat('nl-NL');

export const formatNumberNl = (n: number): string => NL.format(n);

/** "1 afspraak", "10.000 afspraken". */
export const countNl = (n: number, one: string, many: string): string =>
  `${formatNumberNl(n)} ${n === 1 ? one : many}`;
