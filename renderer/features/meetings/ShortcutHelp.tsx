import { Button, Kbd, Modal, Table } from '@mantine/core';
import { useState } from 'react';

/** The minute-taker's keyboard shortcuts (handled in AgendaSection). */
export const SHORTCUTS: [keys: string[], what: string][] = [
  [['Alt', 'Shift', 'B'], 'Nieuw besluit bij het agendapunt waar u bent'],
  [['Alt', 'Shift', 'A'], 'Nieuw actiepunt bij het agendapunt waar u bent'],
  [['Alt', 'Page Down'], 'Naar de notulen van het volgende agendapunt'],
  [['Alt', 'Page Up'], 'Naar de notulen van het vorige agendapunt'],
  [['Alt', '↑'], 'Agendapunt omhoog (op de kop van het agendapunt)'],
  [['Alt', '↓'], 'Agendapunt omlaag (op de kop van het agendapunt)'],
  [['Alt', 'F10'], 'Van de tekst naar de opmaakknoppen (Escape: terug)'],
];

export function ShortcutHelp() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="subtle" size="compact-sm" onClick={() => setOpened(true)}>
        Sneltoetsen
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Sneltoetsen voor de notulist">
        <Table>
          <caption className="visually-hidden">Sneltoetsen</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Toetsen</Table.Th>
              <Table.Th scope="col">Wat er gebeurt</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <Table.Tr key={what}>
                <Table.Td>
                  {keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' + '}
                      <Kbd>{k}</Kbd>
                    </span>
                  ))}
                </Table.Td>
                <Table.Td>{what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Modal>
    </>
  );
}
