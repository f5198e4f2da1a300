/** Anchors (html.ts pageRef): where an agreement's card, a party's row, an action's row stand. */
export const agreementAnchor = (id: string) => `afspraak-${id}`;
export const partyAnchor = (id: string) => `partij-${id}`;
export const actionAnchor = (id: string) => `actie-${id}`;
