/**
 * The "Rol toewijzen" form as flat fields (so each has its own value and error) and the
 * roles.create input it becomes: an existing person (`contactId`) or a new one (`newContact`).
 */
import type { Input } from '../../../shared/api/contract';
import type { RoleKind } from '../../../shared/domain';

export interface AssignRoleValues {
  regionId: string;
  contactId: string;
  partyId: string | null;
  role: RoleKind | '';
  themeId: string | null;
  mandate: string;
  since: string | null;
  until: string | null;
  /** The user chose "Nieuwe persoon toevoegen". */
  addPerson: boolean;
  newName: string;
  newFunction: string;
  newEmail: string;
  newPhone: string;
  [key: string]: unknown;
}

export function emptyAssignRole(
  regionId: string,
  preset: { partyId?: string | null; contactId?: string | null; role?: RoleKind },
): AssignRoleValues {
  return {
    regionId,
    contactId: preset.contactId ?? '',
    partyId: preset.partyId ?? null,
    role: preset.role ?? '',
    themeId: null,
    mandate: '',
    since: null,
    until: null,
    addPerson: false,
    newName: '',
    newFunction: '',
    newEmail: '',
    newPhone: '',
  };
}

/** The roles.create input; `addingPerson` says whether the new-person fields are in use. */
export function toRoleCreateInput(
  values: AssignRoleValues,
  addingPerson: boolean,
): Input<'roles.create'> {
  return {
    regionId: values.regionId,
    contactId: addingPerson ? null : values.contactId || null,
    newContact: addingPerson
      ? {
          name: values.newName,
          function: values.newFunction,
          email: values.newEmail,
          phone: values.newPhone,
        }
      : null,
    partyId: values.partyId,
    role: values.role as RoleKind,
    themeId: values.themeId,
    mandate: values.mandate,
    since: values.since,
    until: values.until,
  };
}

const NEW_CONTACT_FIELDS: Record<string, string> = {
  'newContact.name': 'newName',
  'newContact.function': 'newFunction',
  'newContact.email': 'newEmail',
  'newContact.phone': 'newPhone',
  newContact: 'newName',
};

/** An issue path of the roles.create input → the form field that shows it. */
export function assignRoleField(path: string): string {
  return NEW_CONTACT_FIELDS[path] ?? path;
}

/**
 * Whether the form asks for a new person: chosen by the user, or because nobody (of the chosen
 * party) can be picked. `contacts` undefined means still loading.
 */
export function addsNewPerson(
  values: Pick<AssignRoleValues, 'addPerson' | 'partyId'>,
  contacts: readonly { partyId: string | null }[] | undefined,
): boolean {
  if (values.addPerson) return true;
  return (
    contacts !== undefined && !contacts.some((c) => !values.partyId || c.partyId === values.partyId)
  );
}
