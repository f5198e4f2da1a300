import { createContext, useContext } from 'react';
import type { MeetingDetail } from '../../../shared/schemas/meeting';

/** The meeting on screen, for the parts deep in its agenda (besluiten that make afspraken). */
export const MeetingContext = createContext<MeetingDetail | null>(null);

export function useMeeting(): MeetingDetail {
  const meeting = useContext(MeetingContext);
  if (!meeting) throw new Error('useMeeting outside a MeetingContext');
  return meeting;
}
