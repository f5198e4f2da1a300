import { Button, Menu } from '@mantine/core';
import { useApi } from '../../data/apiContext';
import { notifyError, notifySaved } from '../../components/feedback';
import { downloadText } from '../../components/download';

/**
 * One menu in the meeting's header (so the header's buttons stay on one line): "Toevoegen aan
 * agenda" (an .ics file Outlook opens) and "Uitnodiging kopiëren" (for an e-mail).
 */
export function CalendarButtons(props: { meetingId: string }) {
  const api = useApi();
  const calendar = () => api.invoke('meetings.calendar', { id: props.meetingId });
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default">Uitnodiging ▾</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          onClick={async () => {
            try {
              const c = await calendar();
              downloadText(c.fileName, c.ics, 'text/calendar;charset=utf-8');
            } catch (error) {
              notifyError(error);
            }
          }}
        >
          Toevoegen aan agenda
        </Menu.Item>
        <Menu.Item
          onClick={async () => {
            try {
              const c = await calendar();
              await navigator.clipboard.writeText(c.invitation);
              notifySaved('De uitnodiging staat op het klembord; plak hem in een e-mail.');
            } catch (error) {
              notifyError(
                error instanceof Error && error.name === 'NotAllowedError'
                  ? new Error('Het klembord is niet beschikbaar; probeer het opnieuw.')
                  : error,
              );
            }
          }}
        >
          Uitnodiging kopiëren
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
