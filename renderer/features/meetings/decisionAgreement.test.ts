import { describe, expect, it } from 'vitest';
import type { Decision, MeetingDetail } from '../../../shared/schemas/meeting';
import { agreementFromDecision } from './decisionAgreement';

const decision = { id: 'd1', text: 'De regio start een pilot valpreventie.' } as Decision;
const meeting = (date: string, kind: MeetingDetail['kind'] = 'bestuurlijk_regio_overleg') =>
  ({ title: 'Bestuurlijk overleg', date, kind }) as MeetingDetail;

describe('a new afspraak from a besluit', () => {
  it('has bestuurlijke dekking from a bestuurlijk meeting that has taken place', () => {
    const values = agreementFromDecision(decision, meeting('2026-11-12'), '2026-12-04');
    expect(values.dekking).toEqual({
      granted: true,
      by: 'Bestuurlijk overleg van 12 november 2026',
      on: '2026-11-12',
    });
    expect(values.title).toBe('De regio start een pilot valpreventie');
  });

  it('has none from a meeting still to come: that besluit is not taken yet', () => {
    const values = agreementFromDecision(decision, meeting('2026-12-05'), '2026-12-04');
    expect(values.dekking).toEqual({ granted: false, by: '', on: null });
  });

  it('has none from an ambtelijk meeting', () => {
    const values = agreementFromDecision(
      decision,
      meeting('2026-11-12', 'ambtelijk_regio_overleg'),
      '2026-12-04',
    );
    expect(values.dekking?.granted).toBe(false);
  });
});
