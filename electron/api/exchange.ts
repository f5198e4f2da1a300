import { DomainError } from '../../shared/api/result';
import { defineHandlers } from './handler';

// PLACEHOLDER — being implemented (exchange export/import, demo dossier). Do not ship.
const todo = (): never => {
  throw new DomainError('internal', 'Nog niet beschikbaar.');
};

export const dossierHandlers = defineHandlers({
  'dossier.loadDemo': todo,
  'dossier.export': todo,
  'dossier.import': todo,
});
